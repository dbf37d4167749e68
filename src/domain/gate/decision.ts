// The decision rules: GO only when the rollup is green and every function has a valid sign-off; GO with
// exceptions only by the release owner, never over a red criterion, with a written reason for each non-green
// criterion (and only those); NO-GO with a reason. A refusal names its rule for the page to word.
import type { DecisionKind, GateException, GateFunction, RollupStatus } from './types';

export const DECISION_REFUSALS = [
  'gate-not-green', 'signoffs-missing', 'needs-release-owner', 'gate-red', 'nothing-to-except',
  'exception-missing', 'exception-not-needed', 'reason-missing',
] as const;
export type DecisionRefusal = (typeof DECISION_REFUSALS)[number];

export interface GateState {
  readonly overall: RollupStatus;
  /** Functions without a valid sign-off. */
  readonly unsigned: readonly GateFunction[];
  /** Criteria not green, with whether each is red. */
  readonly nonGreen: readonly { readonly id: string; readonly red: boolean }[];
}

export interface DecisionRequest {
  readonly kind: DecisionKind;
  readonly reason: string;
  readonly exceptions: readonly GateException[];
  readonly byOwner: boolean;
}

export type DecisionCheck = { readonly ok: true } | { readonly ok: false; readonly refusal: DecisionRefusal; readonly criteria: readonly string[] };

const refuse = (refusal: DecisionRefusal, criteria: readonly string[] = []): DecisionCheck => ({ ok: false, refusal, criteria });

export function checkDecision(state: GateState, request: DecisionRequest): DecisionCheck {
  switch (request.kind) {
    case 'GO':
      if (state.overall !== 'green') return refuse('gate-not-green', state.nonGreen.map((c) => c.id));
      if (state.unsigned.length > 0) return refuse('signoffs-missing', state.unsigned);
      return { ok: true };
    case 'GO_WITH_EXCEPTIONS': {
      if (!request.byOwner) return refuse('needs-release-owner');
      const red = state.nonGreen.filter((c) => c.red).map((c) => c.id);
      if (red.length > 0) return refuse('gate-red', red);
      if (state.nonGreen.length === 0) return refuse('nothing-to-except');
      const given = new Map(request.exceptions.map((e) => [e.criterionId, e.reason.trim()]));
      const missing = state.nonGreen.filter((c) => (given.get(c.id) ?? '') === '').map((c) => c.id);
      if (missing.length > 0) return refuse('exception-missing', missing);
      const extra = [...given.keys()].filter((id) => !state.nonGreen.some((c) => c.id === id));
      if (extra.length > 0) return refuse('exception-not-needed', extra);
      return { ok: true };
    }
    case 'NO_GO':
      return request.reason.trim() === '' ? refuse('reason-missing') : { ok: true };
  }
}

/** Which decisions the rules would allow now (for the page to offer), the owner's rights aside for GO. */
export function allowedDecisions(state: GateState, byOwner: boolean): Readonly<Record<DecisionKind, boolean>> {
  const exceptions = state.nonGreen.map((c) => ({ criterionId: c.id, reason: 'reason' }));
  return {
    GO: checkDecision(state, { kind: 'GO', reason: '', exceptions: [], byOwner }).ok,
    GO_WITH_EXCEPTIONS: checkDecision(state, { kind: 'GO_WITH_EXCEPTIONS', reason: '', exceptions, byOwner }).ok,
    NO_GO: true,
  };
}
