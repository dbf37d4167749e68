// The "Perp V2 launch trading competition" demo campaign: metric CSVs for a baseline window and the campaign
// window, generated deterministically as strings (daily market metrics, funnel, accounts, trades, costs).

import { addDays, daysBetween, isoTimestamp, isWeekend } from './calendar';
import { createRandom, type Random } from './random';

export interface DemoCampaign {
  readonly name: string;
  /** Campaign window, ISO dates inclusive. */
  readonly start: string;
  readonly end: string;
  /** Baseline window just before the campaign, for difference-in-differences. */
  readonly baselineStart: string;
  readonly baselineEnd: string;
  readonly symbols: readonly string[];
  /** Account ids the generator planted as wash traders (ground truth for tests of abuse heuristics). */
  readonly plantedAbuseAccounts: readonly string[];
  /** File name -> CSV text (header line, `\n` line ends, trailing newline). */
  readonly csv: Readonly<Record<string, string>>;
}

const NAME = 'Perp V2 launch trading competition';
const BASELINE_START = '2027-01-04';
const START = '2027-02-01';
const END = '2027-02-28';
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'SOLUSDT'] as const;
type PerpSymbol = (typeof SYMBOLS)[number];

const MARKET: Readonly<Record<PerpSymbol, { volume: number; price: number; lift: number; vol: number; lot: number }>> = {
  BTCUSDT: { volume: 1_250_000_000, price: 98_400, lift: 0.18, vol: 0.025, lot: 0.001 },
  ETHUSDT: { volume: 610_000_000, price: 3_650, lift: 0.27, vol: 0.032, lot: 0.01 },
  SOLUSDT: { volume: 145_000_000, price: 212, lift: 0.55, vol: 0.045, lot: 0.1 },
};
const MAKER_FEE = 0.0002;
const TAKER_FEE = 0.0005;

