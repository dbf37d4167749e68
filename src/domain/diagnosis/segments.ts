// Segments and lifecycle from the `accounts` import: whales (the top N by 30-day volume), dormant (no trade in N
// days up to the day counted to, or never), at-risk (30-day volume down more than X% against the 30 days before),
// counts per segment and region, and the funnel's conversion by segment over a window. Pure: the day is handed in.
import type { AccountPoint, FunnelPoint } from '../metrics';
import { formatIsoDate, parseIsoDate } from '../schedule';
import { FUNNEL_METRICS, type FunnelMetric, type SegmentList } from './vocabulary';

export interface SegmentRules { readonly whaleTopN: number; readonly dormantDays: number; readonly atRiskDropPercent: number; readonly asOf: string }

export interface ClassifiedAccount extends AccountPoint {
  readonly daysSinceTrade: number | null; readonly volumeChange: number | null;
  readonly whale: boolean; readonly dormant: boolean; readonly atRisk: boolean;
}

const dayOf = (stamp: string | null): number | undefined => (stamp === null ? undefined : parseIsoDate(stamp.slice(0, 10)));

/** Every account with its lists; whales by 30-day volume (ties by account id, so the cut is stable). */
export function classifyAccounts(accounts: readonly AccountPoint[], rules: SegmentRules): ClassifiedAccount[] {
  const today = parseIsoDate(rules.asOf) ?? 0;
  const ranked = [...accounts].filter((a) => a.volume30dUsd > 0)
    .sort((a, b) => b.volume30dUsd - a.volume30dUsd || (a.account < b.account ? -1 : 1)).slice(0, rules.whaleTopN);
  const whales = new Set(ranked.map((a) => a.account));
  return accounts.map((a) => {
    const last = dayOf(a.lastTradeAt);
    const daysSinceTrade = last === undefined ? null : today - last;
    const volumeChange = a.volumePrev30dUsd > 0 ? (a.volume30dUsd - a.volumePrev30dUsd) / a.volumePrev30dUsd : null;
    return {
      ...a, daysSinceTrade, volumeChange, whale: whales.has(a.account),
      dormant: daysSinceTrade === null || daysSinceTrade >= rules.dormantDays,
      atRisk: volumeChange !== null && volumeChange < -rules.atRiskDropPercent / 100,
    };
  });
}

export const inList = (a: ClassifiedAccount, list: SegmentList): boolean => (list === 'whales' ? a.whale : list === 'dormant' ? a.dormant : a.atRisk);

export interface SegmentCount {
  readonly segment: string; readonly region: string; readonly accounts: number; readonly whales: number; readonly dormant: number; readonly atRisk: number;
  readonly volume30dUsd: number; readonly volumePrev30dUsd: number;
}

export function countSegments(accounts: readonly ClassifiedAccount[]): SegmentCount[] {
  const counts = new Map<string, { -readonly [K in keyof SegmentCount]: SegmentCount[K] }>();
  for (const a of accounts) {
    const key = `${a.segment}\u0000${a.region}`;
    const c = counts.get(key) ?? { segment: a.segment, region: a.region, accounts: 0, whales: 0, dormant: 0, atRisk: 0, volume30dUsd: 0, volumePrev30dUsd: 0 };
    c.accounts += 1; c.whales += a.whale ? 1 : 0; c.dormant += a.dormant ? 1 : 0; c.atRisk += a.atRisk ? 1 : 0;
    c.volume30dUsd += a.volume30dUsd; c.volumePrev30dUsd += a.volumePrev30dUsd;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => (a.segment === b.segment ? (a.region < b.region ? -1 : 1) : a.segment < b.segment ? -1 : 1));
}

export interface FunnelStageRow { readonly stage: FunnelMetric; readonly count: number; readonly conversion: number | null; readonly conversionDod: null; readonly conversionWow: null }

const FIELD: Readonly<Record<FunnelMetric, keyof FunnelPoint>> = {
  registered: 'registered', kyc: 'kyc', deposited: 'deposited', transferred: 'transferred', first_trade: 'firstTrade', repeat_trade: 'repeatTrade',
};

