// Contract of the `diagnosis/*` keys (issue 12): the daily business diagnosis macro. Business health (KPI tiles,
// waterfall, by symbol and segment), anomalies with drivers and candidate causes, the daily report (causes,
// comments, carried-over items, one Confluence page per day), segments and lifecycle lists, the competitor change
// log, the countermeasure calculator, the analyst's settings and the push webtrigger's token. Every key names the
// Jira project whose campaigns and releases are candidate causes and whose permissions decide who may see and change.
import { z } from 'zod';
import {
  CANDIDATE_KINDS, CAUSES, COMPETITOR_CHANGE_KINDS, COUNTERMEASURES, DIAGNOSIS_METRICS, DRIVER_KINDS, FUNNEL_METRICS,
  ITEM_STATES, KPI_KEYS, MARGIN_MODES, SEGMENT_LISTS,
} from '../domain/diagnosis/vocabulary';
import { CAMPAIGN_TYPES } from '../domain/campaign/campaign-record';
import { campaignId } from './campaign';
import { modelResultSchema } from './campaign-roi';
import { competitorPointSchema, importCountsSchema, importRecordSchema, MAX_IMPORT_PARTS } from './metrics';
import { isoDate, isoInstant } from './values';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as PERP');
const spaceKey = z.string().regex(/^[A-Za-z0-9~]{1,255}$/, 'expected a Confluence space key');
const locale = z.enum(['en-US', 'zh-CN']);
const kpiKey = z.enum(KPI_KEYS);
const metric = z.enum(DIAGNOSIS_METRICS, { error: `expected one of ${DIAGNOSIS_METRICS.join(', ')}` });

/** A change against an earlier day: `relative` is null when the earlier value is 0 or missing. */
export const changeSchema = z.object({ previous: z.number().nullable(), absolute: z.number().nullable(), relative: z.number().nullable() });

// ---- settings -------------------------------------------------------------------------------------------------

export const diagnosisSettingsSchema = z.object({
  /** Robust score at or above which a day is an anomaly. */
  threshold: z.number().min(1).max(20),
  /** Days of the same series before a day is judged. */
  minHistory: z.number().int().min(7).max(365),
  /** Days a competitor change or a release counts before an anomaly. */
  lookbackDays: z.number().int().min(0).max(60),
  whaleTopN: z.number().int().min(1).max(10_000),
  dormantDays: z.number().int().min(1).max(365),
  atRiskDropPercent: z.number().min(1).max(100),
  /** Where report pages go (null: not chosen yet; publishing then needs a space). */
  spaceKey: spaceKey.nullable(),
  /** What each campaign costs in all, spread evenly over its days in net revenue. */
  campaignCosts: z.array(z.object({ campaignId, totalUsd: z.number().min(0).max(1e12) }).strict()).max(200),
}).strict();
export type DiagnosisSettings = z.infer<typeof diagnosisSettingsSchema>;

export const diagnosisSettings = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ settings: diagnosisSettingsSchema, canEdit: z.boolean(), canAdminister: z.boolean(), revision: z.number().int().min(0) }),
};

export const diagnosisSaveSettings = {
  input: z.object({ projectKey, settings: diagnosisSettingsSchema, expectedRevision: z.number().int().min(0) }).strict(),
  output: z.object({ settings: diagnosisSettingsSchema, revision: z.number().int().min(1) }),
};

// ---- business health ------------------------------------------------------------------------------------------

export const kpiTileSchema = z.object({
  kpi: kpiKey,
  /** The day's value (null: no data that day). */
  value: z.number().nullable(),
  dod: changeSchema,
  wow: changeSchema,
  /** One point per day of the window, oldest first; null on a day without data. */
  sparkline: z.array(z.object({ date: isoDate, value: z.number().nullable() })),
  /** The day's total lacks a symbol that had data before. */
  incomplete: z.boolean(),
});