const money = (n: number): string => n.toFixed(2);
const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${[header.join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`;

function dates(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

function marketDaily(random: Random, days: readonly string[]): { text: string; closes: Map<string, number> } {
  const rows: (string | number)[][] = [];
  const closes = new Map<string, number>();
  for (const symbol of SYMBOLS) {
    const m = MARKET[symbol];
    let price = m.price;
    for (const date of days) {
      const inCampaign = date >= START;
      const ramp = inCampaign ? Math.min(1, (daysBetween(START, date) + 1) / 5) : 0;
      const weekend = isWeekend(date) ? 0.72 : 1;
      price *= 1 + m.vol * random.gaussian() * 0.6;
      const volume = m.volume * weekend * (1 + m.lift * ramp) * (1 + 0.12 * random.gaussian());
      const makerShare = 0.44 + 0.04 * random.next();
      const feeWaived = symbol === 'SOLUSDT' && inCampaign && daysBetween(START, date) < 7;
      const makerFee = volume * makerShare * MAKER_FEE;
      const takerFee = feeWaived ? 0 : volume * (1 - makerShare) * TAKER_FEE;
      const rebates = volume * makerShare * 0.35 * 0.00005 + (inCampaign ? volume * 0.00002 : 0);
      const oi = volume * (0.32 + 0.06 * random.next());
      const fundingRate = 0.0001 + 0.00008 * random.gaussian();
      rows.push([date, symbol, money(volume), money(oi), money(makerFee), money(takerFee), money(rebates), fundingRate.toFixed(6), money(oi * fundingRate * 3), price.toFixed(2)]);
      closes.set(`${date}:${symbol}`, price);
    }
  }
  return {
    text: csv(['date', 'symbol', 'volume_usd', 'open_interest_usd', 'maker_fee_usd', 'taker_fee_usd', 'rebate_usd', 'funding_rate_avg', 'funding_paid_by_longs_usd', 'mark_price_close'], rows),
    closes,
  };
}

function funnelDaily(random: Random, days: readonly string[]): string {
  const rows: (string | number)[][] = [];
  for (const date of days) {
    for (const cohort of ['exposed', 'holdout'] as const) {
      const inCampaign = date >= START;
      const size = cohort === 'exposed' ? 0.9 : 0.1;
      const lift = inCampaign && cohort === 'exposed' ? 1.45 : 1;
      const registrations = Math.round(2_400 * size * lift * (isWeekend(date) ? 0.8 : 1) * (1 + 0.1 * random.gaussian()));
      const kyc = Math.round(registrations * (0.62 + 0.05 * random.next()));
      const deposit = Math.round(kyc * (0.48 + 0.05 * random.next()));
      const transfer = Math.round(deposit * (0.7 + (inCampaign && cohort === 'exposed' ? 0.1 : 0) + 0.04 * random.next()));
      const firstTrade = Math.round(transfer * (0.83 + 0.05 * random.next()));
      const repeat = Math.round(firstTrade * (0.46 + 0.08 * random.next()));
      rows.push([date, cohort, registrations, kyc, deposit, transfer, firstTrade, repeat]);
    }
  }
  return csv(['date', 'cohort', 'registrations', 'kyc_passed', 'first_deposit', 'futures_transfer', 'first_trade', 'repeat_trade'], rows);
}

interface Account {
  readonly id: string;
  readonly registeredAt: string;
  readonly cohort: 'participant' | 'holdout' | 'organic';
  readonly device: string;
  readonly ip: string;
  readonly withdrawal: string;
  readonly ring: boolean;
}

function accounts(random: Random): Account[] {
  const list: Account[] = [];
  const hex = (n: number): string => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('');
  for (let i = 0; i < 360; i++) {
    const day = random.int(-300, 20);
    const cohort = i < 240 ? 'participant' : i < 290 ? 'holdout' : 'organic';
    list.push({
      id: `U${(100_000 + i * 37).toString()}`, registeredAt: isoTimestamp(addDays(START, day), random.int(0, 1439)), cohort,
      device: `dev-${hex(8)}`, ip: `${random.int(11, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.0/24`, withdrawal: `0x${hex(40)}`, ring: false,
    });
  }
  // A wash-trading ring: burst registrations on the first campaign day, two shared devices, one withdrawal address.
  const withdrawal = `0x${hex(40)}`;
  for (let i = 0; i < 6; i++) {
    list.push({
      id: `U${(990_001 + i).toString()}`, registeredAt: isoTimestamp(START, 30 + i * 7), cohort: 'participant',
      device: i % 2 === 0 ? 'dev-7f3a91c2' : 'dev-7f3a91c3', ip: '185.220.101.0/24', withdrawal, ring: true,
    });
  }
  return list;
}

function accountsCsv(random: Random, list: readonly Account[]): string {
  return csv(
    ['account_id', 'registered_at', 'cohort', 'kyc_level', 'device_id', 'ip_prefix', 'withdrawal_address', 'first_deposit_usd', 'net_deposit_d30_usd'],
    list.map((a) => {
      const deposit = a.ring ? 500 + random.int(0, 200) : Math.round(Math.exp(6 + 2 * random.next() + random.gaussian()));
      const kept = a.ring ? 0 : deposit * (0.3 + 0.7 * random.next());
      return [a.id, a.registeredAt, a.cohort, a.ring ? 1 : random.pick([1, 2, 2, 3]), a.device, a.ip, a.withdrawal, money(deposit), money(kept)];
    }),
  );
}

function tradesCsv(random: Random, list: readonly Account[], closes: ReadonlyMap<string, number>, campaignDays: readonly string[]): string {
  const genuine = list.filter((a) => !a.ring && a.cohort !== 'holdout');
  const ring = list.filter((a) => a.ring);
  const rows: (string | number)[][] = [];
  let id = 5_000_000;
  const trade = (date: string, minute: number, symbol: PerpSymbol, buyer: string, seller: string, qtyLots: number, makerIsBuyer: boolean): void => {
    const m = MARKET[symbol];
    const price = (closes.get(`${date}:${symbol}`) ?? m.price) * (1 + 0.002 * random.gaussian());
    const qty = qtyLots * m.lot;
    const notional = price * qty;
    const ts = isoTimestamp(date, minute);
    id++;
    rows.push([`T${id.toString()}`, ts, symbol, buyer, seller, 'buy', price.toFixed(2), qty.toFixed(4), money(notional), money(notional * (makerIsBuyer ? MAKER_FEE : TAKER_FEE)), makerIsBuyer ? 'maker' : 'taker']);
    rows.push([`T${id.toString()}`, ts, symbol, seller, buyer, 'sell', price.toFixed(2), qty.toFixed(4), money(notional), money(notional * (makerIsBuyer ? TAKER_FEE : MAKER_FEE)), makerIsBuyer ? 'taker' : 'maker']);
  };
  for (const date of campaignDays) {
    for (let n = 0; n < 36; n++) {
      const a = random.pick(genuine);
      let b = random.pick(genuine);
      if (b.id === a.id) b = genuine[(genuine.indexOf(a) + 1) % genuine.length] as Account;
      const symbol = random.pick(SYMBOLS);
      trade(date, random.int(0, 1439), symbol, a.id, b.id, Math.max(1, Math.round(Math.exp(3 + 1.5 * random.next()))), random.chance(0.5));
    }
    // Ring members trade round numbers among themselves on SOLUSDT (fee-waived week) and flatten by day end.
    if (daysBetween(START, date) < 10) {
      for (let n = 0; n < 6; n++) {
        const a = ring[n % ring.length] as Account;
        const b = ring[(n + 1) % ring.length] as Account;
        const minute = 600 + n * 11;
        trade(date, minute, 'SOLUSDT', a.id, b.id, 5000, true);
        trade(date, minute + 3, 'SOLUSDT', b.id, a.id, 5000, false);
      }
      const selfMatcher = ring[0] as Account;
      trade(date, 1300, 'SOLUSDT', selfMatcher.id, selfMatcher.id, 2000, true);
    }
  }
  rows.sort((x, y) => (String(x[1]) < String(y[1]) ? -1 : String(x[1]) > String(y[1]) ? 1 : 0));
  return csv(['trade_id', 'timestamp', 'symbol', 'account_id', 'counterparty_account_id', 'side', 'price', 'qty', 'notional_usd', 'fee_usd', 'liquidity'], rows);
}

function costsCsv(): string {
  return csv(['item', 'category', 'amount_usd', 'note'], [
    ['Prize pool', 'fixed', money(50_000), 'USDT, volume and PnL leaderboards'],
    ['KOL and affiliate fees', 'fixed', money(12_000), ''],
    ['Landing page and ops', 'fixed', money(6_500), ''],
    ['Referral kickback boost', 'variable', money(18_400), '+10% kickback during the campaign'],
    ['SOLUSDT taker fee waiver (7 days)', 'variable', money(30_100), 'Revenue forgone'],
    ['Funding subsidy', 'subsidy', money(0), 'None offered'],
  ]);
}

export function createDemoCampaign(): DemoCampaign {
  const random = createRandom(0x5eed0300);
  const all = dates(BASELINE_START, END);
  const market = marketDaily(random, all);
  const list = accounts(random);
  return {
    name: NAME,
    start: START,
    end: END,
    baselineStart: BASELINE_START,
    baselineEnd: addDays(START, -1),
    symbols: SYMBOLS,
    plantedAbuseAccounts: list.filter((a) => a.ring).map((a) => a.id),
    csv: {
      'market-daily.csv': market.text,
      'funnel-daily.csv': funnelDaily(random, all),
      'accounts.csv': accountsCsv(random, list),
      'trades-sample.csv': tradesCsv(random, list, market.closes, dates(START, END)),
      'campaign-costs.csv': costsCsv(),
    },
  };
}

/** The demo campaign, generated once. */
export const demoCampaign: DemoCampaign = createDemoCampaign();
