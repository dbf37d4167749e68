// The critical path as a chain: from the critical task that finishes last, back through driving links (the
// link that set each task's early start) to the task that starts it. Every driving predecessor of a critical
// task is itself critical unless it is done, so the walk stays on critical tasks.

import type { CpmTimes } from './cpm';
import { DONE, type ScheduleGraph } from './graph';

/** True for a task whose total float is the least of the plan (done tasks never are). */
export function isCritical(graph: ScheduleGraph, times: CpmTimes, v: number): boolean {
  return graph.status[v] !== DONE && times.totalFloat[v] === times.minFloat;
}

/**
 * Returns the driving chain of critical tasks as indices, first to last; empty when no task is critical.
 * It ends at the critical task that finishes last, the one furthest down the topological `order` on a tie
 * (so a closing milestone ends the chain).
 */
export function traceCriticalPath(graph: ScheduleGraph, times: CpmTimes, order: Int32Array): number[] {
  let last = -1;
  for (let i = 0; i < order.length; i++) {
    const v = order[i] as number;
    if (isCritical(graph, times, v) && (last === -1 || (times.ef[v] as number) >= (times.ef[last] as number))) last = v;
  }
  const chain: number[] = [];
  for (let v = last; v !== -1; v = times.driver[v] as number) {
    if (!isCritical(graph, times, v)) break;
    chain.push(v);
  }
  return chain.reverse();
}