export const WATERFALL_STEPS = ['fees', 'rebates', 'funding', 'campaign-costs', 'net'] as const;
export const waterfallStepSchema = z.object({ step: z.enum(WATERFALL_STEPS), amountUsd: z.number() });

const breakdownCellSchema = z.object({ value: z.number().nullable(), dod: changeSchema, wow: changeSchema });

export const symbolBreakdownSchema = z.object({
  symbol: z.string(),
  /** No row for this symbol on the day. */
  missing: z.boolean(),
  kpis: z.record(kpiKey, breakdownCellSchema),
});

export const funnelStageRowSchema = z.object({
  stage: z.enum(FUNNEL_METRICS), count: z.number(),
  /** Share of the previous stage reaching this one (null for registration, or when the previous stage is 0). */
  conversion: z.number().nullable(),
  conversionDod: z.number().nullable(), conversionWow: z.number().nullable(),
});

export const segmentBreakdownSchema = z.object({
  segment: z.string(),
  /** The segment's funnel on the day (empty: no funnel rows for it). */
  funnel: z.array(funnelStageRowSchema),
  /** From the last `accounts` import (null when none). */
  accounts: z.object({ accounts: z.number().int(), volume30dUsd: z.number(), volumePrev30dUsd: z.number() }).nullable(),
});

export const incompleteDaySchema = z.object({ date: isoDate, missingSymbols: z.array(z.string()) });
export const gapSchema = z.object({ date: isoDate, symbol: z.string() });

export const diagnosisHealth = {
  input: z.object({
    projectKey,
    /** The day shown; absent: the latest day with data. */
    date: isoDate.optional(),
    /** Days of sparkline, ending on the day. */
    days: z.number().int().min(7).max(366).default(28),
  }).strict(),
  output: z.object({
    /** null: nothing imported yet (every other field is then empty). */
    date: isoDate.nullable(),
    latestDate: isoDate.nullable(),
    from: isoDate.nullable(),
    updatedAt: isoInstant.nullable(),
    tiles: z.array(kpiTileSchema),
    waterfall: z.array(waterfallStepSchema),
    bySymbol: z.array(symbolBreakdownSchema),
    bySegment: z.array(segmentBreakdownSchema),
    /** Days of the window whose totals lack a symbol. */
    incomplete: z.array(incompleteDaySchema),
    gaps: z.array(gapSchema),
    symbols: z.array(z.string()),
    segments: z.array(z.string()),
  }),
};

// ---- anomalies ------------------------------------------------------------------------------------------------

export const driverSchema = z.object({
  kind: z.enum(DRIVER_KINDS), key: z.string(),
  /** Share of the total's change this key explains (sum over drivers of the same sign is 1). */
  share: z.number(),
  change: z.number(),
});

export const candidateCauseSchema = z.object({
  kind: z.enum(CANDIDATE_KINDS),
  /** The campaign id, the Jira version id, or the change log entry's id. */
  id: z.string(),
  label: z.string(),
  /** Campaigns: their first and last day; releases: the release date; competitor changes: the day seen. */
  from: isoDate, to: isoDate,
  campaignType: z.enum(CAMPAIGN_TYPES).optional(),
  competitorChange: z.enum(COMPETITOR_CHANGE_KINDS).optional(),
  exchange: z.string().optional(),
  symbol: z.string().optional(),
});

export const causeRecordSchema = z.object({
  cause: z.enum(CAUSES), comment: z.string(), state: z.enum(ITEM_STATES), by: z.string(), at: isoInstant,
});

export const anomalySchema = z.object({
  /** Stable: `<date>|<metric>|<symbol or *>` (funnel anomalies: `<date>|<metric>|*`). */
  id: z.string(),
  date: isoDate,
  /** The CSV column name (`volume_usd`, `first_trade`, ...). */
  metric,
  /** Present for a per-symbol anomaly, absent for a total. */
  symbol: z.string().optional(),
  value: z.number(), expected: z.number(),
  /** (value - expected) / expected; null when expected is 0. */
  change: z.number().nullable(),
  score: z.number(),
  direction: z.enum(['up', 'down']),
  /** The day's total lacks a symbol. */
  incomplete: z.boolean(),
  drivers: z.array(driverSchema),
  /** For funnel data: the stage whose conversion moved most (by robust score). */
  stage: z.object({ stage: z.enum(FUNNEL_METRICS), conversion: z.number(), expected: z.number(), score: z.number(), segment: z.string().optional() }).optional(),
  candidates: z.array(candidateCauseSchema),
  /** What the analyst said (null: not yet). */
  cause: causeRecordSchema.nullable(),
});

