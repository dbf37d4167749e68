// Abuse heuristics (DOMAIN.md "Abuse"): self-match, closed-loop round trips inside a small group, shared identity
// clusters (device, IP, withdrawal address) with burst registrations, thin/short activity. Every flag carries its
// evidence; clustering is union-find over shared values and strong pairs, so it stays near-linear.
import type { AccountTradeFeatures, ParticipantFeatures, TradeFeatures } from '../metrics';
import { createUnionFind } from './union-find';

export const ABUSE_REASONS = ['self-match', 'closed-loop', 'shared-device', 'shared-ip', 'shared-withdrawal-address', 'burst-registration', 'thin-activity'] as const;
export type AbuseReason = (typeof ABUSE_REASONS)[number];

/** The thresholds of the heuristics; the defaults are what the tests and the demo use. */
export interface AbuseThresholds {
  /** A pair is a round trip when what flows back is within this share of its gross. */
  readonly loopNetShare: number;
  readonly loopMinTrades: number;
  /** A loop group is "small" up to this many accounts. */
  readonly loopMaxGroup: number;
  /** Share of the group's notional that stays inside the group. */
  readonly loopInsideShare: number;
  /** Accounts behind one IP hash before it counts (shared networks are common). */
  readonly ipMinAccounts: number;
  /** Registrations of one identity cluster within this many minutes are a burst (at least three). */
  readonly burstMinutes: number;
  readonly thinHours: number;
}

export const DEFAULT_THRESHOLDS: AbuseThresholds = {
  loopNetShare: 0.1, loopMinTrades: 4, loopMaxGroup: 12, loopInsideShare: 0.5, ipMinAccounts: 3, burstMinutes: 120, thinHours: 48,
};

export interface FlagEvidence {
  readonly reason: AbuseReason;
  /** What shows it: a shared value, the group, an amount. */
  readonly detail: string;
  readonly amountUsd?: number;
  readonly cluster?: number;
}

export interface AccountFlags {
  readonly account: string;
  readonly evidence: readonly FlagEvidence[];
}

export interface Cluster {
  readonly id: number;
  readonly kind: 'identity' | 'loop';
  readonly accounts: readonly string[];
  /** The shared values (identity) or the loop's gross notional (loop). */
  readonly via: readonly string[];
  readonly grossUsd?: number;
}

export interface AbuseFindings {
  readonly flags: readonly AccountFlags[];
  readonly clusters: readonly Cluster[];
  /** Self-matched notional plus the notional of trades inside closed loops. */
  readonly washVolumeUsd: number;
  readonly totalVolumeUsd: number;
}

const minutesOf = (instant: string): number => {
  const t = Date.parse(instant);
  return Number.isNaN(t) ? Number.NaN : t / 60_000;
};

