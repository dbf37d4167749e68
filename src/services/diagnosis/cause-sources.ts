// What the candidate causes are drawn from: the project's campaign records, its Jira releases that went live
// (read as the caller, so a hidden release never shows) and the competitor change log, labelled in the caller's language.
import { ok, type Result } from '../../contract';
import { listProjectReleases } from '../../adapters/jira/project-releases';
import type { CauseSources } from '../../domain/diagnosis/candidates';
import { word } from '../../domain/diagnosis/report-page';
import type { UserCallContext } from '../call-context';
import { changeLabel, loadCompetitorChanges } from './competitors';
import { languageOf, reportWording } from './report-wording';

export async function causeSources(ctx: UserCallContext, projectKey: string, campaigns: CauseSources['campaigns']): Promise<Result<CauseSources>> {
  const wording = reportWording(languageOf(ctx.principal.locale));
  const [releases, changes] = await Promise.all([listProjectReleases(ctx.jira, projectKey), loadCompetitorChanges()]);
  if (!releases.ok) return releases;
  if (!changes.ok) return changes;
  return ok({
    campaigns,
    releases: releases.data.flatMap((r) => (r.released && r.releaseDate !== null
      ? [{ id: r.id, name: word(wording, 'candidate.release', { name: r.name, date: r.releaseDate }), releaseDate: r.releaseDate }] : [])),
    competitorChanges: changes.data.map((c) => ({ id: c.id, date: c.date, exchange: c.exchange, kind: c.kind, symbol: c.symbol, label: changeLabel(wording, c) })),
  });
}
