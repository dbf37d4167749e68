// Where one task stands in a scheduled plan: its early and late dates and floats, what it waits on and what
// waits on it (transitively, through work that is not done), and how far a one-day slip of it moves the finish.
// Linear in tasks + links, so the issue view can answer from a kept schedule without re-running the CPM.

import { buildCalendar, dateOfIndex } from './calendar';
import { linkSlack } from './link-slack';
import type { IsoDate, Plan, PlanLink, PlanTask, ScheduledPlan, ScheduledTask } from './types';

/** A task reached from another through links, `depth` links away at the nearest (1 = directly linked). */
export interface LinkedTask {
  readonly id: string;
  readonly depth: number;
}

export interface TaskPosition {
  readonly start: IsoDate;
  readonly finish: IsoDate;
  readonly lateStart: IsoDate;
  readonly lateFinish: IsoDate;
  readonly totalFloat: number;
  readonly freeFloat: number;
  readonly critical: boolean;
  /** Working days the plan's finish moves when this task finishes one working day late. */
  readonly finishSlipPerDay: number;
  /** Tasks not done that this one waits on, nearest first. */
  readonly waitsOn: readonly LinkedTask[];
  /** Tasks not done that wait on this one, nearest first. */
  readonly waitedOnBy: readonly LinkedTask[];
}

const isDone = (task: PlanTask): boolean => task.actualStart !== undefined && task.actualFinish !== undefined;
const isStarted = (task: PlanTask): boolean => task.actualStart !== undefined;

/**
 * The tasks that task `id` waits on (`predecessors`) or that wait on it (`successors`), transitively, in order of
 * distance then plan order. Done work is passed over and not looked through: a finished task holds nothing up,
 * and what it waited on no longer matters. An id not in the plan reaches nothing.
 */
export function traceLinkedTasks(plan: Plan, id: string, direction: 'predecessors' | 'successors'): LinkedTask[] {
  const index = new Map<string, number>();
  plan.tasks.forEach((task, v) => index.set(task.id, v));
  const start = index.get(id);
  if (start === undefined) return [];
  const next: number[][] = plan.tasks.map(() => []);
  for (const link of plan.links) {
    const p = index.get(link.from);
    const s = index.get(link.to);
    if (p === undefined || s === undefined || p === s) continue;
    if (direction === 'predecessors') next[s]?.push(p);
    else next[p]?.push(s);
  }
  const depth = new Int32Array(plan.tasks.length).fill(-1);
  depth[start] = 0;
  const reached: number[] = [];
  let frontier = [start];
  for (let level = 1; frontier.length > 0; level++) {
    const found: number[] = [];
    for (const v of frontier) {
      for (const w of next[v] ?? []) {
        if (depth[w] !== -1 || isDone(plan.tasks[w] as PlanTask)) continue;
        depth[w] = level;
        found.push(w);
      }
    }
    found.sort((a, b) => a - b);
    reached.push(...found);
    frontier = found;
  }
  return reached.map((v) => ({ id: (plan.tasks[v] as PlanTask).id, depth: depth[v] as number }));
}

/**
 * For every task (in plan order), the working days the plan's finish moves when the task finishes one working day
 * late, its start unchanged: 0 or 1. The late finish moves successors linked finish-to-start or finish-to-finish
 * with no slack; a successor that moves moves whole, so from there every link with no slack carries it on. Work
 * that has started is held at its actual start, and done work cannot slip: both give 0 and pass nothing on.
 */
export function measureFinishSlips(plan: Plan, schedule: ScheduledPlan): number[] {
  const n = plan.tasks.length;
  const index = new Map<string, number>();
  plan.tasks.forEach((task, v) => index.set(task.id, v));
  const tight: { readonly from: number; readonly to: number; readonly link: PlanLink }[] = [];
  for (const link of plan.links) {
    const p = index.get(link.from);
    const s = index.get(link.to);
    if (p === undefined || s === undefined || p === s || isStarted(plan.tasks[s] as PlanTask)) continue;
    if (linkSlack(link, schedule.tasks[p] as ScheduledTask, schedule.tasks[s] as ScheduledTask) === 0) tight.push({ from: p, to: s, link });
  }
  const out: number[][] = plan.tasks.map(() => []);
  for (const { from, to } of tight) out[from]?.push(to);
  // Whether shifting a task whole (start and finish) moves the finish: memoised depth-first search; the tight links
  // of a scheduled plan form no loop.
  const finish = schedule.finish.day;
  const moves = new Int8Array(n).fill(-1);
  const shiftMovesFinish = (root: number): boolean => {
    const stack: { v: number; next: number }[] = [{ v: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { v: number; next: number };
      if (moves[top.v] !== -1) { stack.pop(); continue; }
      if ((schedule.tasks[top.v] as ScheduledTask).ef === finish) { moves[top.v] = 1; stack.pop(); continue; }
      const targets = out[top.v] ?? [];
      let descended = false;
      while (top.next < targets.length) {
        const w = targets[top.next] as number;
        if (moves[w] === 1) { moves[top.v] = 1; break; }
        if (moves[w] === -1) { stack.push({ v: w, next: 0 }); descended = true; break; }
        top.next++;
      }
      if (descended) continue;
      if (moves[top.v] === -1) moves[top.v] = 0;
      stack.pop();
    }
    return moves[root] === 1;
  };
  const drivenByFinish = plan.tasks.map((): number[] => []);
  for (const { from, to, link } of tight) if (link.type === 'FS' || link.type === 'FF') drivenByFinish[from]?.push(to);
  return plan.tasks.map((task, v) => {
    if (isDone(task)) return 0;
    if ((schedule.tasks[v] as ScheduledTask).ef === finish) return 1;
    return (drivenByFinish[v] ?? []).some(shiftMovesFinish) ? 1 : 0;
  });
}

/**
 * The position of task `id` in `plan` and its `schedule` (from computeSchedule on the same plan), or undefined
 * when the plan has no such task. Late dates are the dates of its late start and of the last day of its late finish.
 */
export function positionOfTask(plan: Plan, schedule: ScheduledPlan, id: string): TaskPosition | undefined {
  const v = plan.tasks.findIndex((task) => task.id === id);
  const scheduled = schedule.tasks[v];
  const built = buildCalendar(plan.calendar);
  if (v < 0 || scheduled === undefined || built.kind !== 'calendar') return undefined;
  const lateStart = dateOfIndex(built.calendar, scheduled.ls);
  return {
    start: scheduled.start,
    finish: scheduled.finish,
    lateStart,
    lateFinish: scheduled.lf > scheduled.ls ? dateOfIndex(built.calendar, scheduled.lf - 1) : lateStart,
    totalFloat: scheduled.totalFloat,
    freeFloat: scheduled.freeFloat,
    critical: scheduled.critical,
    finishSlipPerDay: measureFinishSlips(plan, schedule)[v] ?? 0,
    waitsOn: traceLinkedTasks(plan, id, 'predecessors'),
    waitedOnBy: traceLinkedTasks(plan, id, 'successors'),
  };
}
