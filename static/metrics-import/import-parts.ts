// An import's aggregates cut into parts that each fit one KVS value (the server refuses a bigger one), and the
// counts the server keeps with the import record. Pure, so the cutting is tested without a browser.
import type { ImportPart } from '../../src/contract/metrics';
import { MAX_PART_BYTES } from '../../src/contract/metrics';
import type { AggregateOf, ImportCounts, MetricFormat } from '../../src/domain/metrics';

/** Room left under the server's limit for the part's own wrapper and rounding. */
const PART_BUDGET = MAX_PART_BYTES - 2_000;
/** Refusals kept with the import record (the contract's limit); the page keeps all of them. */
const SAMPLE = 200;

const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** Greedy runs of `items` whose JSON stays within `budget` bytes (an item alone above it still gets a run). */
export function cutIntoRuns<T>(items: readonly T[], budget: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 2;
  for (const item of items) {
    const bytes = bytesOf(item) + 1;
    if (run.length > 0 && size + bytes > budget) {
      runs.push(run);
      run = [];
      size = 2;
    }
    run.push(item);
    size += bytes;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The parts of one import, in order; none when nothing was accepted. */
export function importPartsOf<F extends MetricFormat>(format: F, aggregate: AggregateOf[F], budget = PART_BUDGET): ImportPart[] {
  switch (format) {
    case 'daily-metrics': return cutIntoRuns((aggregate as AggregateOf['daily-metrics']), budget).map((points) => ({ format: 'daily-metrics', points }));
    case 'funnel': return cutIntoRuns((aggregate as AggregateOf['funnel']), budget).map((points) => ({ format: 'funnel', points }));
    case 'participants': return cutIntoRuns((aggregate as AggregateOf['participants']), budget).map((accounts) => ({ format: 'participants', accounts }));
    case 'accounts': return cutIntoRuns((aggregate as AggregateOf['accounts']), budget).map((accounts) => ({ format: 'accounts', accounts: [...accounts] }));
    case 'competitors': return cutIntoRuns((aggregate as AggregateOf['competitors']), budget).map((points) => ({ format: 'competitors', points: [...points] }));
    case 'trades': {
      const trades = aggregate as AggregateOf['trades'];
      return [
        ...cutIntoRuns(trades.accounts, budget).map((accounts) => ({ format: 'trades' as const, accounts, pairs: [], daily: [] })),
        ...cutIntoRuns(trades.pairs, budget).map((pairs) => ({ format: 'trades' as const, accounts: [], pairs, daily: [] })),
        ...cutIntoRuns(trades.daily, budget).map((daily) => ({ format: 'trades' as const, accounts: [], pairs: [], daily })),
      ];
    }
    default: return [];
  }
}

/** What the server is told the page counted: every row, and the first refusals. */
export function wireCounts(counts: ImportCounts): { rows: number; accepted: number; rejected: number; sample: { line: number; reason: ImportCounts['rejected'][number]['reason'] }[] } {
  return {
    rows: counts.rows, accepted: counts.accepted, rejected: counts.rejected.length,
    sample: counts.rejected.slice(0, SAMPLE).map(({ line, reason }) => ({ line, reason })),
  };
}
