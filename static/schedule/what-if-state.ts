// What-if editing state: the Jira plan (baseline), the edited plan with its schedule and bottlenecks, and the
// stack of earlier states for undo. Each edit runs the domain's computeWhatIf on the current plan; a rejected edit
// leaves the plan as it was and says why. Plan links carry their Jira link ids through every edit.
import {
  computeWhatIf, findBottlenecks,
  type Bottlenecks, type Plan, type PlanEdit, type Problem, type ScheduleResult,
} from '../../src/domain/schedule';

interface Snapshot {
  readonly plan: Plan;
  readonly result: ScheduleResult;
  /** Of `result`, when it is scheduled. */
  readonly bottlenecks: Bottlenecks | null;
}

export interface WhatIfState extends Snapshot {
  readonly baseline: Snapshot;
  /** Earlier states, most recent last. */
  readonly past: readonly Snapshot[];
  /** Why the last edit was not applied. */
  readonly rejected: readonly Problem[] | undefined;
}

export type WhatIfAction =
  | { readonly kind: 'edit'; readonly edit: PlanEdit }
  | { readonly kind: 'undo' }
  | { readonly kind: 'reset' };

export type FinishDelta =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'moved'; readonly days: number }
  | { readonly kind: 'unschedulable' }
  /** The Jira plan could not be scheduled (a loop, bad data) and the edited one can. */
  | { readonly kind: 'resolved' };

/** Starts from what the server computed for the Jira plan: its schedule and bottlenecks, used as they came. */
export function initWhatIf(plan: Plan, result: ScheduleResult, bottlenecks: Bottlenecks | null): WhatIfState {
  const baseline: Snapshot = { plan, result, bottlenecks };
  return { ...baseline, baseline, past: [], rejected: undefined };
}

export function whatIfReducer(state: WhatIfState, action: WhatIfAction): WhatIfState {
  switch (action.kind) {
    case 'edit': {
      const outcome = computeWhatIf(state.plan, [action.edit]);
      if (outcome.kind === 'rejected') return { ...state, rejected: outcome.problems };
      const snapshot: Snapshot = { plan: state.plan, result: state.result, bottlenecks: state.bottlenecks };
      return {
        ...state,
        plan: outcome.plan,
        result: outcome.result,
        bottlenecks: outcome.result.kind === 'scheduled' ? findBottlenecks(outcome.plan, outcome.result) : null,
        past: [...state.past, snapshot],
        rejected: undefined,
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return state;
      return { ...state, ...previous, past: state.past.slice(0, -1), rejected: undefined };
    }
    case 'reset':
      return { ...state, ...state.baseline, past: [], rejected: undefined };
  }
}

/** How far the edited plan's finish moved from the baseline's, in working days. */
export function finishDelta(state: WhatIfState): FinishDelta {
  if (state.result.kind !== 'scheduled') return { kind: 'unschedulable' };
  if (state.baseline.result.kind !== 'scheduled') return { kind: 'resolved' };
  const days = state.result.finish.day - state.baseline.result.finish.day;
  return days === 0 ? { kind: 'unchanged' } : { kind: 'moved', days };
}

export function isEdited(state: WhatIfState): boolean {
  return state.past.length > 0;
}
