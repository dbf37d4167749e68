// What the decision form asks before it sends: why GO is not open yet (in the view's own terms), and which fields
// of a decision are missing (a reason for NO-GO and GO with exceptions, one per criterion that is not green).
// The server decides what is allowed; this only words it and keeps an incomplete form from being sent.
import type { DecisionKind } from '../../../src/domain/gate/types';
import type { GateView } from './wording';

export type GoBlocker = 'not-green' | 'not-signed';

export function goBlockers(view: Pick<GateView, 'allowed' | 'overall' | 'functions'>): GoBlocker[] {
  if (view.allowed.GO) return [];
  const blockers: GoBlocker[] = [];
  if (view.overall !== 'green') blockers.push('not-green');
  if (view.functions.some((f) => f.signOff?.valid !== true)) blockers.push('not-signed');
  return blockers;
}

export interface DecisionProblems {
  readonly reason: boolean;
  /** Criteria still without a written reason. */
  readonly exceptions: readonly string[];
}

export function decisionProblems(kind: DecisionKind, reason: string, needing: readonly string[], exceptions: Readonly<Record<string, string>>): DecisionProblems {
  const reasonMissing = kind !== 'GO' && reason.trim() === '';
  const missing = kind === 'GO_WITH_EXCEPTIONS' ? needing.filter((id) => (exceptions[id] ?? '').trim() === '') : [];
  return { reason: reasonMissing, exceptions: missing };
}
