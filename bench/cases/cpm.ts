// CPM benchmarks: computeSchedule on generated plans (mixed link types with lags and leads, a Mon-Fri
// calendar with holidays, a deadline) against a bare forward-and-backward sweep over the same graph with the
// topological order precomputed: the floor any CPM implementation pays.

import { buildCalendar, buildScheduleGraph, computeSchedule, orderTasks, runCpm } from '../../src/domain/schedule';
import type { LinkType, Plan, PlanLink, PlanTask, ScheduleGraph } from '../../src/domain/schedule';
import type { BenchCase } from '../harness';
import { createPrng } from '../prng';

const LINK_TYPES: readonly LinkType[] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/** A plan whose links mostly point a short way ahead (like real projects), in a shuffled task order. */
export function generatePlan(taskCount: number, linkCount: number, seed: number): Plan {
  const random = createPrng(seed);
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
      return { subject: () => computeSchedule(plan), baseline: prepareBareSweep(plan) };
    },
  };
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
  const { taskCount: n, duration, outStart, outTarget, outType, outLag } = graph;
  return () => {
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
  };
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
  passesCase('cpm-passes-10k', 10_000, 30_000, 21),
  passesCase('cpm-passes-100k', 100_000, 300_000, 11),
];