export const diagnosisAnomalies = {
  input: z.object({
    projectKey,
    /** The days judged; absent: the 7 days ending on the latest day with data. */
    from: isoDate.optional(), to: isoDate.optional(),
    /** Overrides of the saved settings, to try a threshold before saving it. */
    threshold: z.number().min(1).max(20).optional(),
    minHistory: z.number().int().min(7).max(365).optional(),
    metrics: z.array(metric).max(DIAGNOSIS_METRICS.length).optional(),
    /** Per-symbol anomalies too (default true), not only totals. */
    perSymbol: z.boolean().default(true),
  }).strict().refine((i) => i.from === undefined || i.to === undefined || i.from <= i.to, { error: 'from must be on or before to', path: ['to'] })
    .refine((i) => i.from === undefined || i.to === undefined || Date.parse(i.to) - Date.parse(i.from) <= 366 * 86_400_000, { error: 'at most 366 days at once', path: ['from'] }),
  output: z.object({
    from: isoDate.nullable(), to: isoDate.nullable(),
    threshold: z.number(), minHistory: z.number().int(),
    anomalies: z.array(anomalySchema),
    gaps: z.array(gapSchema),
    incomplete: z.array(incompleteDaySchema),
    /** Series (metric x symbol) not judged on some day for lack of history. */
    notJudged: z.number().int(),
  }),
};

export const diagnosisSetCause = {
  input: z.object({
    projectKey, date: isoDate,
    /** An anomaly id, or the id of an item carried over into this day's report. */
    itemId: z.string().min(1).max(200),
    cause: z.enum(CAUSES, { error: `expected one of ${CAUSES.join(', ')}` }),
    comment: z.string().trim().max(4000),
    state: z.enum(ITEM_STATES).default('open'),
    /** The report's revision as read (0: none yet); someone saving first is a CONFLICT. */
    expectedRevision: z.number().int().min(0),
  }).strict(),
  output: z.object({ itemId: z.string(), cause: causeRecordSchema, revision: z.number().int().min(1) }),
};

// ---- the daily report -----------------------------------------------------------------------------------------

export const reportItemSchema = z.object({
  id: z.string(),
  /** The anomaly's date (for an item carried over: the day it was first reported). */
  since: isoDate,
  carried: z.boolean(),
  metric, symbol: z.string().optional(),
  value: z.number(), expected: z.number(), change: z.number().nullable(), score: z.number(), direction: z.enum(['up', 'down']),
  drivers: z.array(driverSchema),
  stage: anomalySchema.shape.stage,
  candidates: z.array(candidateCauseSchema),
  cause: z.enum(CAUSES), comment: z.string(), state: z.enum(ITEM_STATES),
  updatedBy: z.string().nullable(), updatedAt: isoInstant.nullable(),
});

export const publishedPageSchema = z.object({ pageId: z.string(), title: z.string(), url: z.string(), version: z.number().int(), at: isoInstant, locale });

export const diagnosisReport = {
  input: z.object({ projectKey, date: isoDate }).strict(),
  output: z.object({
    date: isoDate,
    /** The title the page gets (in the locale asked when published). */
    title: z.string(),
    tiles: z.array(kpiTileSchema),
    waterfall: z.array(waterfallStepSchema),
    items: z.array(reportItemSchema),
    gaps: z.array(gapSchema),
    incomplete: z.array(incompleteDaySchema),
    revision: z.number().int().min(0),
    published: publishedPageSchema.nullable(),
    canEdit: z.boolean(),
  }),
};

