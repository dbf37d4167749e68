// Robust anomaly scores of one daily series against a day-of-week seasonal baseline. The baseline of day t is
// the median of the same weekday's values 1..4 weeks before; the residual is the day's departure from it
// (relative for amounts that scale, absolute for signed ones); the score is how far that residual sits from the
// median residual of the window before, in units of 1.4826 x MAD (a standard deviation under normal noise).
// Missing days (NaN) have no residual and no score: a gap is never a drop. One pass, O(days x window).
import { createRobustWindow } from './robust-window';

export type ResidualMode = 'relative' | 'absolute';

export interface ScoreOptions {
  /** Days of residuals the spread is measured over (the window before the day judged). */
  readonly window: number;
  /** Days with data the series needs before a day is judged. */
  readonly minHistory: number;
  readonly mode: ResidualMode;
  /** Smallest spread assumed: relative mode, a share of the baseline; absolute mode, a share of the baseline's size. */
  readonly floor: number;
  /** The series counts people or events: its relative spread is at least Poisson's, 1 / sqrt(baseline). */
  readonly counts?: boolean;
}

export const DEFAULT_SCORE_OPTIONS: ScoreOptions = { window: 56, minHistory: 28, mode: 'relative', floor: 0.01 };

/** Fewest residuals in the window before a spread is trusted. */
const MIN_RESIDUALS = 14;
const SEASON_LAGS = [7, 14, 21, 28] as const;
const MAD_TO_SIGMA = 1.4826;
/** Scores are clamped here: past it the number says nothing more (a flat series that moves at all). */
export const MAX_SCORE = 999;

/** Per day: the expected value (NaN: no baseline yet) and the score (NaN: not judged). */
export interface SeriesScores {
  readonly expected: Float64Array;
  readonly score: Float64Array;
}

/** The seasonal baseline of day t: the median of the present values t-7, t-14, t-21, t-28 (at least two), else NaN. */
export function seasonalBaseline(values: Float64Array, t: number): number {
  let a = NaN;
  let b = NaN;
  let c = NaN;
  let d = NaN;
  let n = 0;
  for (const lag of SEASON_LAGS) {
    const v = t - lag >= 0 ? (values[t - lag] ?? NaN) : NaN;
    if (Number.isNaN(v)) continue;
    if (n === 0) a = v;
    else if (n === 1) b = v;
    else if (n === 2) c = v;
    else d = v;
    n += 1;
  }
  if (n < 2) return NaN;
  // Sort the few values in place (n <= 4) and take the middle.
  const s = [a, b, c, d].slice(0, n).sort((x, y) => x - y);
  return n % 2 === 1 ? (s[n >>> 1] ?? NaN) : ((s[(n >>> 1) - 1] ?? NaN) + (s[n >>> 1] ?? NaN)) / 2;
}

function residualOf(value: number, base: number, mode: ResidualMode): number {
  if (Number.isNaN(value) || Number.isNaN(base)) return NaN;
  if (mode === 'absolute') return value - base;
  return base > 0 ? (value - base) / base : NaN;
}

/**
 * Scores every day of `values` (NaN = no data that day). The expected value carries the window's median residual
 * (so a steady trend is expected, not flagged); the score is signed (negative: below what was expected).
 */
export function scoreSeries(values: Float64Array, options: ScoreOptions = DEFAULT_SCORE_OPTIONS): SeriesScores {
  const n = values.length;
  const expected = new Float64Array(n).fill(NaN);
  const score = new Float64Array(n).fill(NaN);
  const residuals = new Float64Array(n).fill(NaN);
  const window = createRobustWindow(options.window);
  let history = 0;
  for (let t = 0; t < n; t++) {
    const leaving = t - options.window - 1;
    if (leaving >= 0 && !Number.isNaN(residuals[leaving] ?? NaN)) window.remove(residuals[leaving] ?? NaN);
    if (t > 0 && !Number.isNaN(residuals[t - 1] ?? NaN)) window.add(residuals[t - 1] ?? NaN);
    const base = seasonalBaseline(values, t);
    const value = values[t] ?? NaN;
    residuals[t] = residualOf(value, base, options.mode);
    if (!Number.isNaN(base) && window.size() >= MIN_RESIDUALS) {
      const center = window.median();
      const spread = MAD_TO_SIGMA * window.mad(center);
      expected[t] = options.mode === 'relative' ? base * (1 + center) : base + center;
      const floor = options.mode === 'relative'
        ? Math.max(options.floor, options.counts === true ? 1 / Math.sqrt(Math.max(1, base)) : 0)
        : options.floor * Math.abs(base);
      const scale = Math.max(spread, floor, Number.MIN_VALUE);
      const r = residuals[t] ?? NaN;
      if (history >= options.minHistory && !Number.isNaN(r)) score[t] = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, (r - center) / scale));
    } else if (!Number.isNaN(base)) {
      expected[t] = base;
    }
    if (!Number.isNaN(value)) history += 1;
  }
  return { expected, score };
}
