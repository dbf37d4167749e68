// Webtrigger `release-gate-status`: the CI/CD status API of the release gate (a contract). `GET
// ?project=KEY&version=NAME` with `Authorization: Bearer <token>`: 200 with the release's decision, live state,
// releasable and criteria; 400 for bad parameters, 401 without the project's token (compared in constant time,
// never logged), 404 for an unknown project or release, 503 when the gate cannot be read, 405 for anything but GET.
import { defineWebtrigger, jsonResponse, type WebtriggerRequest } from '../edge/define-webtrigger';
import { authoriseStatus, readReleaseStatus } from '../services/gate';

const header = (request: WebtriggerRequest, name: string): string | undefined =>
  Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1][0];
const single = (request: WebtriggerRequest, name: string): string | undefined => {
  const values = request.queryParameters[name];
  return values?.length === 1 ? values[0] : undefined;
};

export const gateStatus = defineWebtrigger('release-gate-status', async (request, ctx) => {
  if (request.method !== 'GET') return jsonResponse(405, { error: 'use GET' });
  const project = single(request, 'project');
  const version = single(request, 'version');
  if (project === undefined || !/^[A-Z][A-Z0-9_]{0,9}$/.test(project)) return jsonResponse(400, { error: 'project: expected one project key such as PERP' });
  if (version === undefined || version.trim() === '' || version.length > 255) return jsonResponse(400, { error: 'version: expected one release name such as v2.0.0' });
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
  if (bearer === undefined) return jsonResponse(401, { error: 'missing or wrong Bearer token' });
  const authorised = await authoriseStatus(project, bearer);
  if (!authorised.ok) return jsonResponse(503, { error: 'the token store is unavailable; try again' });
  if (!authorised.data) return jsonResponse(401, { error: 'missing or wrong Bearer token' });
  const status = await readReleaseStatus(ctx, project, version);
  if (status.ok) return jsonResponse(200, status.data);
  if (status.error.code === 'NOT_FOUND') return jsonResponse(404, { error: `no release ${version} in project ${project}` });
  return jsonResponse(503, { error: 'the gate cannot be read now; try again' });
});
