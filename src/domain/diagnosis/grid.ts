// The imported daily points of one kind (market by symbol, funnel by segment) as a dense grid: one column per
// calendar day from the first to the last date, one row per key, one value array per metric, NaN where a key has
// no row. Which key was expected on a day and missing (a gap), and so which days' totals are incomplete.
import { formatIsoDate, parseIsoDate } from '../schedule';

export interface GridMetric<P> {
  readonly name: string;
  readonly read: (point: P) => number;
}

export interface MetricGrid {
  /** Day number of the first column. */
  readonly firstDay: number;
  readonly days: number;
  /** The keys (symbols or segments), sorted. */
  readonly keys: readonly string[];
  readonly metrics: readonly string[];
  /** values[metric][key * days + day], NaN where the key has no row that day. */
  readonly values: readonly Float64Array[];
  /** 1 where the key has a row that day. */
  readonly present: Uint8Array;
}

/** A key missing on a day it was expected: within its own first and last day, or within a week of its last row. */
export interface Gap { readonly day: number; readonly key: number }

/** How long a key is still expected after its last row (then it is taken as no longer reported: delisted). */
export const EXPECTED_AFTER_LAST_DAYS = 7;

/** Builds the grid of `points`; points whose date does not parse are skipped (the import refused them already). */
export function buildGrid<P extends { readonly date: string }>(points: readonly P[], keyOf: (p: P) => string, metrics: readonly GridMetric<P>[]): MetricGrid {
  let first = Infinity;
  let last = -Infinity;
  const keySet = new Set<string>();
  const dayOf = new Map<string, number>();
  for (const p of points) {
    let day = dayOf.get(p.date);
    if (day === undefined) {
      day = parseIsoDate(p.date) ?? NaN;
      dayOf.set(p.date, day);
    }
    if (Number.isNaN(day)) continue;
    if (day < first) first = day;
    if (day > last) last = day;
    keySet.add(keyOf(p));
  }
  if (first === Infinity) return { firstDay: 0, days: 0, keys: [], metrics: metrics.map((m) => m.name), values: metrics.map(() => new Float64Array(0)), present: new Uint8Array(0) };
  const keys = [...keySet].sort();
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const days = last - first + 1;
  const values = metrics.map(() => new Float64Array(keys.length * days).fill(NaN));
  const present = new Uint8Array(keys.length * days);
  for (const p of points) {
    const day = dayOf.get(p.date) ?? NaN;
    if (Number.isNaN(day)) continue;
    const cell = (keyIndex.get(keyOf(p)) ?? 0) * days + (day - first);
    present[cell] = 1;
    metrics.forEach((m, i) => {
      (values[i] as Float64Array)[cell] = m.read(p);
    });
  }
  return { firstDay: first, days, keys, metrics: metrics.map((m) => m.name), values, present };
}

export const dateOfColumn = (grid: MetricGrid, column: number): string => formatIsoDate(grid.firstDay + column);

/** One metric's series of one key (a view, not a copy). */
export const keySeries = (grid: MetricGrid, metric: number, key: number): Float64Array =>
  (grid.values[metric] as Float64Array).subarray(key * grid.days, (key + 1) * grid.days);

export interface Coverage {
  /** Every (day, key) expected and missing, by day then key. */
  readonly gaps: readonly Gap[];
  /** Per day: 1 when some expected key is missing (the day's totals are incomplete). */
  readonly incomplete: Uint8Array;
  /** Per day: the keys missing (only for incomplete days). */
  readonly missingOn: ReadonlyMap<number, readonly number[]>;
}

/** Which keys were expected and missing on which day; one pass over the grid. */
export function coverageOf(grid: MetricGrid): Coverage {
  const incomplete = new Uint8Array(grid.days);
  const missing = new Map<number, number[]>();
  for (let k = 0; k < grid.keys.length; k++) {
    const row = grid.present.subarray(k * grid.days, (k + 1) * grid.days);
    let firstRow = -1;
    let lastRow = -1;
    for (let t = 0; t < grid.days; t++) {
      if (row[t] === 1) {
        if (firstRow < 0) firstRow = t;
        lastRow = t;
      }
    }
    if (firstRow < 0) continue;
    const expectedUntil = Math.min(grid.days - 1, lastRow + EXPECTED_AFTER_LAST_DAYS);
    for (let t = firstRow + 1; t <= expectedUntil; t++) {
      if (row[t] === 1) continue;
      incomplete[t] = 1;
      let list = missing.get(t);
      if (list === undefined) {
        list = [];
        missing.set(t, list);
      }
      list.push(k);
    }
  }
  const gaps: Gap[] = [];
  for (const day of [...missing.keys()].sort((a, b) => a - b)) for (const key of missing.get(day) ?? []) gaps.push({ day, key });
  return { gaps, incomplete, missingOn: missing };
}

/** The totals of one metric per day over every key; NaN on an incomplete day or a day without any row. */
export function totalSeries(grid: MetricGrid, metric: number, coverage: Coverage): Float64Array {
  const total = new Float64Array(grid.days);
  const any = new Uint8Array(grid.days);
  const values = grid.values[metric] as Float64Array;
  for (let k = 0; k < grid.keys.length; k++) {
    const base = k * grid.days;
    for (let t = 0; t < grid.days; t++) {
      if (grid.present[base + t] === 1) {
        total[t] = (total[t] ?? 0) + (values[base + t] ?? 0);
        any[t] = 1;
      }
    }
  }
  for (let t = 0; t < grid.days; t++) if (any[t] === 0 || coverage.incomplete[t] === 1) total[t] = NaN;
  return total;
}
