// A planted-anomaly corpus the diagnosis tests build themselves: 120 days of four symbols and three funnel
// segments with weekday seasonality (quiet weekends), a steady trend, bounded noise, a symbol missing one day,
// a whole day missing, and planted anomalies, each listed with every (metric, key) it moves and its main driver,
// so a test can count hits and false alarms. Seeded: the same corpus on every run.
import type { DailyMetricPoint, FunnelPoint } from '../../../src/domain/metrics';
import { mulberry32 } from '../../../src/domain/random';
import { formatIsoDate, parseIsoDate } from '../../../src/domain/schedule';

export interface Planted {
  readonly name: string;
  readonly date: string;
  /** The anomaly that must be found: metric and key (undefined: the total). */
  readonly metric: string;
  readonly key?: string;
  /** The driver it must name first (totals). */
  readonly mainDriver?: string;
  /** Funnel: the stage whose conversion moved. */
  readonly stage?: string;
  /** Every (metric|key) this event moves (key '*' = total): detections there are not false alarms. */
  readonly moves: readonly string[];
}

export interface DiagnosisCorpus {
  readonly market: DailyMetricPoint[];
  readonly funnel: FunnelPoint[];
  readonly planted: readonly Planted[];
  readonly gaps: readonly { readonly date: string; readonly key: string }[];
  readonly start: string;
  readonly days: number;
}


const SYMBOLS = [
  { symbol: 'BTCUSDT', share: 0.6, users: 900 },
  { symbol: 'ETHUSDT', share: 0.25, users: 600 },
  { symbol: 'SOLUSDT', share: 0.1, users: 400 },
  { symbol: 'DOGEUSDT', share: 0.05, users: 300 },
] as const;
const SEGMENTS = [{ segment: 'retail', size: 3000 }, { segment: 'vip', size: 300 }, { segment: 'institutional', size: 120 }] as const;
/** Monday .. Sunday. */
const WEEKDAY = [1.0, 1.03, 1.0, 1.04, 1.08, 0.72, 0.68] as const;

const DAY = { btcDrop: 60, ethOiSpike: 75, solUsersDrop: 82, kycDrop: 88, btcFunding: 95, rally: 105, dogeGap: 70, wholeDayGap: 100 } as const;

export function buildDiagnosisCorpus(seed = 12, start = '2026-06-01', days = 120): DiagnosisCorpus {
  const random = mulberry32(seed);
  // Bounded, roughly normal noise: the sum of three uniforms on [-1, 1] has standard deviation 1.
  const noise = (sigma: number) => 1 + sigma * (random() + random() + random() - 1.5) * 2;
  const first = parseIsoDate(start) ?? 0;
  const dateOf = (d: number) => formatIsoDate(first + d);
  const market: DailyMetricPoint[] = [];
  const funnel: FunnelPoint[] = [];
  for (let d = 0; d < days; d++) {
    if (d === DAY.wholeDayGap) continue;
    const weekday = WEEKDAY[(((first + d + 3) % 7) + 7) % 7] ?? 1;
    const trend = 1 + 0.002 * d;
    for (const s of SYMBOLS) {
      if (d === DAY.dogeGap && s.symbol === 'DOGEUSDT') continue;
      let volume = 1e9 * s.share * weekday * trend * noise(0.03);
      if (d === DAY.btcDrop && s.symbol === 'BTCUSDT') volume *= 0.7;
      if (d === DAY.rally) volume *= 1.35;
      let oi = 4e8 * s.share * trend * noise(0.02);
      if (d === DAY.ethOiSpike && s.symbol === 'ETHUSDT') oi *= 1.6;
      const fee = volume * 0.0004 * noise(0.01);
      const rebates = fee * 0.2 * noise(0.01);
      let funding = 2e5 * s.share * (random() - 0.5);
      if (d === DAY.btcFunding && s.symbol === 'BTCUSDT') funding += 1.2e6;
      let newUsers = Math.round(s.users * 0.1 * weekday * trend * noise(0.04));
      if (d === DAY.solUsersDrop && s.symbol === 'SOLUSDT') newUsers = Math.round(newUsers * 0.3);
      const activeTraders = Math.round(s.users * 10 * weekday * trend * noise(0.02) * (d === DAY.rally ? 1.2 : 1));
      market.push({ date: dateOf(d), symbol: s.symbol, volumeUsd: volume, openInterestUsd: oi, feeRevenueUsd: fee, rebatesUsd: rebates, fundingPaidUsd: funding, newUsers, activeTraders });
    }
    for (const g of SEGMENTS) {
      const registered = Math.round(g.size * 0.1 * weekday * trend * noise(0.03));
      const kycRate = d === DAY.kycDrop && g.segment === 'retail' ? 0.35 : 0.7;
      const kyc = Math.round(registered * kycRate * noise(0.01));
      const deposited = Math.round(kyc * 0.6 * noise(0.01));
      const transferred = Math.round(deposited * 0.8 * noise(0.01));
      const firstTrade = Math.round(transferred * 0.75 * noise(0.01));
      const repeatTrade = Math.round(firstTrade * 0.5 * noise(0.01));
      funnel.push({ date: dateOf(d), segment: g.segment, registered, kyc, deposited, transferred, firstTrade, repeatTrade });
    }
  }
  const all = (metrics: readonly string[], keys: readonly string[]) => metrics.flatMap((m) => keys.map((k) => `${m}|${k}`));
  const planted: Planted[] = [
    { name: 'BTC volume drop', date: dateOf(DAY.btcDrop), metric: 'volume_usd', mainDriver: 'BTCUSDT', moves: all(['volume_usd', 'fee_revenue_usd', 'rebates_usd'], ['*', 'BTCUSDT']) },
    { name: 'BTC volume drop (symbol)', date: dateOf(DAY.btcDrop), metric: 'volume_usd', key: 'BTCUSDT', moves: [] },
    { name: 'ETH open interest spike', date: dateOf(DAY.ethOiSpike), metric: 'open_interest_usd', mainDriver: 'ETHUSDT', moves: all(['open_interest_usd'], ['*', 'ETHUSDT']) },
    { name: 'SOL new users drop', date: dateOf(DAY.solUsersDrop), metric: 'new_users', key: 'SOLUSDT', moves: all(['new_users'], ['*', 'SOLUSDT']) },
    { name: 'BTC funding subsidy', date: dateOf(DAY.btcFunding), metric: 'funding_paid_usd', mainDriver: 'BTCUSDT', moves: all(['funding_paid_usd'], ['*', 'BTCUSDT']) },
    {
      name: 'market-wide rally', date: dateOf(DAY.rally), metric: 'volume_usd', mainDriver: 'BTCUSDT',
      moves: all(['volume_usd', 'fee_revenue_usd', 'rebates_usd', 'active_traders'], ['*', ...SYMBOLS.map((s) => s.symbol)]),
    },
    {
      name: 'retail KYC conversion drop', date: dateOf(DAY.kycDrop), metric: 'kyc', mainDriver: 'retail', stage: 'kyc',
      moves: all(['kyc', 'deposited', 'transferred', 'first_trade', 'repeat_trade'], ['*']),
    },
  ];
  const gaps = [
    { date: dateOf(DAY.dogeGap), key: 'DOGEUSDT' },
    ...SYMBOLS.map((s) => ({ date: dateOf(DAY.wholeDayGap), key: s.symbol })),
  ];
  return { market, funnel, planted, gaps, start, days };
}
