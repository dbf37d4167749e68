// The benchmark harness: each case measures a subject against a baseline of the same work done the
// cheapest possible way, in the same process, so ratios stay comparable across machines.

export interface BenchCase {
  readonly name: string;
  /** Builds the inputs (not timed) and returns the two timed functions. */
  readonly prepare: () => Prepared | Promise<Prepared>;
  readonly warmups?: number;
  readonly runs?: number;
}

/** The two timed functions (either may be async) and, optionally, more figures to print after the runs. */
export interface Prepared {
  readonly subject: () => unknown;
  readonly baseline: () => unknown;
  readonly figures?: () => Readonly<Record<string, number>>;
  readonly dispose?: () => Promise<void>;
}

export interface BenchFigure {
  readonly name: string;
  readonly median_ms: number;
  readonly baseline_ms: number;
  readonly ratio: number;
  readonly [figure: string]: number | string;
}

/** Runs `work`, waiting for it when it is async (synchronous cases pay nothing for it). */
async function run(work: () => unknown): Promise<boolean> {
  const result = work();
  return (result instanceof Promise ? await result : result) !== undefined;
}

/** `global.gc` when node runs with --expose-gc (npm run bench does): each timed run starts on a collected heap. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Warms up, then alternates subject and baseline runs (so both see the same machine load) and takes medians.
 * The heap is collected before every timed run, so no run pays for the garbage of the one before it.
 */
export async function measureCase(benchCase: BenchCase): Promise<BenchFigure> {
  const prepared = await benchCase.prepare();
  const { subject, baseline } = prepared;
  const warmups = benchCase.warmups ?? 5;
  const runs = benchCase.runs ?? 15;
  let sink = 0;
  for (let i = 0; i < warmups; i++) {
    if (await run(subject)) sink++;
    if (await run(baseline)) sink++;
  }
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    let t0 = performance.now();
    if (await run(subject)) sink++;
    subjectTimes.push(performance.now() - t0);
    collectGarbage();
    t0 = performance.now();
    if (await run(baseline)) sink++;
    baselineTimes.push(performance.now() - t0);
  }
  if (sink < 0) throw new Error('unreachable');
  const medianMs = median(subjectTimes);
  const baselineMs = median(baselineTimes);
  const figures = prepared.figures?.() ?? {};
  await prepared.dispose?.();
  return { name: benchCase.name, median_ms: round(medianMs), baseline_ms: round(baselineMs), ratio: round(medianMs / baselineMs), ...figures };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
