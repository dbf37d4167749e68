// What an import keeps and sends on (never the raw rows): daily series by date and symbol (market) or date and
// segment (funnel), per-account participant features, and per-account and per-pair trade features.
import type { ParticipantGroup } from './rows';

export interface DailyMetricPoint {
  readonly date: string; readonly symbol: string; readonly volumeUsd: number; readonly openInterestUsd: number;
  readonly feeRevenueUsd: number; readonly rebatesUsd: number; readonly fundingPaidUsd: number;
  readonly newUsers: number; readonly activeTraders: number;
}

export interface FunnelPoint {
  readonly date: string; readonly segment: string; readonly registered: number; readonly kyc: number; readonly deposited: number;
  readonly transferred: number; readonly firstTrade: number; readonly repeatTrade: number;
}

export interface ParticipantFeatures {
  readonly account: string; readonly group: ParticipantGroup; readonly registeredAt: string; readonly firstTradeAt: string | null;
  readonly volumeUsd: number; readonly feesUsd: number; readonly rewardsUsd: number; readonly netDepositUsd: number;
  readonly netDepositD30Usd: number; readonly deviceId: string; readonly ipHash: string; readonly withdrawalAddress: string;
}

/** One account's trading, from the trades file. */
export interface AccountTradeFeatures {
  readonly account: string; readonly trades: number; readonly notionalUsd: number;
  /** Notional of trades where the account was buyer and seller at once. */
  readonly selfMatchNotionalUsd: number;
  readonly symbols: number; readonly firstTs: string; readonly lastTs: string;
}

/** The flow between two accounts (`a` < `b`): `netUsd` is what `a` bought from `b` minus what it sold to `b`. */
export interface PairFlow {
  readonly a: string; readonly b: string; readonly trades: number; readonly grossUsd: number; readonly netUsd: number;
}

export interface TradeDailyPoint { readonly date: string; readonly symbol: string; readonly notionalUsd: number; readonly trades: number }

export interface TradeFeatures {
  readonly accounts: readonly AccountTradeFeatures[];
  readonly pairs: readonly PairFlow[];
  readonly daily: readonly TradeDailyPoint[];
}

export interface AccountPoint {
  readonly account: string; readonly segment: string; readonly region: string; readonly channel: string;
  readonly registeredAt: string; readonly lastTradeAt: string | null; readonly volume30dUsd: number; readonly volumePrev30dUsd: number;
  readonly avgLeverage: number; readonly marginMode: 'cross' | 'isolated'; readonly longShare: number;
}

export interface CompetitorPoint {
  readonly date: string; readonly exchange: string; readonly symbol: string; readonly tier: string;
  readonly makerFee: number; readonly takerFee: number; readonly promotion: string;
}

export interface AggregateOf {
  readonly 'daily-metrics': readonly DailyMetricPoint[];
  readonly funnel: readonly FunnelPoint[];
  readonly participants: readonly ParticipantFeatures[];
  readonly trades: TradeFeatures;
  readonly accounts: readonly AccountPoint[];
  readonly competitors: readonly CompetitorPoint[];
}
