// Anomalies of the imported daily series: every metric judged for the total and (market) per symbol with the
// robust seasonal scores, a day of a total with a missing symbol left unjudged (incomplete, never a drop), each
// anomaly of a total explained by its drivers (contribution analysis: the keys whose change against their own
// expectation makes up the total's change, as shares) and, for funnel counts, the stage whose conversion moved.
import type { DailyMetricPoint, FunnelPoint } from '../metrics';
import { parseIsoDate } from '../schedule';
import { buildGrid, coverageOf, dateOfColumn, keySeries, totalSeries, type Coverage, type GridMetric, type MetricGrid } from './grid';
import { DEFAULT_SCORE_OPTIONS, scoreSeries, type ResidualMode, type ScoreOptions } from './score-series';
import { DEFAULT_SETTINGS, FUNNEL_METRICS, MARKET_METRICS, type DiagnosisMetric, type FunnelMetric, type MarketMetric } from './vocabulary';

export interface DetectSettings {
  readonly threshold: number;
  readonly minHistory: number;
  /** Judge each key's own series too (market: per symbol). */
  readonly perKey: boolean;
  /** Only days in [from, to] are reported (ISO dates; absent: every day). History before `from` still counts. */
  readonly from?: string;
  readonly to?: string;
  /** Only these metrics (absent: all). */
  readonly metrics?: readonly DiagnosisMetric[];
}

export const DEFAULT_DETECT: DetectSettings = { threshold: DEFAULT_SETTINGS.threshold, minHistory: DEFAULT_SETTINGS.minHistory, perKey: true };

export interface Driver { readonly key: string; readonly share: number; readonly change: number }

export interface StageMove { readonly stage: FunnelMetric; readonly conversion: number; readonly expected: number; readonly score: number; readonly segment?: string }

export interface DetectedAnomaly {
  readonly date: string;
  readonly metric: DiagnosisMetric;
  /** The key (symbol) of a per-key anomaly; absent for a total. */
  readonly key?: string;
  readonly value: number;
  readonly expected: number;
  readonly change: number | null;
  readonly score: number;
  readonly drivers: readonly Driver[];
  readonly stage?: StageMove;
}

export interface Detection {
  readonly anomalies: readonly DetectedAnomaly[];
  readonly gaps: readonly { readonly date: string; readonly key: string }[];
  readonly incomplete: readonly { readonly date: string; readonly missing: readonly string[] }[];
  /** Days with data in the range that were not judged for lack of history (over every series). */
  readonly notJudged: number;
  /** Series-days in the range that were judged (scored). */
  readonly judged: number;
  /** The first and last day of the data (null: none). */
  readonly first: string | null;
  readonly last: string | null;
}

/** Most drivers an anomaly lists. */
export const MAX_DRIVERS = 10;

const MARKET_READ: Readonly<Record<MarketMetric, (p: DailyMetricPoint) => number>> = {
  volume_usd: (p) => p.volumeUsd, open_interest_usd: (p) => p.openInterestUsd, fee_revenue_usd: (p) => p.feeRevenueUsd, rebates_usd: (p) => p.rebatesUsd,
  funding_paid_usd: (p) => p.fundingPaidUsd, new_users: (p) => p.newUsers, active_traders: (p) => p.activeTraders,
};
const FUNNEL_READ: Readonly<Record<FunnelMetric, (p: FunnelPoint) => number>> = {
  registered: (p) => p.registered, kyc: (p) => p.kyc, deposited: (p) => p.deposited, transferred: (p) => p.transferred,
  first_trade: (p) => p.firstTrade, repeat_trade: (p) => p.repeatTrade,
};

/** Funding changes sign, so its residuals are absolute; the other metrics scale, so theirs are relative. */
const modeOf = (metric: DiagnosisMetric): ResidualMode => (metric === 'funding_paid_usd' ? 'absolute' : 'relative');

const COUNT_METRICS: ReadonlySet<DiagnosisMetric> = new Set<DiagnosisMetric>(['new_users', 'active_traders', ...FUNNEL_METRICS]);

const optionsFor = (metric: DiagnosisMetric, settings: DetectSettings): ScoreOptions =>
  ({ ...DEFAULT_SCORE_OPTIONS, minHistory: settings.minHistory, mode: modeOf(metric), counts: COUNT_METRICS.has(metric) });

export const marketGrid = (points: readonly DailyMetricPoint[]): MetricGrid =>
  buildGrid(points, (p) => p.symbol, MARKET_METRICS.map((name): GridMetric<DailyMetricPoint> => ({ name, read: MARKET_READ[name] })));

export const funnelGrid = (points: readonly FunnelPoint[]): MetricGrid =>
  buildGrid(points, (p) => p.segment, FUNNEL_METRICS.map((name): GridMetric<FunnelPoint> => ({ name, read: FUNNEL_READ[name] })));

interface Range { readonly from: number; readonly to: number }

function rangeOf(grid: MetricGrid, settings: DetectSettings): Range {
  const from = settings.from === undefined ? 0 : Math.max(0, (parseIsoDate(settings.from) ?? grid.firstDay) - grid.firstDay);
  const to = settings.to === undefined ? grid.days - 1 : Math.min(grid.days - 1, (parseIsoDate(settings.to) ?? grid.firstDay + grid.days - 1) - grid.firstDay);
  return { from, to };
}

