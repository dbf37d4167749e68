// Contract of the `metrics/*` keys: an import of one metric file, sent as validated aggregates only (never raw
// rows) in parts each within one KVS value, then committed whole: `beginImport` -> `putImportPart` x n ->
// `commitImport`. Parts of an import never committed expire unseen. Also the value schemas of the aggregates.
import { z } from 'zod';
import { METRIC_FORMATS, PARTICIPANT_GROUPS, REJECT_REASONS } from '../domain/metrics';
import { campaignId } from './campaign';
import { isoDate, isoInstant } from './values';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as PERP');
const amount = z.number();
const whole = z.number().int().min(0);
const name = z.string().min(1).max(128);

export const dailyMetricPointSchema = z.object({
  date: isoDate, symbol: z.string().min(1).max(40), volumeUsd: amount, openInterestUsd: amount, feeRevenueUsd: amount,
  rebatesUsd: amount, fundingPaidUsd: amount, newUsers: whole, activeTraders: whole,
});
export const funnelPointSchema = z.object({
  date: isoDate, segment: z.string().min(1).max(80), registered: whole, kyc: whole, deposited: whole, transferred: whole, firstTrade: whole, repeatTrade: whole,
});
export const participantFeaturesSchema = z.object({
  account: name, group: z.enum(PARTICIPANT_GROUPS), registeredAt: z.string().max(40), firstTradeAt: z.string().max(40).nullable(),
  volumeUsd: amount, feesUsd: amount, rewardsUsd: amount, netDepositUsd: amount, netDepositD30Usd: amount,
  deviceId: name, ipHash: name, withdrawalAddress: name,
});
export const accountTradeFeaturesSchema = z.object({
  account: name, trades: whole, notionalUsd: amount, selfMatchNotionalUsd: amount, symbols: whole, firstTs: z.string().max(40), lastTs: z.string().max(40),
});
export const pairFlowSchema = z.object({ a: name, b: name, trades: whole, grossUsd: amount, netUsd: amount });
export const tradeDailyPointSchema = z.object({ date: isoDate, symbol: z.string().min(1).max(40), notionalUsd: amount, trades: whole });
/** One account of the `accounts` import (the daily business diagnosis's segments and lifecycle). */
export const accountPointSchema = z.object({
  account: name, segment: z.string().min(1).max(80), region: z.string().min(1).max(80), channel: z.string().min(1).max(80),
  registeredAt: z.string().max(40), lastTradeAt: z.string().max(40).nullable(), volume30dUsd: amount, volumePrev30dUsd: amount,
  avgLeverage: amount, marginMode: z.enum(['cross', 'isolated']), longShare: z.number().min(0).max(1),
});
/** One row of a competitor snapshot: on `date`, `exchange` lists `symbol` with these fees for `tier` (fees as fractions: 0.0004 = 0.04%). */
export const competitorPointSchema = z.object({
  date: isoDate, exchange: z.string().min(1).max(80), symbol: z.string().min(1).max(40), tier: z.string().min(1).max(40),
  makerFee: z.number().min(-0.01).max(0.01), takerFee: z.number().min(-0.01).max(0.01), promotion: z.string().max(500),
});

/** One part of an import's aggregates; each fits one KVS value (the page sizes them, the server checks). */
export const importPartSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('daily-metrics'), points: z.array(dailyMetricPointSchema) }),
  z.object({ format: z.literal('funnel'), points: z.array(funnelPointSchema) }),
  z.object({ format: z.literal('participants'), accounts: z.array(participantFeaturesSchema) }),
  z.object({ format: z.literal('trades'), accounts: z.array(accountTradeFeaturesSchema), pairs: z.array(pairFlowSchema), daily: z.array(tradeDailyPointSchema) }),
  z.object({ format: z.literal('accounts'), accounts: z.array(accountPointSchema) }),
  z.object({ format: z.literal('competitors'), points: z.array(competitorPointSchema) }),
]);
export type ImportPart = z.infer<typeof importPartSchema>;

/** What the page counted while parsing: every data row accepted or refused (with its line and reason). */
export const importCountsSchema = z.object({
  rows: whole, accepted: whole, rejected: whole,
  /** The first refusals (line, reason), kept with the import record; the full list stays on the page and its CSV. */
  sample: z.array(z.object({ line: z.number().int().min(2), reason: z.enum(REJECT_REASONS) })).max(200),
}).refine((c) => c.accepted + c.rejected === c.rows, { error: 'accepted + rejected must equal rows', path: ['rows'] });

export const importRecordSchema = z.object({
  id: z.string(), campaignId: z.string(), format: z.enum(METRIC_FORMATS), fileName: z.string(), contentHash: z.string(),
  rows: whole, accepted: whole, rejected: whole, sample: z.array(z.object({ line: z.number().int(), reason: z.enum(REJECT_REASONS) })),
  /** Keys (date+symbol, date+segment, account) already there that this import replaced, and the new ones. */
  replaced: whole, added: whole, importedBy: z.string(), importedAt: isoInstant,
});
export type ImportRecordWire = z.infer<typeof importRecordSchema>;

/** Most parts an import may have: 2,000 x 200 KB = 400 MB of aggregates, far past any real file. */
export const MAX_IMPORT_PARTS = 2000;
/** Stored bytes of one part, under the 240 KiB KVS value limit. */
export const MAX_PART_BYTES = 200_000;

export const metricsBeginImport = {
  input: z.object({
    projectKey, campaignId, format: z.enum(METRIC_FORMATS), fileName: z.string().trim().min(1).max(255), contentHash: z.string().regex(/^[0-9a-f]{16}$/),
    counts: importCountsSchema, parts: z.number().int().min(0).max(MAX_IMPORT_PARTS),
  }).strict(),
  output: z.object({ importId: z.string(), sameFileAs: importRecordSchema.nullable() }),
};

export const metricsPutImportPart = {
  input: z.object({ importId: z.uuid(), index: z.number().int().min(0).max(MAX_IMPORT_PARTS - 1), part: importPartSchema }).strict(),
  output: z.object({ index: z.number().int() }),
};

export const metricsCommitImport = {
  input: z.object({ importId: z.uuid() }).strict(),
  output: z.object({ import: importRecordSchema }),
};
