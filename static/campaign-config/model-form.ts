// The model inputs as the config screen's form holds them (text, fees and rates in basis points, money in USD)
// and their reading into the model and audit settings the macro sends to `campaign/roi`, checked by the same
// schemas as the server, with the field at fault named. Pure, so it is tested without a browser.
import { auditSettingsSchema, modelInputSchema } from '../../src/contract/campaign-roi';
import type { z } from 'zod';

export const MODEL_FIELDS = [
  'durationDays', 'makerBps', 'takerBps', 'makerSharePct', 'prizePool', 'tokens', 'tokenPrice', 'ops',
  'rebateBps', 'referralBps', 'baselineDailyVolume', 'lowLift', 'baseLift', 'highLift', 'treatmentSharePct',
  'baselineStart', 'baselineEnd',
] as const;
/** The baseline window of the audit (difference-in-differences when there is no control): dates, both or neither. */
export const DATE_FIELDS = ['baselineStart', 'baselineEnd'] as const satisfies readonly ModelField[];
const isDateField = (field: ModelField): boolean => (DATE_FIELDS as readonly string[]).includes(field);
export type ModelField = (typeof MODEL_FIELDS)[number];
export type ModelForm = Readonly<Record<ModelField, string>>;

export type ModelInputWire = z.infer<typeof modelInputSchema>;
export type AuditSettingsWire = z.infer<typeof auditSettingsSchema>;

export type FormReading =
  | { readonly ok: true; readonly model: ModelInputWire; readonly audit: AuditSettingsWire }
  | { readonly ok: false; readonly errors: Partial<Record<ModelField, 'not-a-number' | 'out-of-range' | 'not-a-window'>> };

/** The days from `start` to `end`, both included. */
export function campaignDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

const dayBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A blank form for a campaign of `days` days: only what follows from the campaign itself is filled in, and with its
 * `start`, the baseline window of the 28 days before it (the window the imported baseline volume is read from).
 */
export function blankForm(days: number, start?: string): ModelForm {
  const form = Object.fromEntries(MODEL_FIELDS.map((field) => [field, ''])) as Record<ModelField, string>;
  form.durationDays = String(days);
  if (start !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(start)) {
    form.baselineStart = dayBefore(start, 28);
    form.baselineEnd = dayBefore(start, 1);
  }
  form.tokens = '0';
  form.tokenPrice = '0';
  return form;
}

const BPS = 1e-4;

/** Reads the form; every field that is not a number, or is out of the schema's range, is named. */
export function readModelForm(form: ModelForm): FormReading {
  const errors: Partial<Record<ModelField, 'not-a-number' | 'out-of-range' | 'not-a-window'>> = {};
  const num = (field: ModelField): number => {
    const text = form[field].trim().replace(/,/g, '');
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) errors[field] = 'not-a-number';
    return value;
  };
  const values = Object.fromEntries(MODEL_FIELDS.filter((field) => !isDateField(field)).map((field) => [field, num(field)])) as Record<ModelField, number>;
  const from = form.baselineStart.trim();
  const to = form.baselineEnd.trim();
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  let baseline: { start: string; end: string } | null = null;
  if (from !== '' || to !== '') {
    if (!iso.test(from)) errors.baselineStart = 'not-a-window';
    else if (!iso.test(to) || to < from) errors.baselineEnd = 'not-a-window';
    else baseline = { start: from, end: to };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fixed = values.prizePool + values.tokens * values.tokenPrice + values.ops;
  const model = {
    durationDays: values.durationDays,
    fees: { maker: values.makerBps * BPS, taker: values.takerBps * BPS, makerShare: values.makerSharePct / 100 },
    costs: { fixed, rebateRate: values.rebateBps * BPS, referralRate: values.referralBps * BPS },
    baselineDailyVolume: values.baselineDailyVolume,
    scenarios: [{ name: 'low', dailyLift: values.lowLift }, { name: 'base', dailyLift: values.baseLift }, { name: 'high', dailyLift: values.highLift }],
  };
  const audit = { expectedTreatmentShare: values.treatmentSharePct / 100, fixedCostUsd: fixed, baseline, segments: { treatment: 'treatment', control: 'control' } };
  const parsedModel = modelInputSchema.safeParse(model);
  const parsedAudit = auditSettingsSchema.safeParse(audit);
  if (parsedModel.success && parsedAudit.success) return { ok: true, model: parsedModel.data, audit: parsedAudit.data };
  const at: Readonly<Record<string, ModelField>> = {
    durationDays: 'durationDays', 'fees.maker': 'makerBps', 'fees.taker': 'takerBps', 'fees.makerShare': 'makerSharePct', 'costs.fixed': 'prizePool',
    'costs.rebateRate': 'rebateBps', 'costs.referralRate': 'referralBps', baselineDailyVolume: 'baselineDailyVolume',
    'scenarios.0.dailyLift': 'lowLift', 'scenarios.1.dailyLift': 'baseLift', 'scenarios.2.dailyLift': 'highLift',
    expectedTreatmentShare: 'treatmentSharePct', fixedCostUsd: 'prizePool', 'baseline.start': 'baselineStart', 'baseline.end': 'baselineEnd',
  };
  for (const issue of [...(parsedModel.error?.issues ?? []), ...(parsedAudit.error?.issues ?? [])]) {
    const field = at[issue.path.join('.')];
    if (field !== undefined) errors[field] = 'out-of-range';
  }
  if (Object.keys(errors).length === 0) errors.durationDays = 'out-of-range';
  return { ok: false, errors };
}
