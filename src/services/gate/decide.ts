// Decisions: GO only when the rollup is green and every function validly signed; GO with exceptions by the release
// owner with a reason per criterion not green; NO-GO with a reason (the domain's rules). Only the release owner or
// a project administrator decides. Each decision is appended to the hash-chained log at the next sequence number
// with a conditional write, and names the head the page saw: someone deciding first is a CONFLICT, never a fork.
import { appError, err, ok, type Result } from '../../contract';
import { sha256 } from '../../adapters/hash';
import { readDisplayNames } from '../../adapters/jira/gate-people';
import { appendDecision, readDecisionLog } from '../../adapters/storage/gate-decisions';
import { checkDecision, chainEntry, GATE_FUNCTIONS, verifyChain, type DecisionKind, type GateException } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { afterChange } from './manual';
import { readVisibleRelease } from './release-access';
import { evaluateForCaller, type GateView } from './view';

export interface DecisionInput {
  readonly kind: DecisionKind;
  readonly reason: string;
  readonly exceptions: readonly GateException[];
  readonly expectedHead: string | null;
}

export async function decide(ctx: UserCallContext, versionId: string, input: DecisionInput, location: string | undefined): Promise<Result<GateView>> {
  const before = await evaluateForCaller(ctx, versionId);
  if (!before.ok) return before;
  const { evaluation, rights } = before.data;
  if (!rights.isOwner && !rights.isAdmin) {
    return err(appError('FORBIDDEN', 'Only the release owner or a project administrator can record a decision.', { reason: 'gate-needs-owner-or-admin' }));
  }
  const head = evaluation.records.at(-1) ?? null;
  if ((head?.hash ?? null) !== input.expectedHead) {
    return err(appError('CONFLICT', 'Someone recorded a decision first.', { reason: 'changed-by-someone-else', details: { head: head?.hash ?? null } }));
  }
  const check = checkDecision(evaluation.state, { kind: input.kind, reason: input.reason, exceptions: input.exceptions, byOwner: rights.isOwner });
  if (!check.ok) {
    const code = check.refusal === 'needs-release-owner' ? 'FORBIDDEN' : 'BAD_REQUEST';
    return err(appError(code, `The gate rules refuse this decision: ${check.refusal}${check.criteria.length === 0 ? '' : ` (${check.criteria.join(', ')})`}.`, {
      reason: 'gate-decision-refused', details: { refusal: check.refusal, criteria: [...check.criteria] },
    }));
  }
  const record = chainEntry({
    kind: input.kind, versionId, by: ctx.principal.accountId, at: evaluation.evaluatedAt, reason: input.reason,
    exceptions: input.kind === 'GO_WITH_EXCEPTIONS' ? input.exceptions : [],
    overall: evaluation.overall,
    statuses: Object.fromEntries(evaluation.results.map((r) => [r.id, r.status])),
    signedFunctions: GATE_FUNCTIONS.filter((fn) => evaluation.validity.get(fn)?.valid === true),
  }, head, sha256);
  const appended = await appendDecision(record);
  if (!appended.ok) return appended;
  return afterChange(ctx, versionId, location);
}

/** `gate/history`: the release's log and its verification, for anyone who can see the release in Jira. */
export async function loadHistory(ctx: UserCallContext, versionId: string): Promise<Result<GateView['history']>> {
  const release = await readVisibleRelease(ctx, versionId);
  if (!release.ok) return release;
  const log = await readDecisionLog(versionId);
  if (!log.ok) return log;
  const names = await readDisplayNames(ctx.jira, log.data.map((r) => r.by));
  return ok({ records: log.data.map((r) => ({ ...r, byName: names.get(r.by) ?? null })), chain: verifyChain(log.data, sha256) });
}
