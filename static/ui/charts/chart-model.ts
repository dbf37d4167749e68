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

/** The width of a share's bar in percent, to one decimal, clamped to 0..100 (a share outside 0..1 still fits). */
export function shareWidth(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
