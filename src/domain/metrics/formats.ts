// The metric import formats (issue 11, a contract; `accounts` and `competitors` from issue 12): their columns, and
// the reasons a data row is refused.
// Header names match case-insensitively in any order; extra columns are kept in the report and ignored.

export const METRIC_FORMATS = ['daily-metrics', 'funnel', 'participants', 'trades', 'accounts', 'competitors'] as const;
export type MetricFormat = (typeof METRIC_FORMATS)[number];

export const FORMAT_COLUMNS = {
  'daily-metrics': ['date', 'symbol', 'volume_usd', 'open_interest_usd', 'fee_revenue_usd', 'rebates_usd', 'funding_paid_usd', 'new_users', 'active_traders'],
  funnel: ['date', 'segment', 'registered', 'kyc', 'deposited', 'transferred', 'first_trade', 'repeat_trade'],
  participants: ['account_id', 'group', 'registered_at', 'first_trade_at', 'volume_usd', 'fees_usd', 'rewards_usd', 'net_deposit_usd', 'net_deposit_d30_usd', 'device_id', 'ip_hash', 'withdrawal_address'],
  trades: ['trade_id', 'ts', 'symbol', 'buyer_account', 'seller_account', 'notional_usd'],
  accounts: ['account_id', 'segment', 'region', 'channel', 'registered_at', 'last_trade_at', 'volume_30d_usd', 'volume_prev_30d_usd', 'avg_leverage', 'margin_mode', 'long_share'],
  competitors: ['date', 'exchange', 'symbol', 'tier', 'maker_fee', 'taker_fee', 'promotion'],
} as const satisfies Record<MetricFormat, readonly string[]>;

export type ColumnOf<F extends MetricFormat> = (typeof FORMAT_COLUMNS)[F][number];

/** Why a data row was refused: one closed set, named in the per-file report and its CSV download. */
export const REJECT_REASONS = [
  'blank-row', 'field-count', 'missing-value', 'not-a-number', 'negative-number', 'not-a-whole-number',
  'bad-date', 'bad-timestamp', 'bad-group', 'too-long', 'duplicate-key', 'funnel-not-monotonic', 'bad-value', 'out-of-range',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** One refused data row: its line in the file (header = line 1), why, and the column at fault when there is one. */
export interface RejectedRow {
  readonly line: number;
  readonly reason: RejectReason;
  readonly column?: string;
}
