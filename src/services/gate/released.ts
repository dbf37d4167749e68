// After a release is made in Jira (`avi:jira:released:version`): when it had no valid GO (a GO standing on a chain
// that verifies, the gate not red), a RELEASED_WITHOUT_GO record is appended to the same hash-chained log, with
// the evaluation as it stood. Read as the app, from the kept schedule; a lost race for the slot is retried once.
import { ok, type Result } from '../../contract';
import { sha256 } from '../../adapters/hash';
import { readGateRelease } from '../../adapters/jira/gate-release';
import { appendDecision, readDecisionLog } from '../../adapters/storage/gate-decisions';
import { chainEntry, GATE_FUNCTIONS } from '../../domain/gate';
import type { AppCallContext } from '../call-context';
import { evaluateRelease, hasValidGo } from './evaluate';
import { keptSchedule } from './reads';

/** Who a record made by the app itself names. */
export const APP_ACTOR = 'launch-control';

export async function recordRelease(ctx: AppCallContext, versionId: string): Promise<Result<{ versionId: string; recorded: 'RELEASED_WITHOUT_GO' | 'none' }>> {
  const release = await readGateRelease(ctx.jira, versionId);
  if (!release.ok) return release;
  const evaluation = await evaluateRelease(ctx, release.data, keptSchedule);
  if (!evaluation.ok) return evaluation;
  if (hasValidGo(evaluation.data)) return ok({ versionId, recorded: 'none' });
  const entry = {
    kind: 'RELEASED_WITHOUT_GO' as const, versionId, by: APP_ACTOR, at: evaluation.data.evaluatedAt,
    reason: `Released in Jira as ${release.data.name} without a valid GO.`, exceptions: [], overall: evaluation.data.overall,
    statuses: Object.fromEntries(evaluation.data.results.map((r) => [r.id, r.status])),
    signedFunctions: GATE_FUNCTIONS.filter((fn) => evaluation.data.validity.get(fn)?.valid === true),
  };
  let head = evaluation.data.records.at(-1) ?? null;
  for (let attempt = 0; ; attempt += 1) {
    const appended = await appendDecision(chainEntry(entry, head, sha256));
    if (appended.ok) return ok({ versionId, recorded: 'RELEASED_WITHOUT_GO' });
    if (appended.error.code !== 'CONFLICT' || attempt >= 1) return appended;
    const log = await readDecisionLog(versionId);
    if (!log.ok) return log;
    head = log.data.at(-1) ?? null;
  }
}
