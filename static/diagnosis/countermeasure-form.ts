// The countermeasure calculator's form read into the call's input: fees in basis points, shares and rates in
// percent, the volume at risk from an anomaly or typed, the recovery of each scenario; every bad field named.
import type { InputOf } from '../../src/contract';
import type { Countermeasure } from '../../src/domain/diagnosis/vocabulary';

export const COUNTERMEASURE_FIELDS = [
  'volumeAtRisk', 'durationDays', 'makerBps', 'takerBps', 'makerSharePct', 'ratePct', 'coveredVolume', 'fixedCost', 'lowPct', 'basePct', 'highPct',
] as const;
export type CountermeasureField = (typeof COUNTERMEASURE_FIELDS)[number];
export type CountermeasureDraft = Readonly<Record<CountermeasureField, string>> & { readonly measure: Countermeasure; readonly anomalyId: string };
export type FormError = 'not-a-number' | 'out-of-range' | 'not-whole' | 'required';
export type CountermeasureInput = Omit<InputOf<'diagnosis/countermeasure'>, 'projectKey'>;

export const defaultCountermeasure = (anomalyId = ''): CountermeasureDraft => ({
  measure: 'fee-waiver', anomalyId, volumeAtRisk: '', durationDays: '14', makerBps: '2', takerBps: '5', makerSharePct: '40', ratePct: '50',
  coveredVolume: '', fixedCost: '0', lowPct: '20', basePct: '50', highPct: '80',
});

export function readCountermeasure(draft: CountermeasureDraft):
  | { readonly ok: true; readonly input: CountermeasureInput }
  | { readonly ok: false; readonly errors: Partial<Record<CountermeasureField, FormError>> } {
  const errors: Partial<Record<CountermeasureField, FormError>> = {};
  const num = (field: CountermeasureField, min: number, max: number, optional = false, whole = false): number | undefined => {
    const text = draft[field].trim().replace(/,/g, '');
    if (text === '') { if (!optional) errors[field] = 'required'; return undefined; }
    const value = Number(text);
    if (!Number.isFinite(value)) { errors[field] = 'not-a-number'; return undefined; }
    if (whole && !Number.isInteger(value)) { errors[field] = 'not-whole'; return undefined; }
    if (value < min || value > max) { errors[field] = 'out-of-range'; return undefined; }
    return value;
  };
  const anomaly = draft.anomalyId === '' ? undefined : draft.anomalyId;
  const volumeAtRisk = num('volumeAtRisk', 0, 1e13, anomaly !== undefined);
  const durationDays = num('durationDays', 1, 180, false, true);
  const maker = num('makerBps', -100, 100);
  const taker = num('takerBps', 0, 100);
  const makerShare = num('makerSharePct', 0, 100);
  const rate = num('ratePct', 0, 100);
  const covered = num('coveredVolume', 0, 1e13, true);
  const fixed = num('fixedCost', 0, 1e12, true);
  const low = num('lowPct', 0, 100);
  const base = num('basePct', 0, 100);
  const high = num('highPct', 0, 100);
  if (Object.keys(errors).length > 0 || durationDays === undefined || maker === undefined || taker === undefined || makerShare === undefined
    || rate === undefined || low === undefined || base === undefined || high === undefined) return { ok: false, errors };
  return {
    ok: true,
    input: {
      measure: draft.measure, ...(anomaly === undefined ? {} : { anomalyId: anomaly }), ...(volumeAtRisk === undefined ? {} : { volumeAtRiskDailyUsd: volumeAtRisk }),
      durationDays, fees: { maker: maker / 10_000, taker: taker / 10_000, makerShare: makerShare / 100 }, rate: rate / 100,
      ...(covered === undefined ? {} : { coveredDailyVolumeUsd: covered }), fixedCostUsd: fixed ?? 0,
      recovery: { low: low / 100, base: base / 100, high: high / 100 },
    },
  };
}
