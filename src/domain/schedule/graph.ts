// Turns a plan into the compact dependency graph the CPM passes run on: task ids interned once to dense
// indices (input order), links as CSR adjacency in typed arrays, actual dates resolved to working-day indices.
// Also where a plan's tasks and links are validated, since both need the id index, and where the graph is
// renumbered in topological order for the passes (`renumberGraph`).

import { indexOnOrAfter, indexOnOrBefore, type WorkCalendar } from './calendar';
import { parseIsoDate } from './dates';
import { createIdIndex, findId, internId } from './id-index';
import { float64Array, int32Array, uint8Array } from './scratch';
import type { LinkType, Plan, PlanLink, PlanTask, Problem } from './types';

/** Link type codes used in `ScheduleGraph.outType`. */
export const LINK_FS = 0;
export const LINK_SS = 1;
export const LINK_FF = 2;
export const LINK_SF = 3;

/** Task status codes used in `ScheduleGraph.status`. */
export const PLANNED = 0;
export const IN_PROGRESS = 1;
export const DONE = 2;

export interface ScheduleGraph {
  readonly taskCount: number;
  /** Working days; for a done task the actual length. */
  readonly duration: Float64Array;
  /** PLANNED, IN_PROGRESS or DONE. */
  readonly status: Uint8Array;
  /** Index of the actual start (meaningful unless PLANNED). */
  readonly actualStart: Float64Array;
  /** Out-links of task v are outStart[v] .. outStart[v + 1] - 1. */
  readonly outStart: Int32Array;
  readonly outTarget: Int32Array;
  readonly outType: Uint8Array;
  readonly outLag: Float64Array;
}

export type GraphOutcome =
  | { readonly kind: 'graph'; readonly graph: ScheduleGraph }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** Validates the tasks and links of a plan and builds its graph; every problem is reported, not just the first. */
export function buildScheduleGraph(plan: Plan, calendar: WorkCalendar): GraphOutcome {
  const problems: Problem[] = [];
  const { tasks, links } = plan;
  const n = tasks.length;
  const index = createIdIndex(n);
  const duration = float64Array(n);
  const status = uint8Array(n);
  const actualStart = float64Array(n);
  for (let i = 0; i < n; i++) {
    const task = tasks[i] as PlanTask;
    const id = task.id;
    if (typeof id !== 'string' || id === '') {
      problems.push({ code: 'bad-id', path: `tasks[${i}].id` });
    } else {
      const fresh = index.ids.length;
      if (internId(index, id) !== fresh) {
        problems.push({ code: 'duplicate-id', path: `tasks[${i}].id`, value: id });
      }
    }
    const d = task.duration;
    if (!Number.isInteger(d) || d < 0) {
      problems.push({ code: 'bad-duration', path: `tasks[${i}].duration` });
    }
    duration[i] = d;
    if (task.actualStart !== undefined || task.actualFinish !== undefined) {
      readActuals(task, i, calendar, problems, { duration, status, actualStart });
    }
  }

  // Pass 1 resolves both ends of every link (and validates it) and counts out-links per task; pass 2 reads
  // the type and lag again and places each link in its task's CSR row. No per-link objects on the way.
  const m = links.length;
  const ends = int32Array(2 * m);
  const outStart = int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const link = links[k] as PlanLink;
    const p = findId(index, link.from);
    const s = findId(index, link.to);
    if (p < 0 || s < 0 || linkTypeCode(link.type) < 0 || !Number.isInteger(link.lag)) {
      reportLink(link, k, p, s, problems);
      continue;
    }
    ends[2 * k] = p;
    ends[2 * k + 1] = s;
    outStart[p + 1] = (outStart[p + 1] as number) + 1;
  }
  if (problems.length > 0) return { kind: 'invalid', problems };

  for (let v = 0; v < n; v++) outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
  const cursor = outStart.slice(0, n);
  const outTarget = int32Array(m);
  const outType = uint8Array(m);
  const outLag = float64Array(m);
  for (let k = 0; k < m; k++) {
    const link = links[k] as PlanLink;
    const p = ends[2 * k] as number;
    const slot = cursor[p] as number;
    cursor[p] = slot + 1;
    outTarget[slot] = ends[2 * k + 1] as number;
    outType[slot] = linkTypeCode(link.type);
    outLag[slot] = link.lag;
  }
  return {
    kind: 'graph',
    graph: { taskCount: n, duration, status, actualStart, outStart, outTarget, outType, outLag },
  };
}

/**
 * The graph renumbered so that task i is `order[i]` of the input (`order` must be a topological order): every
 * link then goes from a lower to a higher index, and the CPM passes stream through the arrays front to back
 * (or back to front) instead of jumping across them, which at 100k tasks is most of their cost. Each task's
 * links keep their relative order, so ties between links resolve as they do on the input numbering.
 */
