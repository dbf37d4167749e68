// The anomalies tab's view model, computed without a DOM: the order anomalies are read in (newest day first, the
// total before its symbols, the strongest score first), the drivers as bars of their share of the total's change
// (a driver moving against the total drawn apart), which cause a candidate suggests, and the tuning form read.
import type { Anomaly, OutputOf } from '../../src/contract';
import type { Cause, DiagnosisMetric } from '../../src/domain/diagnosis/vocabulary';
import { shareWidth } from '../ui/charts/chart-model';
import type { ValueKind } from './format';

export type Anomalies = OutputOf<'diagnosis/anomalies'>;
export type Candidate = Anomaly['candidates'][number];

export interface AnomalyFilter {
  readonly metric: DiagnosisMetric | 'all';
  readonly totalsOnly: boolean;
}

/** The anomalies the filter keeps, newest day first, then totals before symbols, then by the size of the score. */
export function orderedAnomalies(anomalies: readonly Anomaly[], filter: AnomalyFilter): Anomaly[] {
  return anomalies
    .filter((a) => (filter.metric === 'all' || a.metric === filter.metric) && (!filter.totalsOnly || a.symbol === undefined))
    .sort((a, b) => b.date.localeCompare(a.date) || Number(a.symbol !== undefined) - Number(b.symbol !== undefined) || Math.abs(b.score) - Math.abs(a.score));
}

export interface DriverBar {
  readonly key: string;
  readonly kind: Anomaly['drivers'][number]['kind'];
  readonly share: number;
  /** Width of the bar, 0..100 (the share, clamped). */
  readonly percent: number;
  /** The driver moved the other way from the total. */
  readonly against: boolean;
}

/** The drivers as bars, largest share first. */
export function driverBars(anomaly: Pick<Anomaly, 'drivers' | 'direction'>): DriverBar[] {
  const sign = anomaly.direction === 'up' ? 1 : -1;
  return [...anomaly.drivers]
    .sort((a, b) => b.share - a.share)
    .map((driver) => ({
      key: driver.key, kind: driver.kind, share: driver.share,
      percent: shareWidth(driver.share),
      against: driver.change * sign < 0,
    }));
}

/** The cause a candidate points to, when its kind is one (a release may be anything, so it suggests none). */
export function causeOfCandidate(candidate: Pick<Candidate, 'kind'>): Cause | undefined {
  switch (candidate.kind) {
    case 'campaign': return 'campaign';
    case 'competitor': return 'competitor';
    case 'release': return undefined;
  }
}

export type TuningError = 'not-a-number' | 'out-of-range' | 'not-whole';
export type TuningReading =
  | { readonly ok: true; readonly threshold: number; readonly minHistory: number }
  | { readonly ok: false; readonly errors: Partial<Record<'threshold' | 'minHistory', TuningError>> };

/** The tuning form: a threshold of 1..20 and a minimum history of 7..365 whole days (the contract's bounds). */
export function readTuning(threshold: string, minHistory: string): TuningReading {
  const errors: Partial<Record<'threshold' | 'minHistory', TuningError>> = {};
  const t = Number(threshold.trim().replace(',', '.'));
  const m = Number(minHistory.trim());
  if (threshold.trim() === '' || !Number.isFinite(t)) errors.threshold = 'not-a-number';
  else if (t < 1 || t > 20) errors.threshold = 'out-of-range';
  if (minHistory.trim() === '' || !Number.isFinite(m)) errors.minHistory = 'not-a-number';
  else if (!Number.isInteger(m)) errors.minHistory = 'not-whole';
  else if (m < 7 || m > 365) errors.minHistory = 'out-of-range';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, threshold: t, minHistory: m };
}

/** Money for the `_usd` columns, a count for the rest (users, traders, funnel stages). */
export function metricKind(metric: DiagnosisMetric): ValueKind {
  return metric.endsWith('_usd') ? 'usd' : 'count';
}