export const diagnosisPublishReport = {
  input: z.object({
    projectKey, date: isoDate, locale,
    /** Absent: the settings' space. */
    spaceKey: spaceKey.optional(),
    expectedRevision: z.number().int().min(0),
  }).strict(),
  output: publishedPageSchema.extend({ created: z.boolean() }),
};

// ---- segments and lifecycle -----------------------------------------------------------------------------------

const segmentSettingsInput = {
  whaleTopN: z.number().int().min(1).max(10_000).optional(),
  dormantDays: z.number().int().min(1).max(365).optional(),
  atRiskDropPercent: z.number().min(1).max(100).optional(),
  /** The day dormancy is counted to; absent: today. */
  asOf: isoDate.optional(),
};

export const segmentCountSchema = z.object({
  segment: z.string(), region: z.string(),
  accounts: z.number().int(), whales: z.number().int(), dormant: z.number().int(), atRisk: z.number().int(),
  volume30dUsd: z.number(), volumePrev30dUsd: z.number(),
});

export const segmentFunnelSchema = z.object({ segment: z.string(), from: isoDate, to: isoDate, stages: z.array(funnelStageRowSchema) });

export const diagnosisSegments = {
  input: z.object({ projectKey, ...segmentSettingsInput }).strict(),
  output: z.object({
    asOf: isoDate,
    whaleTopN: z.number().int(), dormantDays: z.number().int(), atRiskDropPercent: z.number(),
    /** The last `accounts` import (null: none yet). */
    imported: importRecordSchema.nullable(),
    totals: z.object({ accounts: z.number().int(), whales: z.number().int(), dormant: z.number().int(), atRisk: z.number().int(), whaleVolumeShare: z.number().nullable() }),
    counts: z.array(segmentCountSchema),
    /** Funnel conversion by segment over the 28 days ending on the latest funnel day. */
    funnel: z.array(segmentFunnelSchema),
  }),
};

export const segmentAccountSchema = z.object({
  account: z.string(), segment: z.string(), region: z.string(), channel: z.string(),
  registeredAt: z.string(), lastTradeAt: z.string().nullable(), daysSinceTrade: z.number().int().nullable(),
  volume30dUsd: z.number(), volumePrev30dUsd: z.number(), volumeChange: z.number().nullable(),
  avgLeverage: z.number(), marginMode: z.enum(MARGIN_MODES), longShare: z.number(),
});

/** Most accounts one list answer carries; `total` says how many the list has. */
export const MAX_LIST_ACCOUNTS = 20_000;

export const diagnosisSegmentList = {
  input: z.object({
    projectKey, list: z.enum(SEGMENT_LISTS, { error: `expected one of ${SEGMENT_LISTS.join(', ')}` }), ...segmentSettingsInput,
    segment: z.string().max(80).optional(), region: z.string().max(80).optional(),
  }).strict(),
  output: z.object({
    list: z.enum(SEGMENT_LISTS), asOf: isoDate, total: z.number().int(), truncated: z.boolean(), accounts: z.array(segmentAccountSchema),
    /** The list as CSV (header + one line per account), for a recall campaign. */
    csv: z.string(),
  }),
};

// ---- competitor watch -----------------------------------------------------------------------------------------

export const competitorChangeSchema = z.object({
  id: z.string(), date: isoDate, exchange: z.string(), kind: z.enum(COMPETITOR_CHANGE_KINDS),
  symbol: z.string(), tier: z.string().optional(),
  before: z.number().optional(), after: z.number().optional(), promotion: z.string().optional(),
});

export const diagnosisCompetitors = {
  input: z.object({ projectKey, from: isoDate.optional(), to: isoDate.optional() }).strict(),
  output: z.object({
    snapshots: z.array(z.object({ date: isoDate, exchange: z.string(), rows: z.number().int(), promotions: z.array(z.string()) })),
    changes: z.array(competitorChangeSchema),
    imports: z.array(importRecordSchema),
    canEdit: z.boolean(),
  }),
};

