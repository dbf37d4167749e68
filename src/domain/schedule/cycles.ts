// Orders the dependency graph for the CPM passes (Kahn's algorithm) and, when it has loops, finds them:
// an iterative Tarjan over what Kahn could not order, then one loop per strongly connected component, in
// loop order. No recursion, so a 100k-task loop is as safe as a short one. Linear in tasks + links.

import type { ScheduleGraph } from './graph';
import { int32Array, uint8Array } from './scratch';

export type OrderOutcome =
  | { readonly kind: 'ordered'; readonly order: Int32Array }
  /** Each loop as task indices; the last links back to the first. */
  | { readonly kind: 'cycles'; readonly cycles: readonly (readonly number[])[] };

type Adjacency = Pick<ScheduleGraph, 'taskCount' | 'outStart' | 'outTarget'>;

/** Returns the tasks in a topological order, or the loops that prevent one. */
export function orderTasks(graph: Adjacency): OrderOutcome {
  const { taskCount: n, outStart, outTarget } = graph;
  const inDegree = int32Array(n);
  for (let j = 0; j < outTarget.length; j++) {
    const w = outTarget[j] as number;
    inDegree[w] = (inDegree[w] as number) + 1;
  }
  const order = int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (inDegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] as number;
    const end = outStart[v + 1] as number;
    for (let j = outStart[v] as number; j < end; j++) {
      const w = outTarget[j] as number;
      const left = (inDegree[w] as number) - 1;
      inDegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
  if (tail === n) return { kind: 'ordered', order };
  // Tasks left with in-degree > 0 are on a loop or downstream of one.
  return { kind: 'cycles', cycles: findCycles(graph, inDegree) };
}

function findCycles(graph: Adjacency, remaining: Int32Array): number[][] {
  const { taskCount: n, outStart, outTarget } = graph;
  const visitIndex = int32Array(n).fill(-1);
  const low = int32Array(n);
  const onStack = uint8Array(n);
  const component = int32Array(n).fill(-1);
  const stack = int32Array(n);
  const callNode = int32Array(n);
  const callEdge = int32Array(n);
  const walkPosition = int32Array(n).fill(-1);
  const cycles: number[][] = [];
  let counter = 0;
  let sp = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (remaining[root] === 0 || visitIndex[root] !== -1) continue;
    let csp = 0;
    visitIndex[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[csp] = root;
    callEdge[csp++] = outStart[root] as number;
    while (csp > 0) {
      const v = callNode[csp - 1] as number;
      const e = callEdge[csp - 1] as number;
      if (e < (outStart[v + 1] as number)) {
        callEdge[csp - 1] = e + 1;
        const w = outTarget[e] as number;
        if (remaining[w] === 0) continue;
        if (visitIndex[w] === -1) {
          visitIndex[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[csp] = w;
          callEdge[csp++] = outStart[w] as number;
        } else if (onStack[w] === 1 && (visitIndex[w] as number) < (low[v] as number)) {
          low[v] = visitIndex[w] as number;
        }
        continue;
      }
      csp--;
      if (csp > 0) {
        const parent = callNode[csp - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] !== visitIndex[v]) continue;
      const id = components++;
      let size = 0;
      let first = v;
      for (;;) {
        const w = stack[--sp] as number;
        onStack[w] = 0;
        component[w] = id;
        size++;
        if (w < first) first = w;
        if (w === v) break;
      }
      if (size > 1 || hasSelfLink(graph, v)) cycles.push(walkLoop(graph, component, id, first, walkPosition));
    }
  }
  return cycles.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

function hasSelfLink(graph: Adjacency, v: number): boolean {
  for (let j = graph.outStart[v] as number; j < (graph.outStart[v + 1] as number); j++) {
    if (graph.outTarget[j] === v) return true;
  }
  return false;
}

/** Follows links inside one component from `start` until a task repeats; returns that loop from its lowest task. */
function walkLoop(graph: Adjacency, component: Int32Array, id: number, start: number, position: Int32Array): number[] {
  const path: number[] = [];
  let v = start;
  while (position[v] === -1) {
    position[v] = path.length;
    path.push(v);
    for (let j = graph.outStart[v] as number; j < (graph.outStart[v + 1] as number); j++) {
      const w = graph.outTarget[j] as number;
      if (component[w] === id) {
        v = w;
        break;
      }
    }
  }
  const loop = path.slice(position[v]);
  for (const w of path) position[w] = -1;
  let lowest = 0;
  for (let i = 1; i < loop.length; i++) if ((loop[i] as number) < (loop[lowest] as number)) lowest = i;
  return [...loop.slice(lowest), ...loop.slice(0, lowest)];
}