/** Finds the abuse patterns in the participants' features and (when imported) the trades' features. */
export function findAbuse(participants: readonly ParticipantFeatures[], trades: TradeFeatures | null, t: AbuseThresholds = DEFAULT_THRESHOLDS): AbuseFindings {
  const evidence = new Map<string, FlagEvidence[]>();
  const flag = (account: string, e: FlagEvidence): void => {
    const list = evidence.get(account) ?? [];
    list.push(e);
    evidence.set(account, list);
  };
  const clusters: Cluster[] = [];

  // Shared identity: one union-find over every value two accounts share.
  const identity = createUnionFind();
  const holders = new Map<string, string[]>();
  const kinds = [['shared-device', (p: ParticipantFeatures) => p.deviceId, 2], ['shared-ip', (p: ParticipantFeatures) => p.ipHash, t.ipMinAccounts],
    ['shared-withdrawal-address', (p: ParticipantFeatures) => p.withdrawalAddress, 2]] as const;
  for (const [reason, value] of kinds) {
    for (const p of participants) {
      const key = `${reason}\u0000${value(p)}`;
      const list = holders.get(key) ?? [];
      list.push(p.account);
      holders.set(key, list);
    }
  }
  const sharedBy = new Map<string, string[]>();
  for (const [key, accounts] of holders) {
    const [reason = '', value = ''] = key.split('\u0000');
    const min = kinds.find(([k]) => k === reason)?.[2] ?? 2;
    if (accounts.length < min) continue;
    for (const account of accounts) identity.union(accounts[0] ?? account, account);
    for (const account of accounts) {
      const list = sharedBy.get(account) ?? [];
      list.push(`${reason}\u0000${value}\u0000${accounts.length.toString()}`);
      sharedBy.set(account, list);
    }
  }
  const registered = new Map(participants.map((p) => [p.account, minutesOf(p.registeredAt)]));
  for (const members of identity.groups()) {
    const id = clusters.length + 1;
    const via = [...new Set(members.flatMap((m) => (sharedBy.get(m) ?? []).map((s) => s.split('\u0000').slice(0, 2).join(': '))))].sort();
    clusters.push({ id, kind: 'identity', accounts: members, via });
    for (const m of members) {
      for (const shared of sharedBy.get(m) ?? []) {
        const [reason = '', value = '', count = ''] = shared.split('\u0000');
        flag(m, { reason: reason as AbuseReason, detail: `${value} (${count} accounts)`, cluster: id });
      }
    }
    const times = members.map((m) => registered.get(m) ?? Number.NaN).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
    let burst = false;
    for (let i = 0; i + 2 < times.length; i++) if ((times[i + 2] ?? 0) - (times[i] ?? 0) <= t.burstMinutes) burst = true;
    if (burst) for (const m of members) flag(m, { reason: 'burst-registration', detail: `${members.length.toString()} accounts registered within ${t.burstMinutes.toString()} min`, cluster: id });
  }

  let washVolumeUsd = 0;
  let totalVolumeUsd = 0;
  if (trades !== null) {
    const byAccount = new Map<string, AccountTradeFeatures>(trades.accounts.map((a) => [a.account, a]));
    for (const d of trades.daily) totalVolumeUsd += d.notionalUsd;
    for (const a of trades.accounts) {
      if (a.selfMatchNotionalUsd > 0) {
        flag(a.account, { reason: 'self-match', detail: 'bought from and sold to itself', amountUsd: a.selfMatchNotionalUsd });
        washVolumeUsd += a.selfMatchNotionalUsd;
      }
    }
    // Closed loops: pairs whose flow comes back (net near zero), joined into groups; a small group trading mostly inside itself.
    const loops = createUnionFind();
    const strong = trades.pairs.filter((p) => p.trades >= t.loopMinTrades && Math.abs(p.netUsd) <= t.loopNetShare * p.grossUsd);
    for (const p of strong) loops.union(p.a, p.b);
    for (const members of loops.groups()) {
      if (members.length > t.loopMaxGroup) continue;
      const inside = new Set(members);
      const pairs = strong.filter((p) => inside.has(p.a));
      const gross = pairs.reduce((s, p) => s + p.grossUsd, 0);
      const net = pairs.reduce((s, p) => s + Math.abs(p.netUsd), 0);
      // Each inside trade counts in both members' notional.
      const total = members.reduce((s, m) => s + (byAccount.get(m)?.notionalUsd ?? 0), 0);
      if (total <= 0 || (2 * gross) / total < t.loopInsideShare) continue;
      const id = clusters.length + 1;
      clusters.push({ id, kind: 'loop', accounts: members, via: [`net ${(gross > 0 ? (100 * net) / gross : 0).toFixed(1)}% of gross`], grossUsd: gross });
      washVolumeUsd += gross;
      for (const m of members) flag(m, { reason: 'closed-loop', detail: `round trips among ${members.length.toString()} accounts`, amountUsd: gross, cluster: id });
    }
    const lookup = new Map(participants.map((p) => [p.account, p]));
    for (const a of trades.accounts) {
      const hours = (minutesOf(a.lastTs) - minutesOf(a.firstTs)) / 60;
      const p = lookup.get(a.account);
      const keptNothing = p !== undefined && p.netDepositD30Usd <= Math.max(0, p.netDepositUsd) * 0.01;
      if (hours < t.thinHours && a.symbols === 1 && keptNothing) {
        flag(a.account, { reason: 'thin-activity', detail: `${a.trades.toString()} trades in ${hours.toFixed(1)} h on one symbol; nothing kept at day 30` });
      }
    }
  }
  const flags = [...evidence].map(([account, list]) => ({ account, evidence: list })).sort((a, b) => (a.account < b.account ? -1 : 1));
  return { flags, clusters, washVolumeUsd, totalVolumeUsd };
}
