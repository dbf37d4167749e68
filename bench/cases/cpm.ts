// CPM benchmarks: computeSchedule on generated plans (mixed link types with lags and leads, a Mon-Fri
// calendar with holidays, a deadline). Baselines, all in the same process on the same plan:
// - `cpm-10k` / `cpm-100k` (the contract's figures): a bare CPM from the same Plan input, the floor any CPM
//   must pay: task ids to indices with a Map, out-links as CSR adjacency (two counting passes over the link
//   objects), Kahn's topological order, then forward and backward sweeps with lags over all four link types,
//   into plain es/ef/ls/lf typed arrays. No calendar, validation, floats, driver tracking, critical path,
//   forecast or result objects. Written as fast as plainly possible, not handicapped.
// - `cpm-vs-sweep-*`: computeSchedule against only those two sweeps, on a graph and order prebuilt outside the
//   timing (the earlier, stricter definition: it leaves out reading the plan at all).
// - `cpm-passes-*`: runCpm alone on a prebuilt graph and order against the same sweeps.

import { buildCalendar, buildScheduleGraph, computeSchedule, orderTasks, runCpm } from '../../src/domain/schedule';
import type { LinkType, Plan, PlanLink, PlanTask, ScheduleGraph } from '../../src/domain/schedule';
import type { BenchCase } from '../harness';
import { mulberry32 } from '../../src/domain/random';

const LINK_TYPES: readonly LinkType[] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/** A plan whose links mostly point a short way ahead (like real projects), in a shuffled task order. */
export function generatePlan(taskCount: number, linkCount: number, seed: number): Plan {
  const random = mulberry32(seed);
  const position = Array.from({ length: taskCount }, (_, i) => i);
  for (let i = taskCount - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [position[i], position[j]] = [position[j] ?? 0, position[i] ?? 0];
  }
  const idAt: string[] = position.map((p) => `PERP-${p + 1}`);
  const tasks: PlanTask[] = idAt.map((id) => ({ id, name: `Task ${id}`, duration: Math.floor(random() * 11) }));
  const links: PlanLink[] = [];
  for (let k = 0; k < linkCount; k++) {
    const a = Math.floor(random() * (taskCount - 1));
    const b = Math.min(taskCount - 1, a + 1 + Math.floor(random() * random() * 400));
    links.push({
      from: `PERP-${a + 1}`,
      to: `PERP-${b + 1}`,
      type: LINK_TYPES[Math.floor(random() * LINK_TYPES.length)] ?? 'FS',
      lag: Math.floor(random() * 9) - 3,
    });
  }
  const holidays: string[] = [];
  for (let year = 2026; year < 2126; year++) {
    for (const monthDay of ['01-01', '05-01', '07-04', '10-01', '12-25', '12-26']) holidays.push(`${year}-${monthDay}`);
  }
  return {
    calendar: { start: '2026-12-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays },
    deadline: '2030-06-28',
    tasks,
    links,
  };
}

function cpmCase(name: string, taskCount: number, linkCount: number, runs: number): BenchCase {
  return {
    name,
    runs,
    prepare: () => {
      const plan = generatePlan(taskCount, linkCount, 20261201);
      const result = computeSchedule(plan);
      // The floor must do the same scheduling work: same project finish as the engine.
      if (result.kind !== 'scheduled' || result.finish.day !== runBareCpm(plan)) throw new Error(`${name}: the bare CPM disagrees`);
      return { subject: () => computeSchedule(plan), baseline: () => runBareCpm(plan) };
    },
  };
}

function sweepCase(name: string, taskCount: number, linkCount: number, runs: number): BenchCase {
  return {
    name,
    runs,
    prepare: () => {
      const plan = generatePlan(taskCount, linkCount, 20261201);
      return { subject: () => computeSchedule(plan), baseline: prepareBareSweep(plan) };
    },
  };
}

function linkCode(type: LinkType): number {
  return type === 'FS' ? 0 : type === 'SS' ? 1 : type === 'FF' ? 2 : 3;
}

/** The floor of a CPM that starts from the plan itself (see the header); returns the project finish. */
export function runBareCpm(plan: Plan): number {
  const { tasks, links } = plan;
  const n = tasks.length;
  const m = links.length;
  const indexOf = new Map<string, number>();
  const duration = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const task = tasks[i]!;
    indexOf.set(task.id, i);
    duration[i] = task.duration;
  }
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const outStart = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    const link = links[k]!;
    const p = indexOf.get(link.from)!;
    const s = indexOf.get(link.to)!;
    from[k] = p;
    to[k] = s;
    outStart[p + 1]!++;
    inDegree[s]!++;
  }
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v]!;
  const cursor = outStart.slice(0, n);
  const outTarget = new Int32Array(m);
  const outType = new Uint8Array(m);
  const outLag = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const link = links[k]!;
    const slot = cursor[from[k]!]!++;
    outTarget[slot] = to[k]!;
    outType[slot] = linkCode(link.type);
    outLag[slot] = link.lag;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (inDegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let j = outStart[v]!; j < outStart[v + 1]!; j++) {
      const s = outTarget[j]!;
      if (--inDegree[s]! === 0) order[tail++] = s;
    }
  }
  return sweep({ taskCount: n, duration, outStart, outTarget, outType, outLag }, order);
}

