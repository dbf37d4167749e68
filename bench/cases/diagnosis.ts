// `diagnose-1y`: the market anomaly detection (totals and per symbol, every metric, with drivers) over a year of
// daily metrics for 300 symbols (the 7 numeric daily-metrics columns; the 8th KPI, net revenue, is derived), against one pass reading the same series (every value of every
// point summed). Also timed: half a year, to print how the cost grows with days (near-linear: ~2x for 2x days).
import { detectMarketAnomalies } from '../../src/domain/diagnosis/detect';
import type { DailyMetricPoint } from '../../src/domain/metrics';
import { formatIsoDate, parseIsoDate } from '../../src/domain/schedule';
import type { BenchCase } from '../harness';
import { mulberry32 } from '../../src/domain/random';

const SYMBOLS = 300;

function yearOfMetrics(days: number): DailyMetricPoint[] {
  const random = mulberry32(12);
  const first = parseIsoDate('2025-12-01') ?? 0;
  const points: DailyMetricPoint[] = [];
  for (let d = 0; d < days; d++) {
    const weekend = (first + d + 3) % 7 >= 5 ? 0.7 : 1;
    for (let s = 0; s < SYMBOLS; s++) {
      const size = 1e9 / (s + 1);
      const n = () => 1 + 0.05 * (random() - 0.5);
      const volume = size * weekend * n();
      points.push({
        date: formatIsoDate(first + d), symbol: `SYM${s.toString().padStart(3, '0')}USDT`, volumeUsd: volume, openInterestUsd: size * 0.4 * n(),
        feeRevenueUsd: volume * 0.0004 * n(), rebatesUsd: volume * 0.00008 * n(), fundingPaidUsd: size * 1e-4 * (random() - 0.5),
        newUsers: Math.round(5000 / (s + 1) * n()), activeTraders: Math.round(50_000 / (s + 1) * weekend * n()),
      });
    }
  }
  return points;
}

function readOnce(points: readonly DailyMetricPoint[]): number {
  let sum = 0;
  for (const p of points) sum += p.volumeUsd + p.openInterestUsd + p.feeRevenueUsd + p.rebatesUsd + p.fundingPaidUsd + p.newUsers + p.activeTraders + p.date.length;
  return sum;
}

function prepareYear() {
  const year = yearOfMetrics(365);
  const half = year.slice(0, Math.floor(year.length / 2));
  let anomalies = 0;
  let halfMs = 0;
  let yearMs = 0;
  return {
    subject: () => {
      const started = performance.now();
      const found = detectMarketAnomalies(year, { threshold: 3.5, minHistory: 28, perKey: true });
      yearMs = performance.now() - started;
      anomalies = found.anomalies.length;
      return found;
    },
    baseline: () => readOnce(year),
    figures: () => {
      const started = performance.now();
      detectMarketAnomalies(half, { threshold: 3.5, minHistory: 28, perKey: true });
      halfMs = performance.now() - started;
      return { days: 365, symbols: SYMBOLS, metrics_judged: 7, series_days: 365 * SYMBOLS * 7, anomalies, year_over_half_year: Number((yearMs / halfMs).toFixed(2)) };
    },
  };
}

export const diagnosisCases: readonly BenchCase[] = [{ name: 'diagnose-1y', prepare: prepareYear, warmups: 1, runs: 5 }];
