// The competitor change log: each exchange's snapshots compared day by day with its snapshot before, as what an
// analyst would say ("exchange X cut the taker fee on BTCUSDT to 0.04% on 2026-10-09"): a symbol listed or
// delisted, a maker or taker fee cut or raised (per tier), a promotion started or ended. The first snapshot of an
// exchange is its baseline, no change. Also the replacement of one snapshot (same date and exchange) by another.
import type { CompetitorPoint } from '../metrics';
import type { CompetitorChangeKind } from './vocabulary';

export interface CompetitorChange {
  readonly id: string; readonly date: string; readonly exchange: string; readonly kind: CompetitorChangeKind; readonly symbol: string;
  readonly tier?: string; readonly before?: number; readonly after?: number; readonly promotion?: string;
}

const byDate = (a: { readonly date: string }, b: { readonly date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function compare(exchange: string, date: string, before: readonly CompetitorPoint[], after: readonly CompetitorPoint[]): CompetitorChange[] {
  const changes: CompetitorChange[] = [];
  const add = (kind: CompetitorChangeKind, symbol: string, extra: Omit<CompetitorChange, 'id' | 'date' | 'exchange' | 'kind' | 'symbol'> = {}) =>
    changes.push({ id: [date, exchange, kind, symbol, extra.tier ?? '', extra.promotion ?? ''].join('|'), date, exchange, kind, symbol, ...extra });
  const symbolsBefore = new Set(before.map((p) => p.symbol));
  const symbolsAfter = new Set(after.map((p) => p.symbol));
  for (const s of [...symbolsAfter].sort()) if (!symbolsBefore.has(s)) add('listed', s);
  for (const s of [...symbolsBefore].sort()) if (!symbolsAfter.has(s)) add('delisted', s);
  const tiers = new Map(before.map((p) => [`${p.symbol}\u0000${p.tier}`, p]));
  for (const p of after) {
    const was = tiers.get(`${p.symbol}\u0000${p.tier}`);
    if (was === undefined) continue;
    if (p.makerFee !== was.makerFee) add(p.makerFee < was.makerFee ? 'maker-fee-cut' : 'maker-fee-raised', p.symbol, { tier: p.tier, before: was.makerFee, after: p.makerFee });
    if (p.takerFee !== was.takerFee) add(p.takerFee < was.takerFee ? 'taker-fee-cut' : 'taker-fee-raised', p.symbol, { tier: p.tier, before: was.takerFee, after: p.takerFee });
  }
  const promotions = (points: readonly CompetitorPoint[]) => new Map(points.filter((p) => p.promotion !== '').map((p) => [`${p.symbol}\u0000${p.promotion}`, p]));
  const promoBefore = promotions(before);
  const promoAfter = promotions(after);
  for (const [key, p] of promoAfter) if (!promoBefore.has(key)) add('promotion-started', p.symbol, { promotion: p.promotion });
  for (const [key, p] of promoBefore) if (!promoAfter.has(key) && symbolsAfter.has(p.symbol)) add('promotion-ended', p.symbol, { promotion: p.promotion });
  return changes;
}

/** Every change between consecutive snapshots of each exchange, by date then exchange. */
export function competitorChangeLog(points: readonly CompetitorPoint[]): CompetitorChange[] {
  const snapshots = new Map<string, Map<string, CompetitorPoint[]>>();
  for (const p of points) {
    const days = snapshots.get(p.exchange) ?? new Map<string, CompetitorPoint[]>();
    snapshots.set(p.exchange, days);
    days.set(p.date, [...(days.get(p.date) ?? []), p]);
  }
  const changes: CompetitorChange[] = [];
  for (const [exchange, days] of snapshots) {
    const dates = [...days.keys()].sort();
    for (let i = 1; i < dates.length; i++) {
      const date = dates[i] ?? '';
      changes.push(...compare(exchange, date, days.get(dates[i - 1] ?? '') ?? [], days.get(date) ?? []));
    }
  }
  return changes.sort((a, b) => byDate(a, b) || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0));
}

/** The snapshots kept once `incoming` replaces, per date and exchange it covers, what was there. */
export function replaceSnapshots(kept: readonly CompetitorPoint[], incoming: readonly CompetitorPoint[]): { points: CompetitorPoint[]; replaced: number; added: number } {
  const covered = new Set(incoming.map((p) => `${p.date}\u0000${p.exchange}`));
  const staying = kept.filter((p) => !covered.has(`${p.date}\u0000${p.exchange}`));
  const points = [...staying, ...incoming].sort((a, b) => byDate(a, b) || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.tier < b.tier ? -1 : 1));
  return { points, replaced: kept.length - staying.length, added: incoming.length };
}
