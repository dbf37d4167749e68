// The importer's cutting of aggregates into parts: every part within the byte budget the server enforces, nothing
// lost or repeated, in order; and the counts sent add up with the first refusals as the sample.
import fc from 'fast-check';
import { MAX_PART_BYTES } from '../../../src/contract/metrics';
import { importPartSchema } from '../../../src/contract/metrics';
import type { DailyMetricPoint, RejectedRow } from '../../../src/domain/metrics';
import { cutIntoRuns, importPartsOf, wireCounts } from '../../../static/metrics-import/import-parts';

const point = (n: number): DailyMetricPoint => ({
  date: `2027-01-${String((n % 28) + 1).padStart(2, '0')}`, symbol: `SYM${n.toString()}`, volumeUsd: n * 1000.5, openInterestUsd: 1, feeRevenueUsd: 2,
  rebatesUsd: 0, fundingPaidUsd: -1, newUsers: n, activeTraders: n,
});
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('cutIntoRuns', () => {
  it('keeps every item once, in order, each run within the budget', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 60 }), { maxLength: 300 }), fc.integer({ min: 80, max: 2000 }), (items, budget) => {
      const runs = cutIntoRuns(items, budget);
      expect(runs.flat()).toEqual(items);
      for (const run of runs) if (run.length > 1) expect(bytes(run)).toBeLessThanOrEqual(budget);
      expect(runs.every((run) => run.length > 0)).toBe(true);
    }));
  });

  it('gives an item bigger than the budget a run of its own', () => {
    expect(cutIntoRuns(['x'.repeat(50), 'y'], 20)).toEqual([['x'.repeat(50)], ['y']]);
  });

  it('gives no run for no items', () => {
    expect(cutIntoRuns([], 100)).toEqual([]);
  });
});

describe('importPartsOf', () => {
  it('cuts 20,000 daily points into parts the server accepts, none above MAX_PART_BYTES', () => {
    const points = Array.from({ length: 20_000 }, (_, n) => point(n));
    const parts = importPartsOf('daily-metrics', points);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(MAX_PART_BYTES);
      expect(importPartSchema.safeParse(part).success).toBe(true);
    }
    expect(parts.flatMap((p) => (p.format === 'daily-metrics' ? p.points : []))).toEqual(points);
  });

  it('sends trade accounts, pairs and daily points each in parts of their own, all three lists present', () => {
    const parts = importPartsOf('trades', {
      accounts: [{ account: 'a', trades: 2, notionalUsd: 10, selfMatchNotionalUsd: 0, symbols: 1, firstTs: '2027-02-01T00:00Z', lastTs: '2027-02-01T01:00Z' }],
      pairs: [{ a: 'a', b: 'b', trades: 2, grossUsd: 10, netUsd: 0 }],
      daily: [{ date: '2027-02-01', symbol: 'BTCUSDT', notionalUsd: 10, trades: 2 }],
    });
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(importPartSchema.safeParse(part).success).toBe(true);
  });

  it('has no part when nothing was accepted', () => {
    expect(importPartsOf('participants', [])).toEqual([]);
  });
});

describe('wireCounts', () => {
  it('counts every refusal and samples the first 200 with line and reason only', () => {
    const rejected: RejectedRow[] = Array.from({ length: 250 }, (_, n) => ({ line: n + 2, reason: 'not-a-number', column: 'volume_usd' }));
    const counts = wireCounts({ rows: 300, accepted: 50, rejected });
    expect(counts).toMatchObject({ rows: 300, accepted: 50, rejected: 250 });
    expect(counts.sample).toHaveLength(200);
    expect(counts.sample[0]).toEqual({ line: 2, reason: 'not-a-number' });
  });
});