/** The expected value of `x` at t for contribution analysis: its baseline, else its mean of the week before, else 0. */
function driverExpectation(series: Float64Array, expected: number, t: number): number {
  if (!Number.isNaN(expected)) return expected;
  let sum = 0;
  let n = 0;
  for (let s = Math.max(0, t - 7); s < t; s++) {
    const v = series[s] ?? NaN;
    if (!Number.isNaN(v)) {
      sum += v;
      n += 1;
    }
  }
  return n > 0 ? sum / n : 0;
}

/** Shares of the total's change: keys whose own change has the total's sign, each over their sum, largest first. */
export function contributions(deltas: readonly { readonly key: string; readonly change: number }[], totalChange: number): Driver[] {
  const sign = Math.sign(totalChange);
  if (sign === 0) return [];
  const same = deltas.filter((d) => Math.sign(d.change) === sign);
  const sum = same.reduce((acc, d) => acc + d.change, 0);
  if (sum === 0) return [];
  return same.map((d) => ({ key: d.key, share: d.change / sum, change: d.change }))
    .sort((a, b) => b.share - a.share || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, MAX_DRIVERS);
}

const changeOf = (value: number, expected: number): number | null => (expected === 0 ? null : (value - expected) / Math.abs(expected));

interface Judged {
  readonly anomalies: DetectedAnomaly[];
  notJudged: number;
  judged: number;
}

/** Judges one metric of a grid: its total and (when asked) each key; drivers of the total from the keys. */
function judgeMetric(grid: MetricGrid, coverage: Coverage, metricIndex: number, metric: DiagnosisMetric, settings: DetectSettings, range: Range,
  stageOf: ((t: number, direction: number) => StageMove | undefined) | undefined, judged: Judged): void {
  const options = optionsFor(metric, settings);
  const keyScores = grid.keys.map((_, k) => scoreSeries(keySeries(grid, metricIndex, k), options));
  const total = totalSeries(grid, metricIndex, coverage);
  const totalScores = scoreSeries(total, options);
  for (let t = range.from; t <= range.to; t++) {
    const value = total[t] ?? NaN;
    const score = totalScores.score[t] ?? NaN;
    if (!Number.isNaN(value) && Number.isNaN(score)) judged.notJudged += 1;
    if (!Number.isNaN(score)) judged.judged += 1;
    if (!Number.isNaN(score) && Math.abs(score) >= settings.threshold) {
      const expected = totalScores.expected[t] ?? NaN;
      const deltas = grid.keys.flatMap((key, k) => {
        const series = keySeries(grid, metricIndex, k);
        const x = series[t] ?? NaN;
        if (Number.isNaN(x)) return [];
        return [{ key, change: x - driverExpectation(series, keyScores[k]?.expected[t] ?? NaN, t) }];
      });
      const stage = stageOf?.(t, Math.sign(score));
      judged.anomalies.push({
        date: dateOfColumn(grid, t), metric, value, expected, change: changeOf(value, expected), score,
        drivers: contributions(deltas, value - expected), ...(stage === undefined ? {} : { stage }),
      });
    }
    if (!settings.perKey) continue;
    grid.keys.forEach((key, k) => {
      const x = keySeries(grid, metricIndex, k)[t] ?? NaN;
      const s = keyScores[k]?.score[t] ?? NaN;
      if (!Number.isNaN(x) && Number.isNaN(s)) judged.notJudged += 1;
      if (!Number.isNaN(s)) judged.judged += 1;
      if (Number.isNaN(s) || Math.abs(s) < settings.threshold) return;
      const expected = keyScores[k]?.expected[t] ?? NaN;
      judged.anomalies.push({ date: dateOfColumn(grid, t), metric, key, value: x, expected, change: changeOf(x, expected), score: s, drivers: [] });
    });
  }
}

function coverageReport(grid: MetricGrid, coverage: Coverage, range: Range): Pick<Detection, 'gaps' | 'incomplete'> {
  const inRange = (day: number) => day >= range.from && day <= range.to;
  return {
    gaps: coverage.gaps.filter((g) => inRange(g.day)).map((g) => ({ date: dateOfColumn(grid, g.day), key: grid.keys[g.key] ?? '' })),
    incomplete: [...coverage.missingOn.entries()].filter(([day]) => inRange(day)).sort(([a], [b]) => a - b)
      .map(([day, keys]) => ({ date: dateOfColumn(grid, day), missing: keys.map((k) => grid.keys[k] ?? '') })),
  };
}

const METRIC_ORDER: ReadonlyMap<string, number> = new Map([...MARKET_METRICS, ...FUNNEL_METRICS].map((m, i) => [m, i]));

/** Date, then metric in column order, then the total before its keys (by key). */
export const byAnomalyOrder = (a: DetectedAnomaly, b: DetectedAnomaly): number =>
  (a.date !== b.date ? (a.date < b.date ? -1 : 1)
    : a.metric !== b.metric ? (METRIC_ORDER.get(a.metric) ?? 0) - (METRIC_ORDER.get(b.metric) ?? 0)
      : a.key === b.key ? 0 : a.key === undefined ? -1 : b.key === undefined ? 1 : a.key < b.key ? -1 : 1);