export function renumberGraph(graph: ScheduleGraph, order: Int32Array): ScheduleGraph {
  const { taskCount: n, duration, status, actualStart, outStart, outTarget, outType, outLag } = graph;
  const position = int32Array(n);
  for (let i = 0; i < n; i++) position[order[i] as number] = i;
  const sortedDuration = float64Array(n);
  const sortedStatus = uint8Array(n);
  const sortedActualStart = float64Array(n);
  const sortedStart = int32Array(n + 1);
  const m = outTarget.length;
  const sortedTarget = int32Array(m);
  const sortedType = uint8Array(m);
  const sortedLag = float64Array(m);
  let slot = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    sortedDuration[i] = duration[v] as number;
    sortedStatus[i] = status[v] as number;
    sortedActualStart[i] = actualStart[v] as number;
    sortedStart[i] = slot;
    const end = outStart[v + 1] as number;
    for (let j = outStart[v] as number; j < end; j++) {
      sortedTarget[slot] = position[outTarget[j] as number] as number;
      sortedType[slot] = outType[j] as number;
      sortedLag[slot] = outLag[j] as number;
      slot++;
    }
  }
  sortedStart[n] = slot;
  return {
    taskCount: n,
    duration: sortedDuration,
    status: sortedStatus,
    actualStart: sortedActualStart,
    outStart: sortedStart,
    outTarget: sortedTarget,
    outType: sortedType,
    outLag: sortedLag,
  };
}

/** The code of a link type, or -1 when it is none of the four. */
export function linkTypeCode(type: LinkType): number {
  switch (type) {
    case 'FS':
      return LINK_FS;
    case 'SS':
      return LINK_SS;
    case 'FF':
      return LINK_FF;
    case 'SF':
      return LINK_SF;
    default:
      return -1;
  }
}

/** Every problem of a link that failed the fast check, in the order from, to, type, lag. */
function reportLink(link: PlanLink, k: number, p: number, s: number, problems: Problem[]): void {
  if (p < 0) problems.push(unknownTask(k, 'from', link.from));
  if (s < 0) problems.push(unknownTask(k, 'to', link.to));
  if (linkTypeCode(link.type) < 0) {
    problems.push({ code: 'bad-link-type', path: `links[${k}].type`, value: link.type });
  }
  if (!Number.isInteger(link.lag)) {
    problems.push({ code: 'bad-lag', path: `links[${k}].lag` });
  }
}

function unknownTask(k: number, end: 'from' | 'to', id: string): Problem {
  return { code: 'unknown-task', path: `links[${k}].${end}`, value: id };
}

/**
 * Done (both dates): fixed at its actual dates, start read on-or-after, finish on-or-before (the last day
 * worked), length = their distance (at least 0). In progress (start only): the start is fixed and the planned
 * duration stands, except that unfinished work cannot have finished before the plan's first working day (the
 * status date): a task started long ago runs at least to the end of day 0.
 */
function readActuals(
  task: PlanTask,
  i: number,
  calendar: WorkCalendar,
  problems: Problem[],
  out: { readonly duration: Float64Array; readonly status: Uint8Array; readonly actualStart: Float64Array },
): void {
  const startDay = task.actualStart === undefined ? undefined : parseIsoDate(task.actualStart);
  const finishDay = task.actualFinish === undefined ? undefined : parseIsoDate(task.actualFinish);
  if (task.actualStart !== undefined && startDay === undefined) {
    problems.push({ code: 'bad-date', path: `tasks[${i}].actualStart`, value: task.actualStart });
  }
  if (task.actualFinish !== undefined && finishDay === undefined) {
    problems.push({ code: 'bad-date', path: `tasks[${i}].actualFinish`, value: task.actualFinish });
  }
  if (task.actualStart === undefined) {
    problems.push({ code: 'actual-finish-without-start', path: `tasks[${i}].actualStart` });
    return;
  }
  if (startDay === undefined) return;
  const es = indexOnOrAfter(calendar, startDay);
  out.actualStart[i] = es;
  if (task.actualFinish === undefined) {
    out.status[i] = IN_PROGRESS;
    out.duration[i] = Math.max(out.duration[i] as number, 1 - es);
    return;
  }
  if (finishDay === undefined) return;
  if (finishDay < startDay) {
    problems.push({ code: 'actual-finish-before-start', path: `tasks[${i}].actualFinish` });
    return;
  }
  out.status[i] = DONE;
  out.duration[i] = Math.max(0, indexOnOrBefore(calendar, finishDay) + 1 - es);
}