/** The form: one exchange's snapshot of one day, replacing any snapshot of that date and exchange. */
export const diagnosisSaveCompetitorSnapshot = {
  input: z.object({
    projectKey, date: isoDate, exchange: z.string().trim().min(1).max(80),
    rows: z.array(competitorPointSchema.omit({ date: true, exchange: true }).strict()).min(1).max(2000),
  }).strict(),
  output: z.object({ date: isoDate, exchange: z.string(), rows: z.number().int(), changes: z.array(competitorChangeSchema) }),
};

// ---- imports of the diagnosis formats -------------------------------------------------------------------------

export const DIAGNOSIS_IMPORT_FORMATS = ['daily-metrics', 'funnel', 'accounts', 'competitors'] as const;

/** Begins an import of a site-wide file (no campaign); its parts go through `metrics/putImportPart` and `metrics/commitImport`. */
export const diagnosisBeginImport = {
  input: z.object({
    projectKey, format: z.enum(DIAGNOSIS_IMPORT_FORMATS), fileName: z.string().trim().min(1).max(255), contentHash: z.string().regex(/^[0-9a-f]{16}$/),
    counts: importCountsSchema, parts: z.number().int().min(0).max(MAX_IMPORT_PARTS),
  }).strict(),
  output: z.object({ importId: z.string(), sameFileAs: importRecordSchema.nullable() }),
};

// ---- countermeasure calculator --------------------------------------------------------------------------------

export const diagnosisCountermeasure = {
  input: z.object({
    projectKey,
    measure: z.enum(COUNTERMEASURES),
    /** The volume at risk comes from this anomaly (its shortfall per day) unless given below. */
    anomalyId: z.string().max(200).optional(),
    volumeAtRiskDailyUsd: z.number().min(0).max(1e13).optional(),
    durationDays: z.number().int().min(1).max(180),
    fees: z.object({ maker: z.number().min(-0.01).max(0.01), taker: z.number().min(0).max(0.01), makerShare: z.number().min(0).max(1) }).strict(),
    /** fee-waiver: the share of the taker fee waived; targeted-subsidy: the subsidy per $1 of the targeted volume. */
    rate: z.number().min(0).max(1),
    /** The baseline volume the waiver or subsidy is also paid on (absent: the symbol's or total's expected daily volume). */
    coveredDailyVolumeUsd: z.number().min(0).max(1e13).optional(),
    fixedCostUsd: z.number().min(0).max(1e12).default(0),
    /** Share of the volume at risk the measure wins back, per scenario. */
    recovery: z.object({ low: z.number().min(0).max(1), base: z.number().min(0).max(1), high: z.number().min(0).max(1) }).strict(),
  }).strict().refine((i) => i.anomalyId !== undefined || i.volumeAtRiskDailyUsd !== undefined, { error: 'name an anomaly or give the volume at risk', path: ['volumeAtRiskDailyUsd'] }),
  output: z.object({
    volumeAtRiskDailyUsd: z.number(), coveredDailyVolumeUsd: z.number(),
    model: modelResultSchema,
    /** The subsidy or waiver per $1 of volume against 2 x taker fee: above it, wash trading pays. */
    rewardPerDollar: z.number(), washTradingPays: z.boolean(),
  }),
};

// ---- the push webtrigger's token ------------------------------------------------------------------------------

export const diagnosisPushToken = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ exists: z.boolean(), createdAt: isoInstant.nullable(), url: z.string().nullable() }),
};

/** A new Bearer token for `metrics-push` (project administrators only); the text is answered this once. */
export const diagnosisRotatePushToken = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ token: z.string(), createdAt: isoInstant, url: z.string().nullable() }),
};

export type Anomaly = z.infer<typeof anomalySchema>;
export type ReportItem = z.infer<typeof reportItemSchema>;
export type CompetitorChange = z.infer<typeof competitorChangeSchema>;
