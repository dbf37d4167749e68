// What-if edits for the epic panel: apply duration and link changes to a plan and re-schedule it, without
// touching the original, so the UI can keep the plans it has seen as an undo stack.

import { computeSchedule } from './compute-schedule';
import type { LinkType, Plan, PlanLink, PlanTask, Problem, ScheduleResult } from './types';

/** Links are named by their ends; `type` narrows the match when two tasks are linked more than once. */
export interface LinkRef {
  readonly from: string;
  readonly to: string;
  readonly type?: LinkType;
}

export type PlanEdit =
  | { readonly kind: 'set-duration'; readonly taskId: string; readonly duration: number }
  | { readonly kind: 'add-link'; readonly link: PlanLink }
  | { readonly kind: 'remove-link'; readonly link: LinkRef }
  | { readonly kind: 'change-link'; readonly link: LinkRef; readonly type?: LinkType; readonly lag?: number };

export type EditOutcome =
  | { readonly kind: 'edited'; readonly plan: Plan }
  | { readonly kind: 'rejected'; readonly problems: readonly Problem[] };

export type WhatIfOutcome =
  | { readonly kind: 'computed'; readonly plan: Plan; readonly result: ScheduleResult }
  | { readonly kind: 'rejected'; readonly problems: readonly Problem[] };

/**
 * Applies edits in order and returns the new plan (the input is not changed). An edit that names a task or
 * link the plan does not have rejects the whole batch; new values are checked by `computeSchedule`.
 */
export function applyEdits(plan: Plan, edits: readonly PlanEdit[]): EditOutcome {
  let tasks: readonly PlanTask[] = plan.tasks;
  let links: readonly PlanLink[] = plan.links;
  const problems: Problem[] = [];
  edits.forEach((edit, i) => {
    switch (edit.kind) {
      case 'set-duration': {
        if (!tasks.some((task) => task.id === edit.taskId)) {
          problems.push({ code: 'unknown-task', path: `edits[${i}].taskId`, value: edit.taskId });
          return;
        }
        tasks = tasks.map((task) => (task.id === edit.taskId ? { ...task, duration: edit.duration } : task));
        return;
      }
      case 'add-link':
        links = [...links, edit.link];
        return;
      case 'remove-link':
      case 'change-link': {
        const ref = edit.link;
        if (!links.some((link) => matchesLink(link, ref))) {
          problems.push({ code: 'unknown-link', path: `edits[${i}].link`, value: `${ref.from} -> ${ref.to}` });
          return;
        }
        links = edit.kind === 'remove-link'
          ? links.filter((link) => !matchesLink(link, ref))
          : links.map((link) => (matchesLink(link, ref) ? { ...link, type: edit.type ?? link.type, lag: edit.lag ?? link.lag } : link));
        return;
      }
    }
  });
  if (problems.length > 0) return { kind: 'rejected', problems };
  return { kind: 'edited', plan: { ...plan, tasks, links } };
}

/** Applies the edits and schedules the new plan; returns both so the caller can keep the plan for undo. */
export function computeWhatIf(plan: Plan, edits: readonly PlanEdit[]): WhatIfOutcome {
  const edited = applyEdits(plan, edits);
  if (edited.kind === 'rejected') return edited;
  return { kind: 'computed', plan: edited.plan, result: computeSchedule(edited.plan) };
}

function matchesLink(link: PlanLink, ref: LinkRef): boolean {
  return link.from === ref.from && link.to === ref.to && (ref.type === undefined || link.type === ref.type);
}
