// The closed vocabularies of the daily business diagnosis (issue 12): the KPIs, the metric columns judged for
// anomalies (the import formats' own column names, a CLI contract), the causes an analyst picks, the segment
// lists, the competitor change kinds and the countermeasures. The contract and the screens reuse these.

/** The KPI tiles, in the order the macro shows them. Net revenue = fees - rebates - funding paid - campaign costs. */
export const KPI_KEYS = [
  'volumeUsd', 'openInterestUsd', 'feeRevenueUsd', 'rebatesUsd', 'fundingPaidUsd', 'netRevenueUsd', 'newUsers', 'activeTraders',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** The `daily-metrics` columns judged for anomalies, by their CSV names. */
export const MARKET_METRICS = [
  'volume_usd', 'open_interest_usd', 'fee_revenue_usd', 'rebates_usd', 'funding_paid_usd', 'new_users', 'active_traders',
] as const;
export type MarketMetric = (typeof MARKET_METRICS)[number];

/** The `funnel` columns judged for anomalies (counts per stage), by their CSV names. */
export const FUNNEL_METRICS = ['registered', 'kyc', 'deposited', 'transferred', 'first_trade', 'repeat_trade'] as const;
export type FunnelMetric = (typeof FUNNEL_METRICS)[number];

export const DIAGNOSIS_METRICS = [...MARKET_METRICS, ...FUNNEL_METRICS] as const;
export type DiagnosisMetric = MarketMetric | FunnelMetric;

/** The cause an analyst gives an anomaly in the daily report. */
export const CAUSES = ['market', 'risk-control', 'competitor', 'campaign', 'data-issue', 'unknown'] as const;
export type Cause = (typeof CAUSES)[number];

/** Where a driver of an anomaly comes from. */
export const DRIVER_KINDS = ['symbol', 'segment'] as const;
export type DriverKind = (typeof DRIVER_KINDS)[number];

/** What kind of event a candidate cause is. */
export const CANDIDATE_KINDS = ['campaign', 'release', 'competitor'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** The lists of the segments view (each exportable as CSV for a recall campaign). */
export const SEGMENT_LISTS = ['whales', 'dormant', 'at-risk'] as const;
export type SegmentList = (typeof SEGMENT_LISTS)[number];

export const MARGIN_MODES = ['cross', 'isolated'] as const;
export type MarginMode = (typeof MARGIN_MODES)[number];

/** One entry of the competitor change log. */
export const COMPETITOR_CHANGE_KINDS = [
  'listed', 'delisted', 'maker-fee-cut', 'maker-fee-raised', 'taker-fee-cut', 'taker-fee-raised', 'promotion-started', 'promotion-ended',
] as const;
export type CompetitorChangeKind = (typeof COMPETITOR_CHANGE_KINDS)[number];

/** The countermeasures the calculator prices with the campaign model. */
export const COUNTERMEASURES = ['fee-waiver', 'targeted-subsidy'] as const;
export type Countermeasure = (typeof COUNTERMEASURES)[number];

/** The state of a report item: open items are carried over to the next day's report until closed. */
export const ITEM_STATES = ['open', 'closed'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** Defaults of the analyst's settings. */
export const DEFAULT_SETTINGS = {
  /** Robust z-score (|residual - median| / (1.4826 x MAD)) at or above which a day is an anomaly. */
  threshold: 3.5,
  /** Days of history (same series, before the day judged) needed before a day is judged at all. */
  minHistory: 21,
  /** Days of history the baseline looks back over. */
  window: 56,
  /** Days before an anomaly in which a competitor change or a release counts as a candidate cause. */
  lookbackDays: 7,
  whaleTopN: 50,
  dormantDays: 30,
  atRiskDropPercent: 50,
} as const;
