// A validated data row of each import format, as the row schemas (src/contract/metric-rows.ts) hand it over:
// numbers are numbers, dates are ISO dates, timestamps ISO instants. The aggregators take only these.
import type { MetricFormat } from './formats';

export interface DailyMetricRow {
  readonly date: string; readonly symbol: string; readonly volume_usd: number; readonly open_interest_usd: number;
  readonly fee_revenue_usd: number; readonly rebates_usd: number; readonly funding_paid_usd: number;
  readonly new_users: number; readonly active_traders: number;
}

export interface FunnelRow {
  readonly date: string; readonly segment: string; readonly registered: number; readonly kyc: number; readonly deposited: number;
  readonly transferred: number; readonly first_trade: number; readonly repeat_trade: number;
}

export const PARTICIPANT_GROUPS = ['treatment', 'control'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export interface ParticipantRow {
  readonly account_id: string; readonly group: ParticipantGroup; readonly registered_at: string; readonly first_trade_at: string | null;
  readonly volume_usd: number; readonly fees_usd: number; readonly rewards_usd: number; readonly net_deposit_usd: number;
  readonly net_deposit_d30_usd: number; readonly device_id: string; readonly ip_hash: string; readonly withdrawal_address: string;
}

export interface TradeRow {
  readonly trade_id: string; readonly ts: string; readonly symbol: string; readonly buyer_account: string;
  readonly seller_account: string; readonly notional_usd: number;
}

/** One account of the `accounts` file (segments and lifecycle of the daily business diagnosis). */
export interface AccountRow {
  readonly account_id: string; readonly segment: string; readonly region: string; readonly channel: string;
  readonly registered_at: string; readonly last_trade_at: string | null; readonly volume_30d_usd: number; readonly volume_prev_30d_usd: number;
  readonly avg_leverage: number; readonly margin_mode: 'cross' | 'isolated'; readonly long_share: number;
}

/** One row of a competitor snapshot: fees as fractions (0.0004 = 0.04%), the promotion running (may be empty). */
export interface CompetitorRow {
  readonly date: string; readonly exchange: string; readonly symbol: string; readonly tier: string;
  readonly maker_fee: number; readonly taker_fee: number; readonly promotion: string;
}

export interface RowOf {
  readonly 'daily-metrics': DailyMetricRow;
  readonly funnel: FunnelRow;
  readonly participants: ParticipantRow;
  readonly trades: TradeRow;
  readonly accounts: AccountRow;
  readonly competitors: CompetitorRow;
}
export type AnyRow = RowOf[MetricFormat];
