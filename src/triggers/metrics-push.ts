// Webtrigger `metrics-push`: a warehouse job sends a day's daily-metrics rows with `Authorization: Bearer <token>`
// (made by a project administrator in the diagnosis macro). Body: `text/csv` (a header and rows, as an import file)
// or `application/json` `{"rows": [{"date", "symbol", "volume_usd", ...}]}`. 401 without the right token, 400 for a
// body that cannot be read, else 200 with every row accepted or refused (line and reason) and the days replaced.
import { defineWebtrigger, jsonResponse, type WebtriggerRequest } from '../edge/define-webtrigger';
import { authorisePush, pushDailyMetrics, type PushBody } from '../services/diagnosis/push';

const header = (request: WebtriggerRequest, name: string): string | undefined =>
  Object.entries(request.headers).find(([key]) => key.toLowerCase() === name)?.[1][0];

function bodyOf(request: WebtriggerRequest): PushBody | string {
  const type = (header(request, 'content-type') ?? '').toLowerCase();
  if (type.startsWith('text/csv')) return { kind: 'csv', text: request.body };
  if (!type.startsWith('application/json')) return 'send Content-Type text/csv or application/json';
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body);
  } catch {
    return 'the body is not valid JSON';
  }
  const rows = typeof parsed === 'object' && parsed !== null ? (parsed as { rows?: unknown }).rows : undefined;
  return Array.isArray(rows) ? { kind: 'json', rows } : 'expected {"rows": [...]}';
}

export const metricsPush = defineWebtrigger('metrics-push', async (request, ctx) => {
  if (request.method !== 'POST') return jsonResponse(405, { error: 'use POST' });
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
  const authorised = await authorisePush(bearer);
  if (!authorised.ok) return jsonResponse(503, { error: 'the token store is unavailable; try again' });
  if (!authorised.data) return jsonResponse(401, { error: 'missing or wrong Bearer token' });
  const body = bodyOf(request);
  if (typeof body === 'string') return jsonResponse(400, { error: body });
  const pushed = await pushDailyMetrics(ctx, body);
  if (!pushed.ok) return jsonResponse(pushed.error.code === 'BAD_REQUEST' ? 400 : pushed.error.code === 'CONFLICT' ? 409 : 503, { error: pushed.error.message });
  return jsonResponse(200, pushed.data);
});
