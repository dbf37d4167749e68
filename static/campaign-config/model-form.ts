// The model inputs as the config screen's form holds them (text, fees and rates in basis points, money in USD)
// and their reading into the model and audit settings the macro sends to `campaign/roi`, checked by the same
// schemas as the server, with the field at fault named. Pure, so it is tested without a browser.
import { auditSettingsSchema, modelInputSchema } from '../../src/contract/campaign-roi';
import type { z } from 'zod';

export const MODEL_FIELDS = [
  'durationDays', 'makerBps', 'takerBps', 'makerSharePct', 'prizePool', 'tokens', 'tokenPrice', 'ops',
  'rebateBps', 'referralBps', 'baselineDailyVolume', 'lowLift', 'baseLift', 'highLift', 'treatmentSharePct',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];
export type ModelForm = Readonly<Record<ModelField, string>>;

export type ModelInputWire = z.infer<typeof modelInputSchema>;
export type AuditSettingsWire = z.infer<typeof auditSettingsSchema>;

export type FormReading =
  | { readonly ok: true; readonly model: ModelInputWire; readonly audit: AuditSettingsWire }
  | { readonly ok: false; readonly errors: Partial<Record<ModelField, 'not-a-number' | 'out-of-range'>> };

/** The days from `start` to `end`, both included. */
export function campaignDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A blank form for a campaign of `days` days: only what follows from the campaign itself is filled in. */
export function blankForm(days: number): ModelForm {
  const form = Object.fromEntries(MODEL_FIELDS.map((field) => [field, ''])) as Record<ModelField, string>;
  form.durationDays = String(days);
  form.tokens = '0';
  form.tokenPrice = '0';
  return form;
}

const BPS = 1e-4;

/** Reads the form; every field that is not a number, or is out of the schema's range, is named. */
export function readModelForm(form: ModelForm): FormReading {
  const errors: Partial<Record<ModelField, 'not-a-number' | 'out-of-range'>> = {};
  const num = (field: ModelField): number => {
    const text = form[field].trim().replace(/,/g, '');
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) errors[field] = 'not-a-number';
    return value;
  };
  const values = Object.fromEntries(MODEL_FIELDS.map((field) => [field, num(field)])) as Record<ModelField, number>;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fixed = values.prizePool + values.tokens * values.tokenPrice + values.ops;
  const model = {
    durationDays: values.durationDays,
    fees: { maker: values.makerBps * BPS, taker: values.takerBps * BPS, makerShare: values.makerSharePct / 100 },
    costs: { fixed, rebateRate: values.rebateBps * BPS, referralRate: values.referralBps * BPS },
    baselineDailyVolume: values.baselineDailyVolume,
    scenarios: [{ name: 'low', dailyLift: values.lowLift }, { name: 'base', dailyLift: values.baseLift }, { name: 'high', dailyLift: values.highLift }],
  };
  const audit = { expectedTreatmentShare: values.treatmentSharePct / 100, fixedCostUsd: fixed, baseline: null, segments: { treatment: 'treatment', control: 'control' } };
  const parsedModel = modelInputSchema.safeParse(model);
  const parsedAudit = auditSettingsSchema.safeParse(audit);
  if (parsedModel.success && parsedAudit.success) return { ok: true, model: parsedModel.data, audit: parsedAudit.data };
  const at: Readonly<Record<string, ModelField>> = {
    durationDays: 'durationDays', 'fees.maker': 'makerBps', 'fees.taker': 'takerBps', 'fees.makerShare': 'makerSharePct', 'costs.fixed': 'prizePool',
    'costs.rebateRate': 'rebateBps', 'costs.referralRate': 'referralBps', baselineDailyVolume: 'baselineDailyVolume',
    'scenarios.0.dailyLift': 'lowLift', 'scenarios.1.dailyLift': 'baseLift', 'scenarios.2.dailyLift': 'highLift',
    expectedTreatmentShare: 'treatmentSharePct', fixedCostUsd: 'prizePool',
  };
  for (const issue of [...(parsedModel.error?.issues ?? []), ...(parsedAudit.error?.issues ?? [])]) {
    const field = at[issue.path.join('.')];
    if (field !== undefined) errors[field] = 'out-of-range';
  }
  if (Object.keys(errors).length === 0) errors.durationDays = 'out-of-range';
  return { ok: false, errors };
}