/** Each segment's funnel summed over [from, to]: counts per stage and c_i = N_(i+1) / N_i. */
export function funnelBySegment(points: readonly FunnelPoint[], from: string, to: string): { segment: string; from: string; to: string; stages: FunnelStageRow[] }[] {
  const sums = new Map<string, number[]>();
  for (const p of points) {
    if (p.date < from || p.date > to) continue;
    const s = sums.get(p.segment) ?? FUNNEL_METRICS.map(() => 0);
    FUNNEL_METRICS.forEach((m, i) => { s[i] = (s[i] ?? 0) + (p[FIELD[m]] as number); });
    sums.set(p.segment, s);
  }
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([segment, s]) => ({
    segment, from, to,
    stages: FUNNEL_METRICS.map((stage, i) => {
      const previous = i === 0 ? undefined : s[i - 1];
      return { stage, count: s[i] ?? 0, conversion: previous === undefined || previous === 0 ? null : (s[i] ?? 0) / previous, conversionDod: null, conversionWow: null };
    }),
  }));
}

const CSV_COLUMNS = ['account_id', 'segment', 'region', 'channel', 'registered_at', 'last_trade_at', 'days_since_trade', 'volume_30d_usd', 'volume_prev_30d_usd', 'volume_change', 'avg_leverage', 'margin_mode', 'long_share'] as const;
const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A list as CSV (header and one line per account), for a recall campaign. */
export function accountsCsv(accounts: readonly ClassifiedAccount[]): string {
  return [CSV_COLUMNS.join(','), ...accounts.map((a) => [
    a.account, a.segment, a.region, a.channel, a.registeredAt, a.lastTradeAt, a.daysSinceTrade, a.volume30dUsd, a.volumePrev30dUsd,
    a.volumeChange === null ? null : Math.round(a.volumeChange * 10_000) / 10_000, a.avgLeverage, a.marginMode, a.longShare,
  ].map(cell).join(','))].join('\n') + '\n';
}

export interface SegmentBreakdown {
  readonly segment: string;
  readonly funnel: readonly { readonly stage: FunnelMetric; readonly count: number; readonly conversion: number | null; readonly conversionDod: number | null; readonly conversionWow: number | null }[];
  readonly accounts: { readonly accounts: number; readonly volume30dUsd: number; readonly volumePrev30dUsd: number } | null;
}

/**
 * Business health by segment on `date`: each segment's funnel that day, its conversions' change against the day
 * before and the same weekday a week before (in absolute terms: 0.02 = 2 points), and its accounts from the import.
 */
export function segmentBreakdown(funnel: readonly FunnelPoint[], accounts: readonly AccountPoint[], date: string): SegmentBreakdown[] {
  const day = parseIsoDate(date);
  if (day === undefined) return [];
  const on = (offset: number) => {
    const d = formatIsoDate(day - offset);
    return new Map(funnelBySegment(funnel, d, d).map((s) => [s.segment, s.stages]));
  };
  const [today, yesterday, weekAgo] = [on(0), on(1), on(7)];
  const held = new Map<string, { accounts: number; volume30dUsd: number; volumePrev30dUsd: number }>();
  for (const a of accounts) {
    const h = held.get(a.segment) ?? { accounts: 0, volume30dUsd: 0, volumePrev30dUsd: 0 };
    h.accounts += 1; h.volume30dUsd += a.volume30dUsd; h.volumePrev30dUsd += a.volumePrev30dUsd;
    held.set(a.segment, h);
  }
  const delta = (now: number | null, then: number | null | undefined) => (now === null || then === null || then === undefined ? null : now - then);
  return [...new Set([...today.keys(), ...held.keys()])].sort().map((segment) => ({
    segment,
    funnel: (today.get(segment) ?? []).map((s, i) => ({
      stage: s.stage, count: s.count, conversion: s.conversion,
      conversionDod: delta(s.conversion, yesterday.get(segment)?.[i]?.conversion), conversionWow: delta(s.conversion, weekAgo.get(segment)?.[i]?.conversion),
    })),
    accounts: held.get(segment) ?? null,
  }));
}
