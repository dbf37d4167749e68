// The critical path method on a prepared graph: the forward pass (early dates), the backward pass (late dates
// from the project finish or the deadline), total and free float, and the driving predecessor of each task.
// Plain loops over typed arrays on a graph numbered in topological order (see `renumberGraph`), so both passes
// walk memory in sequence: linear in tasks + links, no allocation per task.
// Started tasks (done or in progress) keep their actual start, so links into them constrain nothing; a done
// task is fixed at its actual dates (ls = es, lf = ef, no float) and is never critical.

import { DONE, LINK_FF, LINK_FS, LINK_SS, PLANNED, renumberGraph, type ScheduleGraph } from './graph';
import { float64Array, int32Array } from './scratch';

// Module-local copies of the codes: the passes test them once per link, and an imported binding can cost a
// property load through the module object on every test where modules are not bundled (tsx, jest).
const FS = LINK_FS;
const SS = LINK_SS;
const FF = LINK_FF;
const IS_PLANNED = PLANNED;
const IS_DONE = DONE;

export interface CpmTimes {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  readonly totalFloat: Float64Array;
  readonly freeFloat: Float64Array;
  /** The predecessor whose link sets the task's early start, or -1 (starts at 0, or started). */
  readonly driver: Int32Array;
  /** Project finish F = max ef (0 for an empty plan). */
  readonly finish: number;
  /** The backward pass's reference: the deadline's index + 1, or F. */
  readonly reference: number;
  /** Least total float over the tasks that are not done (0 when every task is done). */
  readonly minFloat: number;
}

/**
 * Runs the forward and backward passes. `order` must be a topological order of the graph;
 * `deadlineEnd` is the exclusive index the late dates must meet (the deadline's index + 1), or undefined to
 * use the project finish. The times are indexed like the graph's tasks.
 */
export function runCpm(graph: ScheduleGraph, order: Int32Array, deadlineEnd?: number): CpmTimes {
  const sorted = runSortedCpm(renumberGraph(graph, order), deadlineEnd);
  const n = graph.taskCount;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const totalFloat = new Float64Array(n);
  const freeFloat = new Float64Array(n);
  const driver = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    es[v] = sorted.es[i] as number;
    ef[v] = sorted.ef[i] as number;
    ls[v] = sorted.ls[i] as number;
    lf[v] = sorted.lf[i] as number;
    totalFloat[v] = sorted.totalFloat[i] as number;
    freeFloat[v] = sorted.freeFloat[i] as number;
    const d = sorted.driver[i] as number;
    driver[v] = d < 0 ? -1 : (order[d] as number);
  }
  return { ...sorted, es, ef, ls, lf, totalFloat, freeFloat, driver };
}

/**
 * The passes on a graph numbered in topological order (every link goes to a higher index, as `renumberGraph`
 * makes it); the times are indexed the same way.
 */
export function runSortedCpm(graph: ScheduleGraph, deadlineEnd?: number): CpmTimes {
  const { taskCount: n, duration, status, actualStart, outStart, outTarget, outType, outLag } = graph;
  const es = float64Array(n);
  const ef = float64Array(n);
  const ls = float64Array(n);
  const lf = float64Array(n);
  const totalFloat = float64Array(n);
  const freeFloat = float64Array(n);
  const driver = int32Array(n).fill(-1);

  let finish = 0;
  for (let v = 0; v < n; v++) {
    if (status[v] !== IS_PLANNED) {
      es[v] = actualStart[v] as number;
      driver[v] = -1;
    }
    const start = es[v] as number;
    const end = start + (duration[v] as number);
    ef[v] = end;
    if (end > finish) finish = end;
    const stop = outStart[v + 1] as number;
    for (let j = outStart[v] as number; j < stop; j++) {
      const s = outTarget[j] as number;
      const type = outType[j] as number;
      const base = type === FS || type === FF ? end : start;
      const candidate = type === FS || type === SS
        ? base + (outLag[j] as number)
        : base + (outLag[j] as number) - (duration[s] as number);
      const current = es[s] as number;
      if (candidate > current) {
        es[s] = candidate;
        driver[s] = v;
      } else if (candidate === current) {
        const d = driver[s] as number;
        // Prefer a task that can still move as the driver, so the critical path runs through it.
        if (d === -1 || (status[d] === IS_DONE && status[v] !== IS_DONE)) driver[s] = v;
      }
    }
  }

  const reference = deadlineEnd ?? finish;
  let minFloat = Infinity;
  for (let v = n - 1; v >= 0; v--) {
    const d = duration[v] as number;
    const start = es[v] as number;
    const end = ef[v] as number;
    let late = reference;
    let slack = finish - end;
    const stop = outStart[v + 1] as number;
    for (let j = outStart[v] as number; j < stop; j++) {
      const s = outTarget[j] as number;
      if (status[s] !== IS_PLANNED) continue;
      const type = outType[j] as number;
      const lag = outLag[j] as number;
      let bound: number;
      let gap: number;
      if (type === FS) {
        bound = (ls[s] as number) - lag;
        gap = (es[s] as number) - end - lag;
      } else if (type === SS) {
        bound = (ls[s] as number) - lag + d;
        gap = (es[s] as number) - start - lag;
      } else if (type === FF) {
        bound = (lf[s] as number) - lag;
        gap = (ef[s] as number) - end - lag;
      } else {
        bound = (lf[s] as number) - lag + d;
        gap = (ef[s] as number) - start - lag;
      }
      if (bound < late) late = bound;
      if (gap < slack) slack = gap;
    }
    if (status[v] === IS_DONE) {
      ls[v] = start;
      lf[v] = end;
      continue;
    }
    lf[v] = late;
    ls[v] = late - d;
    const float = late - end;
    totalFloat[v] = float;
    freeFloat[v] = slack;
    if (float < minFloat) minFloat = float;
  }
  return { es, ef, ls, lf, totalFloat, freeFloat, driver, finish, reference, minFloat: minFloat === Infinity ? 0 : minFloat };
}
