// The gate's link on the native release page (the version's related work), titled with the gate's state, e.g.
// "Go/No-Go: AMBER, 3 of 5 functions signed", and rewritten only when that title changes. Found again by its
// address, so there is one link per release whoever wrote it. A failed write leaves the gate as it is.
import { listRelatedWork, putRelatedWork } from '../../adapters/jira/related-work';
import { GATE_FUNCTIONS } from '../../domain/gate';
import type { CallContext } from '../call-context';
import { signedCount, standingGo, type Evaluation } from './evaluate';
import { gateWords } from './words';

const CATEGORY = 'Go/No-Go';

/**
 * The gate's address: the project page the caller is on (its `extension.location`) with this release's route,
 * else the site's project page route (the site from the version's own REST address).
 */
export function gateUrl(location: string | undefined, siteUrl: string, projectKey: string, versionId: string): string {
  const at = location?.indexOf('/versions/') ?? -1;
  if (location !== undefined && at > 0 && /^https?:\/\//.test(location)) return `${location.slice(0, at)}/versions/${versionId}`;
  return `${siteUrl}/jira/software/projects/${projectKey}/apps/release-gates/versions/${versionId}`;
}

/** The link's title, in the site's default language (English): the release page is shared by everyone. */
export function linkTitle(evaluation: Evaluation): string {
  const words = gateWords('en-US');
  const params = { status: evaluation.overall.toUpperCase(), signed: signedCount(evaluation), total: GATE_FUNCTIONS.length };
  const decision = standingGo(evaluation)?.kind ?? null;
  const latest = evaluation.records.filter((r) => r.kind !== 'RELEASED_WITHOUT_GO').at(-1);
  return latest === undefined ? words('gate.link.title', params) : words('gate.link.titleDecided', { ...params, decision: (decision ?? latest.kind).replace(/_/g, ' ') });
}

/** Keeps the link current; answers the link as it now stands on the release page (null when it could not be read or written). */
export async function syncRelatedWork(ctx: CallContext, evaluation: Evaluation, location: string | undefined): Promise<{ title: string; url: string } | null> {
  const { release } = evaluation;
  const url = gateUrl(location, release.siteUrl, release.projectKey, release.id);
  const title = linkTitle(evaluation);
  const listed = await listRelatedWork(ctx.jira, release.id);
  if (!listed.ok) return null;
  const mine = listed.data.find((w) => w.url === url) ?? listed.data.find((w) => w.category === CATEGORY && w.url.endsWith(`/versions/${release.id}`));
  if (mine !== undefined && mine.title === title && mine.url === url) return { title, url };
  const written = await putRelatedWork(ctx.jira, release.id, { category: CATEGORY, title, url }, mine?.relatedWorkId ?? null);
  if (!written.ok) return mine === undefined ? null : { title: mine.title, url };
  return { title, url };
}
