// The critical path as a chain: from the critical task that finishes last, back through driving links (the
// link that set each task's early start) to the task that starts it. Every driving predecessor of a critical
// task is itself critical unless it is done, so the walk stays on critical tasks.

import type { CpmTimes } from './cpm';
import { DONE } from './graph';

/**
 * Returns the driving chain of critical tasks as indices, first to last; empty when no task is critical.
 * The graph (its `status`) and times are numbered in topological order (see `runSortedCpm`). The chain ends
 * at the critical task that finishes last, the one furthest down that order on a tie (so a closing milestone
 * ends the chain).
 */
export function traceCriticalPath(status: Uint8Array, times: CpmTimes): number[] {
  const { ef, totalFloat, minFloat, driver } = times;
  const done = DONE;
  let last = -1;
  let lastFinish = -Infinity;
  for (let v = 0; v < status.length; v++) {
    if (status[v] !== done && totalFloat[v] === minFloat && (ef[v] as number) >= lastFinish) {
      last = v;
      lastFinish = ef[v] as number;
    }
  }
  const chain: number[] = [];
  for (let v = last; v !== -1; v = driver[v] as number) {
    if (status[v] === done || totalFloat[v] !== minFloat) break;
    chain.push(v);
  }
  return chain.reverse();
}
