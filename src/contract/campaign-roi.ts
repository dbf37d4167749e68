// Contract of the campaign ROI keys (`campaign/roi`, `campaign/overrideFlag`): the pre-launch model and the
// post-campaign audit of one campaign record (the same record as the gate's calendar), from the imported metrics.
// The model input is the CLI's model file (issue 11, a contract); the audit settings come from the macro config.
import { z } from 'zod';
import { ABUSE_REASONS, FUNNEL_STAGES, SENSITIVITY_INPUTS, VERDICTS } from '../domain/campaign';
import { campaignId, campaignSchema } from './campaign';
import { importRecordSchema } from './metrics';
import { isoDate, isoInstant } from './values';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as PERP');
const rate = z.number().min(0).max(1);
const usd = z.number().min(0).max(1e13);

/** The model file of `launch-control campaign model` and the model part of the macro config. */
export const modelInputSchema = z.object({
  durationDays: z.number().int().min(1).max(366),
  fees: z.object({ maker: z.number().min(-0.01).max(0.01), taker: z.number().min(0).max(0.01), makerShare: rate }).strict(),
  costs: z.object({ fixed: usd, rebateRate: rate, referralRate: rate }).strict(),
  baselineDailyVolume: usd,
  scenarios: z.array(z.object({ name: z.string().trim().min(1).max(40), dailyLift: usd }).strict()).min(1).max(10),
}).strict();

export const auditSettingsSchema = z.object({
  expectedTreatmentShare: z.number().gt(0).lt(1),
  fixedCostUsd: usd,
  baseline: z.object({ start: isoDate, end: isoDate }).strict().nullable(),
  segments: z.object({ treatment: z.string().min(1).max(80), control: z.string().min(1).max(80) }).strict(),
}).strict();

const scenarioSchema = z.object({
  name: z.string(), incrementalVolume: z.number(), incrementalRevenue: z.number(), cost: z.number(), incrementalNet: z.number(),
  roi: z.number().nullable(), breakEvenDay: z.number().int().nullable(), burn: z.array(z.number()),
});

export const modelResultSchema = z.object({
  netFeeRate: z.number(), variableCostRate: z.number(), breakEvenDailyLift: z.number().nullable(), scenarios: z.array(scenarioSchema), verdict: z.enum(VERDICTS),
});

const meanDifferenceSchema = z.object({ treatmentMean: z.number(), controlMean: z.number(), difference: z.number(), low: z.number(), high: z.number(), relative: z.number().nullable() }).nullable();
const srmSchema = z.object({ treatment: z.number(), control: z.number(), expectedTreatmentShare: z.number(), chiSquare: z.number(), pValue: z.number(), mismatch: z.boolean() });
const overrideSchema = z.object({ account: z.string(), verdict: z.enum(['genuine', 'abuse']), reason: z.string(), by: z.string(), at: isoInstant });

export const auditResultSchema = z.object({
  lift: z.discriminatedUnion('method', [
    z.object({ method: z.literal('control'), srm: srmSchema, volume: meanDifferenceSchema, firstTradeRate: meanDifferenceSchema }),
    z.object({ method: z.literal('broken-split'), srm: srmSchema }),
    z.object({ method: z.literal('difference-in-differences'), firstTradesPerDay: z.number(), treatmentPre: z.number(), treatmentPost: z.number(), controlPre: z.number(), controlPost: z.number() }),
    z.object({ method: z.literal('none'), why: z.literal('no-control-no-baseline') }),
  ]),
  flagged: z.array(z.object({
    account: z.string(), reasons: z.array(z.enum(ABUSE_REASONS)), abuse: z.boolean(), override: overrideSchema.nullable(),
    evidence: z.array(z.object({ reason: z.enum(ABUSE_REASONS), detail: z.string(), amountUsd: z.number().exactOptional(), cluster: z.number().exactOptional() })),
  })),
  /** Flagged accounts in all (the list above is cut at FLAGGED_SHOWN). */
  flaggedTotal: z.number().int(),
  clusters: z.array(z.object({ id: z.number(), kind: z.enum(['identity', 'loop']), accounts: z.array(z.string()), via: z.array(z.string()), grossUsd: z.number().exactOptional() })),
  summary: z.object({
    genuineFirstTraders: z.number(), firstTraders: z.number(), baselineConversions: z.number(), washVolumeShare: z.number().nullable(), costUsd: z.number(),
    naiveCac: z.number().nullable(), trueCac: z.number().nullable(), capitalRetentionD30: z.number().nullable(),
  }),
  funnel: z.array(z.object({ stage: z.enum(FUNNEL_STAGES), treatment: z.number(), control: z.number(), treatmentConversion: z.number().nullable(), controlConversion: z.number().nullable() })),
  participants: z.number().int(),
  tradesImported: z.boolean(),
});

export const FLAGGED_SHOWN = 500;

export const campaignRoi = {
  input: z.object({ projectKey, campaignId, model: modelInputSchema, audit: auditSettingsSchema }).strict(),
  output: z.object({
    campaign: campaignSchema,
    model: modelResultSchema,
    sensitivity: z.array(z.object({ input: z.enum(SENSITIVITY_INPUTS), low: z.number().nullable(), high: z.number().nullable() })),
    reward: z.object({ perDollar: z.number().nullable(), washTradingPays: z.boolean() }),
    /** Mean daily volume of the imported daily metrics in the baseline window (or the 28 days before the start); null: none imported. */
    suggestedBaselineDailyVolume: z.number().nullable(),
    /** null until participants are imported for this campaign. */
    audit: auditResultSchema.nullable(),
    imports: z.array(importRecordSchema),
    canEdit: z.boolean(),
  }),
};

export const campaignOverrideFlag = {
  input: z.object({
    projectKey, campaignId, account: z.string().min(1).max(128),
    /** null: forget the override, the heuristics decide again. */
    verdict: z.enum(['genuine', 'abuse']).nullable(),
    reason: z.string().trim().max(500),
  }).strict().refine((o) => o.verdict === null || o.reason.length > 0, { error: 'say why the flag is overridden', path: ['reason'] }),
  output: z.object({ overrides: z.array(overrideSchema) }),
};
