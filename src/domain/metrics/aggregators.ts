// One aggregator per format: takes validated rows one at a time (memory grows with keys, never with rows) and
// says `duplicate-key` for a second row of a key the format allows once (a date and symbol, an account).
import type { AggregateOf, AccountTradeFeatures, DailyMetricPoint, FunnelPoint, PairFlow, ParticipantFeatures, TradeDailyPoint } from './aggregates';
import type { MetricFormat } from './formats';
import type { RowOf } from './rows';

export interface Aggregator<F extends MetricFormat> {
  /** Takes a row; false when its key was already taken (the row is then refused, not counted). */
  add(row: RowOf[F]): boolean;
  result(): AggregateOf[F];
}

const byKey = (a: { readonly date: string }, b: { readonly date: string }, ka: string, kb: string): number =>
  (a.date === b.date ? (ka < kb ? -1 : ka > kb ? 1 : 0) : a.date < b.date ? -1 : 1);

function dailyMetrics(): Aggregator<'daily-metrics'> {
  const points = new Map<string, DailyMetricPoint>();
  return {
    add(row) {
      const key = `${row.date}\u0000${row.symbol}`;
      if (points.has(key)) return false;
      points.set(key, {
        date: row.date, symbol: row.symbol, volumeUsd: row.volume_usd, openInterestUsd: row.open_interest_usd, feeRevenueUsd: row.fee_revenue_usd,
        rebatesUsd: row.rebates_usd, fundingPaidUsd: row.funding_paid_usd, newUsers: row.new_users, activeTraders: row.active_traders,
      });
      return true;
    },
    result: () => [...points.values()].sort((a, b) => byKey(a, b, a.symbol, b.symbol)),
  };
}

function funnel(): Aggregator<'funnel'> {
  const points = new Map<string, FunnelPoint>();
  return {
    add(row) {
      const key = `${row.date}\u0000${row.segment}`;
      if (points.has(key)) return false;
      points.set(key, {
        date: row.date, segment: row.segment, registered: row.registered, kyc: row.kyc, deposited: row.deposited,
        transferred: row.transferred, firstTrade: row.first_trade, repeatTrade: row.repeat_trade,
      });
      return true;
    },
    result: () => [...points.values()].sort((a, b) => byKey(a, b, a.segment, b.segment)),
  };
}

function participants(): Aggregator<'participants'> {
  const accounts = new Map<string, ParticipantFeatures>();
  return {
    add(row) {
      if (accounts.has(row.account_id)) return false;
      accounts.set(row.account_id, {
        account: row.account_id, group: row.group, registeredAt: row.registered_at, firstTradeAt: row.first_trade_at, volumeUsd: row.volume_usd,
        feesUsd: row.fees_usd, rewardsUsd: row.rewards_usd, netDepositUsd: row.net_deposit_usd, netDepositD30Usd: row.net_deposit_d30_usd,
        deviceId: row.device_id, ipHash: row.ip_hash, withdrawalAddress: row.withdrawal_address,
      });
      return true;
    },
    result: () => [...accounts.values()].sort((a, b) => (a.account < b.account ? -1 : 1)),
  };
}

interface MutableAccount { trades: number; notionalUsd: number; selfMatchNotionalUsd: number; symbols: Set<string>; firstTs: string; lastTs: string }
interface MutablePair { trades: number; grossUsd: number; netUsd: number }
interface MutableDay { notionalUsd: number; trades: number }

function trades(): Aggregator<'trades'> {
  const accounts = new Map<string, MutableAccount>();
  const pairs = new Map<string, MutablePair>();
  const daily = new Map<string, MutableDay>();
  const touch = (account: string, ts: string, symbol: string, notional: number, self: boolean): void => {
    let a = accounts.get(account);
    if (a === undefined) {
      a = { trades: 0, notionalUsd: 0, selfMatchNotionalUsd: 0, symbols: new Set(), firstTs: ts, lastTs: ts };
      accounts.set(account, a);
    }
    a.trades += 1;
    a.notionalUsd += notional;
    if (self) a.selfMatchNotionalUsd += notional;
    if (a.symbols.size < 64) a.symbols.add(symbol);
    if (ts < a.firstTs) a.firstTs = ts;
    if (ts > a.lastTs) a.lastTs = ts;
  };
  return {
    add(row) {
      const self = row.buyer_account === row.seller_account;
      touch(row.buyer_account, row.ts, row.symbol, row.notional_usd, self);
      if (!self) {
        touch(row.seller_account, row.ts, row.symbol, row.notional_usd, false);
        const [a, b, sign] = row.buyer_account < row.seller_account ? [row.buyer_account, row.seller_account, 1] : [row.seller_account, row.buyer_account, -1];
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? { trades: 0, grossUsd: 0, netUsd: 0 };
        pair.trades += 1;
        pair.grossUsd += row.notional_usd;
        pair.netUsd += sign * row.notional_usd;
        pairs.set(key, pair);
      }
      const dayKey = `${row.ts.slice(0, 10)}\u0000${row.symbol}`;
      const day = daily.get(dayKey) ?? { notionalUsd: 0, trades: 0 };
      day.notionalUsd += row.notional_usd;
      day.trades += 1;
      daily.set(dayKey, day);
      return true;
    },
    result() {
      const accountList: AccountTradeFeatures[] = [...accounts].map(([account, a]) => ({
        account, trades: a.trades, notionalUsd: a.notionalUsd, selfMatchNotionalUsd: a.selfMatchNotionalUsd, symbols: a.symbols.size, firstTs: a.firstTs, lastTs: a.lastTs,
      })).sort((x, y) => (x.account < y.account ? -1 : 1));
      const pairList: PairFlow[] = [...pairs].map(([key, p]) => {
        const [a = '', b = ''] = key.split('\u0000');
        return { a, b, trades: p.trades, grossUsd: p.grossUsd, netUsd: p.netUsd };
      }).sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
      const dailyList: TradeDailyPoint[] = [...daily].map(([key, d]) => {
        const [date = '', symbol = ''] = key.split('\u0000');
        return { date, symbol, notionalUsd: d.notionalUsd, trades: d.trades };
      }).sort((x, y) => byKey(x, y, x.symbol, y.symbol));
      return { accounts: accountList, pairs: pairList, daily: dailyList };
    },
  };
}

/** A fresh aggregator for `format`. */
export function createAggregator<F extends MetricFormat>(format: F): Aggregator<F> {
  const make: { readonly [K in MetricFormat]: () => Aggregator<K> } = { 'daily-metrics': dailyMetrics, funnel, participants, trades };
  return make[format]();
}
