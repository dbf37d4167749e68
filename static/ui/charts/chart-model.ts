// What the page kit's charts draw, computed without a DOM: the floating bars of a waterfall (each step from the
// running total before it to the one after it, totals from zero) and a series with its gaps kept as gaps (null), so
// a line breaks where a day is missing instead of dropping to zero.

export interface WaterfallStep {
  readonly id: string;
  readonly label: string;
  /** A signed change (fees +, costs -), or for a total step the value the running total is checked against. */
  readonly value: number;
  readonly kind: 'change' | 'total';
}

export interface WaterfallBar {
  readonly id: string;
  readonly label: string;
  /** [low, high] of the floating bar. */
  readonly range: readonly [number, number];
  readonly value: number;
  readonly kind: 'increase' | 'decrease' | 'total';
}

/** The bars of a waterfall: changes float from the running total, a total step stands on zero at its own value. */
export function waterfallBars(steps: readonly WaterfallStep[]): WaterfallBar[] {
  let running = 0;
  return steps.map((step) => {
    if (step.kind === 'total') {
      running = step.value;
      return { id: step.id, label: step.label, range: [Math.min(0, step.value), Math.max(0, step.value)], value: step.value, kind: 'total' };
    }
    const before = running;
    running += step.value;
    return {
      id: step.id, label: step.label, range: [Math.min(before, running), Math.max(before, running)], value: step.value,
      kind: step.value < 0 ? 'decrease' : 'increase',
    };
  });
}

export interface SeriesPoint {
  readonly date: string;
  /** Absent: no data that day (a gap). */
  readonly value?: number | undefined;
  readonly incomplete?: boolean;
}

export interface ChartRow {
  readonly date: string;
  readonly value: number | null;
  /** The value again on incomplete days only, drawn as hollow marks over the line. */
  readonly incomplete: number | null;
}

/**
 * One row per calendar day from the first to the last point: a missing day (or a day with no value) becomes
 * null, which the line charts draw as a break, never as zero.
 */
export function chartRows(points: readonly SeriesPoint[]): ChartRow[] {
  const byDate = new Map(points.map((point) => [point.date, point]));
  const dates = [...byDate.keys()].sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows: ChartRow[] = [];
  for (let day = first; day <= last; day = nextDay(day)) {
    const point = byDate.get(day);
    const value = point?.value ?? null;
    rows.push({ date: day, value, incomplete: point?.incomplete === true ? value : null });
  }
  return rows;
}

/** The calendar day after an ISO date (UTC arithmetic, so no time zone or DST moves it). */
export function nextDay(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export interface DaySeries {
  readonly id: string;
  readonly label: string;
  /** The value at the end of day 1, 2, ... (a cumulative cost, say). */
  readonly values: readonly number[];
}

export type DayRow = Readonly<Record<string, number | null>> & { readonly day: number };

/** One row per day 1..N (N the longest series) with a column per series (`s0`, `s1`, ...), null past a series' end. */
export function dayRows(series: readonly DaySeries[]): DayRow[] {
  const days = Math.max(0, ...series.map((one) => one.values.length));
  return Array.from({ length: days }, (_, i) => {
    const row: Record<string, number | null> = { day: i + 1 };
    series.forEach((one, n) => { row[`s${String(n)}`] = one.values[i] ?? null; });
    return row as DayRow;
  });
}

export interface TornadoInput {
  readonly id: string;
  readonly label: string;
  /** The outcome with the input moved down, and up; null: no outcome (drawn as no change). */
  readonly low: number | null;
  readonly high: number | null;
}

export interface TornadoBar {
  readonly id: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
  /** [least, greatest] of the base, low and high outcomes: the span the bar covers. */
  readonly range: readonly [number, number];
  /** |high - low|, the bar's width in outcome units. */
  readonly swing: number;
}

/** The bars of a tornado around the base outcome: each input's span from its low to its high outcome, widest first. */
export function tornadoBars(base: number, inputs: readonly TornadoInput[]): TornadoBar[] {
  return inputs.map((input) => {
    const low = input.low ?? base;
    const high = input.high ?? base;
    return { id: input.id, label: input.label, low, high, range: [Math.min(base, low, high), Math.max(base, low, high)] as const, swing: Math.abs(high - low) };
  }).sort((a, b) => b.swing - a.swing);
}

/** Where `value` falls inside [from, to] as a share 0..1 (0 when the span is empty): to split a bar at the base. */
export function shareOfSpan(value: number, [from, to]: readonly [number, number]): number {
  return to > from ? Math.min(1, Math.max(0, (value - from) / (to - from))) : 0;
}

export interface IntervalRow {
  readonly id: string;
  readonly label: string;
  readonly estimate: number;
  /** The interval's bounds (a 95% confidence interval, say). */
  readonly low: number;
  readonly high: number;
}

/** Whether an interval leaves out zero: the difference it estimates is told apart from none at that confidence. */
export const excludesZero = (row: Pick<IntervalRow, 'low' | 'high'>): boolean => row.low > 0 || row.high < 0;

/** An axis domain that holds every interval and zero, with a margin of `pad` of the span each side. */
export function intervalDomain(rows: readonly IntervalRow[], pad = 0.1): [number, number] {
  const from = Math.min(0, ...rows.map((row) => row.low));
  const to = Math.max(0, ...rows.map((row) => row.high));
  const margin = (to - from) * pad || 1;
  return [from - margin, to + margin];
}

/** The width of a share's bar in percent, to one decimal, clamped to 0..100 (a share outside 0..1 still fits). */
export function shareWidth(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
