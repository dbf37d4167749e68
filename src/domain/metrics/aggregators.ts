// One aggregator per format: takes validated rows one at a time (memory grows with keys, never with rows) and
// says `duplicate-key` for a second row of a key the format allows once (a date and symbol, an account).
import type { AccountPoint, AggregateOf, AccountTradeFeatures, CompetitorPoint, DailyMetricPoint, FunnelPoint, PairFlow, ParticipantFeatures, TradeDailyPoint } from './aggregates';
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

interface MutableDay { notionalUsd: number; trades: number }
interface MutableAccount {
  /** The account's own copy of its name, and its number (in order of first appearance). */
  readonly account: string; readonly id: number;
  trades: number; notionalUsd: number; selfMatchNotionalUsd: number;
  /** The symbols traded, by number: the first 62 as bits of two words, any others in a set (the count stops at 64). */
  low: number; high: number; readonly more: Set<number>;
  firstTs: string; lastTs: string;
}
/** One symbol: its number, its days, and the day its last trade fell on (trade files come mostly in time order). */
interface SymbolDays { readonly id: number; readonly days: Map<string, MutableDay>; lastDate: string; lastDay: MutableDay | undefined }

/**
 * A string of our own: the cells papaparse hands over may be slices of its whole chunk, and keeping one in an
 * aggregate would keep the chunk alive (memory growing with the file, not with the keys).
 */
const own = (text: string): string => (` ${text}`).slice(1);

/**
 * The flows between pairs of accounts, by their numbers (`a` the lesser account by name): an open-addressing table
 * over typed arrays, as a map of per-account maps of small objects cost a lookup and a scattered object per row.
 */
interface PairTable {
  add(a: number, b: number, grossUsd: number, netUsd: number): void;
  forEach(visit: (a: number, b: number, trades: number, grossUsd: number, netUsd: number) => void): void;
}