const wants = (settings: DetectSettings, metric: DiagnosisMetric): boolean => settings.metrics === undefined || settings.metrics.includes(metric);

/** Anomalies of the market series (totals over symbols and, when asked, per symbol); drivers are symbols. */
export function detectMarketAnomalies(points: readonly DailyMetricPoint[], settings: DetectSettings = DEFAULT_DETECT): Detection {
  const grid = marketGrid(points);
  const coverage = coverageOf(grid);
  const range = rangeOf(grid, settings);
  const judged: Judged = { anomalies: [], notJudged: 0, judged: 0 };
  MARKET_METRICS.forEach((metric, i) => {
    if (wants(settings, metric)) judgeMetric(grid, coverage, i, metric, settings, range, undefined, judged);
  });
  return {
    anomalies: judged.anomalies.sort(byAnomalyOrder), ...coverageReport(grid, coverage, range), notJudged: judged.notJudged, judged: judged.judged,
    first: grid.days === 0 ? null : dateOfColumn(grid, 0), last: grid.days === 0 ? null : dateOfColumn(grid, grid.days - 1),
  };
}

/** Conversion c_i = N_i / N_(i-1) per day of a stage's counts (NaN where either is missing or N_(i-1) is 0). */
function conversionSeries(upper: Float64Array, lower: Float64Array): Float64Array {
  const out = new Float64Array(upper.length);
  for (let t = 0; t < upper.length; t++) {
    const a = upper[t] ?? NaN;
    const b = lower[t] ?? NaN;
    out[t] = Number.isNaN(a) || Number.isNaN(b) || a <= 0 ? NaN : b / a;
  }
  return out;
}

/**
 * Anomalies of the funnel (totals over segments; drivers are segments); each carries the stage (at or above the
 * count judged) whose conversion moved most in the anomaly's direction, and the segment where it moved most.
 */
export function detectFunnelAnomalies(points: readonly FunnelPoint[], settings: DetectSettings = DEFAULT_DETECT): Detection {
  const grid = funnelGrid(points);
  const coverage = coverageOf(grid);
  const range = rangeOf(grid, settings);
  const convOptions: ScoreOptions = { ...DEFAULT_SCORE_OPTIONS, minHistory: settings.minHistory, mode: 'absolute' };
  const totals = FUNNEL_METRICS.map((_, i) => totalSeries(grid, i, coverage));
  const conversions = FUNNEL_METRICS.map((_, i) => (i === 0 ? undefined : conversionSeries(totals[i - 1] as Float64Array, totals[i] as Float64Array)));
  const conversionScores = conversions.map((c) => (c === undefined ? undefined : scoreSeries(c, convOptions)));
  const segmentScores = new Map<string, ReturnType<typeof scoreSeries>>();
  const segmentConversionScore = (stage: number, k: number) => {
    const id = `${stage.toString()}:${k.toString()}`;
    let s = segmentScores.get(id);
    if (s === undefined) {
      s = scoreSeries(conversionSeries(keySeries(grid, stage - 1, k), keySeries(grid, stage, k)), convOptions);
      segmentScores.set(id, s);
    }
    return s;
  };
  const judged: Judged = { anomalies: [], notJudged: 0, judged: 0 };
  FUNNEL_METRICS.forEach((metric, i) => {
    if (!wants(settings, metric)) return;
    const stageOf = (t: number, direction: number): StageMove | undefined => {
      let best: StageMove | undefined;
      for (let j = 1; j <= i; j++) {
        const scores = conversionScores[j];
        const score = scores?.score[t] ?? NaN;
        if (Number.isNaN(score) || Math.sign(score) !== direction || Math.abs(score) < settings.threshold) continue;
        if (best !== undefined && Math.abs(score) <= Math.abs(best.score)) continue;
        let segment: string | undefined;
        let segmentScore = 0;
        grid.keys.forEach((key, k) => {
          const s = segmentConversionScore(j, k).score[t] ?? NaN;
          if (!Number.isNaN(s) && Math.sign(s) === direction && Math.abs(s) > Math.abs(segmentScore)) {
            segment = key;
            segmentScore = s;
          }
        });
        best = {
          stage: FUNNEL_METRICS[j] ?? 'registered', conversion: conversions[j]?.[t] ?? NaN, expected: scores?.expected[t] ?? NaN, score,
          ...(segment === undefined ? {} : { segment }),
        };
      }
      return best;
    };
    judgeMetric(grid, coverage, i, metric, { ...settings, perKey: false }, range, stageOf, judged);
  });
  return {
    anomalies: judged.anomalies.sort(byAnomalyOrder), ...coverageReport(grid, coverage, range), notJudged: judged.notJudged, judged: judged.judged,
    first: grid.days === 0 ? null : dateOfColumn(grid, 0), last: grid.days === 0 ? null : dateOfColumn(grid, grid.days - 1),
  };
}