/** The forward and backward passes alone: early and late dates over all four link types, with lags. */
function sweep(graph: Pick<ScheduleGraph, 'taskCount' | 'duration' | 'outStart' | 'outTarget' | 'outType' | 'outLag'>, order: Int32Array): number {
  const { taskCount: n, duration, outStart, outTarget, outType, outLag } = graph;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  let finish = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const start = es[v]!;
    const end = start + duration[v]!;
    ef[v] = end;
    if (end > finish) finish = end;
    for (let j = outStart[v]!; j < outStart[v + 1]!; j++) {
      const s = outTarget[j]!;
      const type = outType[j]!;
      const candidate = (type === 0 || type === 2 ? end : start) + outLag[j]! - (type >= 2 ? duration[s]! : 0);
      if (candidate > es[s]!) es[s] = candidate;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    const d = duration[v]!;
    let late = finish;
    for (let j = outStart[v]!; j < outStart[v + 1]!; j++) {
      const s = outTarget[j]!;
      const type = outType[j]!;
      const bound = (type <= 1 ? ls[s]! : lf[s]!) - outLag[j]! + (type === 1 || type === 3 ? d : 0);
      if (bound < late) late = bound;
    }
    lf[v] = late;
    ls[v] = late - d;
  }
  return finish;
}

function prebuild(plan: Plan): { readonly graph: ScheduleGraph; readonly order: Int32Array } {
  const calendar = buildCalendar(plan.calendar);
  if (calendar.kind !== 'calendar') throw new Error('bench calendar is invalid');
  const built = buildScheduleGraph(plan, calendar.calendar);
  if (built.kind !== 'graph') throw new Error('bench plan is invalid');
  const ordering = orderTasks(built.graph);
  if (ordering.kind !== 'ordered') throw new Error('bench plan has cycles');
  return { graph: built.graph, order: ordering.order };
}

/** Builds the typed-array graph and its order once; the returned sweep is all that is timed. */
function prepareBareSweep(plan: Plan): () => number {
  const { graph, order } = prebuild(plan);
  return () => sweep(graph, order);
}

/** The CPM passes alone (runCpm on a prebuilt graph and order) against the same sweep: the engine's core cost. */
function passesCase(name: string, taskCount: number, linkCount: number, runs: number): BenchCase {
  return {
    name,
    runs,
    prepare: () => {
      const plan = generatePlan(taskCount, linkCount, 20261201);
      const { graph, order } = prebuild(plan);
      return { subject: () => runCpm(graph, order, 1000), baseline: prepareBareSweep(plan) };
    },
  };
}

export const cpmCases: readonly BenchCase[] = [
  cpmCase('cpm-10k', 10_000, 30_000, 21),
  cpmCase('cpm-100k', 100_000, 300_000, 11),
  sweepCase('cpm-vs-sweep-10k', 10_000, 30_000, 21),
  sweepCase('cpm-vs-sweep-100k', 100_000, 300_000, 11),
  passesCase('cpm-passes-10k', 10_000, 30_000, 21),
  passesCase('cpm-passes-100k', 100_000, 300_000, 11),
];
