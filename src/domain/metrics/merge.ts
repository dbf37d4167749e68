// How an import lands on what is kept: daily points replace the kept point of the same date and symbol (market)
// or date and segment (funnel), so importing the same file again changes nothing; participant and trade features
// of a campaign are replaced whole by the new file's. Counts what was replaced and what is new.
import type { DailyMetricPoint, FunnelPoint } from './aggregates';

export interface Merged<T> {
  readonly points: readonly T[];
  readonly replaced: number;
  readonly added: number;
}

function mergeBy<T extends { readonly date: string }>(kept: readonly T[], incoming: readonly T[], keyOf: (p: T) => string): Merged<T> {
  const byKey = new Map(kept.map((p) => [keyOf(p), p]));
  let replaced = 0;
  let added = 0;
  for (const p of incoming) {
    const key = keyOf(p);
    if (byKey.has(key)) replaced += 1;
    else added += 1;
    byKey.set(key, p);
  }
  const points = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
  return { points, replaced, added };
}

export const mergeDailyMetrics = (kept: readonly DailyMetricPoint[], incoming: readonly DailyMetricPoint[]): Merged<DailyMetricPoint> =>
  mergeBy(kept, incoming, (p) => `${p.date}\u0000${p.symbol}`);

export const mergeFunnel = (kept: readonly FunnelPoint[], incoming: readonly FunnelPoint[]): Merged<FunnelPoint> =>
  mergeBy(kept, incoming, (p) => `${p.date}\u0000${p.segment}`);