function createPairTable(): PairTable {
  let capacity = 1024;
  let used = 0;
  let keyA = new Int32Array(capacity).fill(-1);
  let keyB = new Int32Array(capacity);
  let trades = new Float64Array(capacity);
  let gross = new Float64Array(capacity);
  let net = new Float64Array(capacity);
  const slotOf = (a: number, b: number): number => {
    const mask = capacity - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    while (keyA[slot] !== -1 && (keyA[slot] !== a || keyB[slot] !== b)) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = (): void => {
    const [oldA, oldB, oldTrades, oldGross, oldNet] = [keyA, keyB, trades, gross, net];
    capacity *= 2;
    keyA = new Int32Array(capacity).fill(-1);
    keyB = new Int32Array(capacity);
    trades = new Float64Array(capacity);
    gross = new Float64Array(capacity);
    net = new Float64Array(capacity);
    for (let i = 0; i < oldA.length; i++) {
      const a = oldA[i] ?? -1;
      if (a === -1) continue;
      const slot = slotOf(a, oldB[i] ?? 0);
      keyA[slot] = a;
      keyB[slot] = oldB[i] ?? 0;
      trades[slot] = oldTrades[i] ?? 0;
      gross[slot] = oldGross[i] ?? 0;
      net[slot] = oldNet[i] ?? 0;
    }
  };
  return {
    add(a, b, grossUsd, netUsd) {
      let slot = slotOf(a, b);
      if (keyA[slot] === -1) {
        if (2 * (used + 1) > capacity) {
          grow();
          slot = slotOf(a, b);
        }
        used += 1;
        keyA[slot] = a;
        keyB[slot] = b;
      }
      trades[slot] = (trades[slot] ?? 0) + 1;
      gross[slot] = (gross[slot] ?? 0) + grossUsd;
      net[slot] = (net[slot] ?? 0) + netUsd;
    },
    forEach(visit) {
      for (let i = 0; i < capacity; i++) {
        const a = keyA[i] ?? -1;
        if (a !== -1) visit(a, keyB[i] ?? 0, trades[i] ?? 0, gross[i] ?? 0, net[i] ?? 0);
      }
    },
  };
}

/** Bits set in a 31-bit word. */
const bitsIn = (word: number): number => {
  let n = 0;
  for (let w = word; w !== 0; w &= w - 1) n += 1;
  return n;
};
/** The symbols an account traded, counted up to 64 (as a set capped at 64 members counts them). */
const symbolCount = (a: MutableAccount): number => Math.min(64, bitsIn(a.low) + bitsIn(a.high) + a.more.size);

// The hot path of a million-row trades file: each row's cells are looked up by name once (its buyer, its seller,
// its symbol) and from then on handled by number: a symbol set and a pair map keyed by numbers cost a small-integer
// hash, where keying them by the row's fresh strings cost a string hash and compare per lookup. The pair is kept on
// its lesser account (found anyway); a day is found by its symbol and, most rows, by the last date of that symbol.
function trades(): Aggregator<'trades'> {
  const accounts = new Map<string, MutableAccount>();
  const accountList: MutableAccount[] = [];
  const symbols = new Map<string, SymbolDays>();
  const pairs = createPairTable();
  // The row's timestamp, owned at most once per row (both sides may keep it): trade files in time order move
  // some account's last trade on every row.
  let rowTs = '';
  let rowTsOwned: string | undefined;
  const ownedTs = (): string => (rowTsOwned ??= own(rowTs));
  // The latest timestamp of the file so far: a row later than it is later than every account's last trade and no
  // account's first, which spares the two comparisons per account on most rows of a file in time order.
  let latestTs = '';
  let rowIsLatest = false;
  const touch = (account: string, symbol: number, notional: number, self: boolean): MutableAccount => {
    const ts = rowTs;
    let a = accounts.get(account);
    if (a === undefined) {
      const name = own(account);
      a = { account: name, id: accountList.length, trades: 0, notionalUsd: 0, selfMatchNotionalUsd: 0, low: 0, high: 0, more: new Set(), firstTs: ownedTs(), lastTs: ownedTs() };
      accounts.set(name, a);
      accountList.push(a);
    }
    a.trades += 1;
    a.notionalUsd += notional;
    if (self) a.selfMatchNotionalUsd += notional;
    if (symbol < 31) a.low |= 1 << symbol;
    else if (symbol < 62) a.high |= 1 << (symbol - 31);
    else if (symbolCount(a) < 64) a.more.add(symbol);
    if (rowIsLatest) a.lastTs = ownedTs();
    else if (ts < a.firstTs) a.firstTs = ownedTs();
    else if (ts > a.lastTs) a.lastTs = ownedTs();
    return a;
  };
  return {
    add(row) {
      const buyer = row.buyer_account;
      const seller = row.seller_account;
      const notional = row.notional_usd;
      const ts = row.ts;
      rowTs = ts;
      rowTsOwned = undefined;
      rowIsLatest = ts > latestTs;
      if (rowIsLatest) latestTs = ownedTs();
      let days = symbols.get(row.symbol);
      if (days === undefined) {
        days = { id: symbols.size, days: new Map(), lastDate: '', lastDay: undefined };
        symbols.set(own(row.symbol), days);
      }
      const self = buyer === seller;
      const b = touch(buyer, days.id, notional, self);
      if (!self) {
        const s = touch(seller, days.id, notional, false);
        const first = buyer < seller;
        const lesser = first ? b : s;
        pairs.add(lesser.id, first ? s.id : b.id, notional, first ? notional : -notional);
      }
      let day = days.lastDay;
      if (day === undefined || !ts.startsWith(days.lastDate)) {
        const date = ts.slice(0, 10);
        day = days.days.get(date);
        if (day === undefined) {
          day = { notionalUsd: 0, trades: 0 };
          days.days.set(own(date), day);
        }
        days.lastDate = own(date);
        days.lastDay = day;
      }
      day.notionalUsd += notional;
      day.trades += 1;
      return true;
    },
    result() {
      const features: AccountTradeFeatures[] = [];
      const pairList: PairFlow[] = [];
      for (const a of accountList) {
        features.push({ account: a.account, trades: a.trades, notionalUsd: a.notionalUsd, selfMatchNotionalUsd: a.selfMatchNotionalUsd, symbols: symbolCount(a), firstTs: a.firstTs, lastTs: a.lastTs });
      }
      pairs.forEach((a, b, tradeCount, grossUsd, netUsd) => {
        pairList.push({ a: (accountList[a] as MutableAccount).account, b: (accountList[b] as MutableAccount).account, trades: tradeCount, grossUsd, netUsd });
      });
      features.sort((x, y) => (x.account < y.account ? -1 : 1));
      pairList.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
      const dailyList: TradeDailyPoint[] = [];
      for (const [symbol, d] of symbols) for (const [date, day] of d.days) dailyList.push({ date, symbol, notionalUsd: day.notionalUsd, trades: day.trades });
      dailyList.sort((x, y) => byKey(x, y, x.symbol, y.symbol));
      return { accounts: features, pairs: pairList, daily: dailyList };
    },
  };
}

function accounts(): Aggregator<'accounts'> {
  const kept = new Map<string, AccountPoint>();
  return {
    add(row) {
      if (kept.has(row.account_id)) return false;
      kept.set(row.account_id, {
        account: row.account_id, segment: row.segment, region: row.region, channel: row.channel, registeredAt: row.registered_at, lastTradeAt: row.last_trade_at,
        volume30dUsd: row.volume_30d_usd, volumePrev30dUsd: row.volume_prev_30d_usd, avgLeverage: row.avg_leverage, marginMode: row.margin_mode, longShare: row.long_share,
      });
      return true;
    },
    result: () => [...kept.values()].sort((a, b) => (a.account < b.account ? -1 : 1)),
  };
}

/** One row per date, exchange, symbol and tier. */
function competitors(): Aggregator<'competitors'> {
  const kept = new Map<string, CompetitorPoint>();
  return {
    add(row) {
      const key = `${row.date}\u0000${row.exchange}\u0000${row.symbol}\u0000${row.tier}`;
      if (kept.has(key)) return false;
      kept.set(key, { date: row.date, exchange: row.exchange, symbol: row.symbol, tier: row.tier, makerFee: row.maker_fee, takerFee: row.taker_fee, promotion: row.promotion });
      return true;
    },
    result: () => [...kept.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p),
  };
}

/** A fresh aggregator for `format`. */
export function createAggregator<F extends MetricFormat>(format: F): Aggregator<F> {
  const make: { readonly [K in MetricFormat]: () => Aggregator<K> } = { 'daily-metrics': dailyMetrics, funnel, participants, trades, accounts, competitors };
  return make[format]();
}
