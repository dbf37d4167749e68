// What-if editing state: the Jira plan (baseline), the edited plan and its schedule, and the stack of earlier
// states for undo. Each edit runs the domain's computeWhatIf on the current plan; a rejected edit leaves the
// plan as it was and says why. Jira link ids ride along with plan.links so an edited link can be saved.
import type { EpicSchedule } from '../../src/contract';
import { computeWhatIf, type LinkRef, type Plan, type PlanEdit, type PlanLink, type Problem, type ScheduleResult } from '../../src/domain/schedule';

interface Snapshot {
  readonly plan: Plan;
  readonly result: ScheduleResult;
  /** Jira issue-link id of each plan link (undefined for a link added here). */
  readonly linkIds: readonly (string | undefined)[];
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

/** Starts from the data Jira gave: the plan, the schedule computed for it and the Jira links. */
export function initWhatIf(plan: Plan, result: ScheduleResult, jiraLinks: readonly EpicSchedule['links'][number][]): WhatIfState {
  const baseline: Snapshot = { plan, result, linkIds: matchLinkIds(plan.links, jiraLinks) };
  return { ...baseline, baseline, past: [], rejected: undefined };
}

export function whatIfReducer(state: WhatIfState, action: WhatIfAction): WhatIfState {
  switch (action.kind) {
    case 'edit': {
      const outcome = computeWhatIf(state.plan, [action.edit]);
      if (outcome.kind === 'rejected') return { ...state, rejected: outcome.problems };
      const snapshot: Snapshot = { plan: state.plan, result: state.result, linkIds: state.linkIds };
      return {
        ...state,
        plan: outcome.plan,
        result: outcome.result,
        linkIds: carryLinkIds(state.plan.links, state.linkIds, action.edit),
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

/** Pairs each plan link with an unused Jira link of the same ends, type and lag (else the same ends). */
export function matchLinkIds(links: readonly PlanLink[], jiraLinks: readonly EpicSchedule['links'][number][]): (string | undefined)[] {
  const used = new Set<string>();
  const take = (accept: (jira: EpicSchedule['links'][number]) => boolean): string | undefined => {
    const found = jiraLinks.find((jira) => !used.has(jira.id) && accept(jira));
    if (found !== undefined) used.add(found.id);
    return found?.id;
  };
  const exact = links.map((link) => take((jira) => jira.from === link.from && jira.to === link.to && jira.type === link.type && jira.lag === link.lag));
  return exact.map((id, i) => {
    const link = links[i];
    return id ?? (link === undefined ? undefined : take((jira) => jira.from === link.from && jira.to === link.to));
  });
}

/** Mirrors what applyEdits does to plan.links, on the parallel array of ids. */
function carryLinkIds(links: readonly PlanLink[], ids: readonly (string | undefined)[], edit: PlanEdit): (string | undefined)[] {
  switch (edit.kind) {
    case 'set-duration':
    case 'change-link':
      return [...ids];
    case 'add-link':
      return [...ids, undefined];
    case 'remove-link':
      return ids.filter((_, i) => {
        const link = links[i];
        return link === undefined || !matchesLink(link, edit.link);
      });
  }
}

function matchesLink(link: PlanLink, ref: LinkRef): boolean {
  return link.from === ref.from && link.to === ref.to && (ref.type === undefined || link.type === ref.type);
}
