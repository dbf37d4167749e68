// The KPI tiles of business health for one day: each KPI's total (net revenue = fees - rebates - funding paid -
// campaign costs of the day), its day-over-day and week-over-week change, a sparkline over the window, whether the
// day's total lacks a symbol (incomplete), the P&L waterfall of the day, and every KPI by symbol.
import type { DailyMetricPoint } from '../metrics';
import { formatIsoDate, parseIsoDate } from '../schedule';
import { coverageOf, dateOfColumn } from './grid';
import { marketGrid } from './detect';
import { KPI_KEYS, type KpiKey } from './vocabulary';

export interface Change { readonly previous: number | null; readonly absolute: number | null; readonly relative: number | null }
export interface KpiTile {
  readonly kpi: KpiKey; readonly value: number | null; readonly dod: Change; readonly wow: Change;
  readonly sparkline: readonly { readonly date: string; readonly value: number | null }[]; readonly incomplete: boolean;
}
export interface SymbolKpis {
  readonly symbol: string; readonly missing: boolean;
  readonly kpis: Readonly<Record<KpiKey, { readonly value: number | null; readonly dod: Change; readonly wow: Change }>>;
}
export interface Health {
  readonly date: string | null; readonly latestDate: string | null; readonly from: string | null;
  readonly tiles: readonly KpiTile[];
  readonly waterfall: readonly { readonly step: 'fees' | 'rebates' | 'funding' | 'campaign-costs' | 'net'; readonly amountUsd: number }[];
  readonly bySymbol: readonly SymbolKpis[];
  readonly incomplete: readonly { readonly date: string; readonly missingSymbols: readonly string[] }[];
  readonly gaps: readonly { readonly date: string; readonly symbol: string }[];
  readonly symbols: readonly string[];
}

/** Campaign costs per day: each campaign's total spread evenly over its days. */
export function campaignCostOn(date: string, campaigns: readonly { readonly start: string; readonly end: string; readonly totalUsd: number }[]): number {
  let cost = 0;
  for (const c of campaigns) {
    const s = parseIsoDate(c.start);
    const e = parseIsoDate(c.end);
    if (s === undefined || e === undefined || date < c.start || date > c.end) continue;
    cost += c.totalUsd / (e - s + 1);
  }
  return cost;
}

const KPI_OF: Readonly<Record<Exclude<KpiKey, 'netRevenueUsd'>, (p: DailyMetricPoint) => number>> = {
  volumeUsd: (p) => p.volumeUsd, openInterestUsd: (p) => p.openInterestUsd, feeRevenueUsd: (p) => p.feeRevenueUsd, rebatesUsd: (p) => p.rebatesUsd,
  fundingPaidUsd: (p) => p.fundingPaidUsd, newUsers: (p) => p.newUsers, activeTraders: (p) => p.activeTraders,
};

const valueOf = (p: DailyMetricPoint, kpi: KpiKey, campaignCost: number): number =>
  (kpi === 'netRevenueUsd' ? p.feeRevenueUsd - p.rebatesUsd - p.fundingPaidUsd - campaignCost : KPI_OF[kpi](p));

const change = (value: number | null, previous: number | null): Change => ({
  previous, absolute: value === null || previous === null ? null : value - previous,
  relative: value === null || previous === null || previous === 0 ? null : (value - previous) / Math.abs(previous),
});

/** Business health on `date` (absent: the latest day with data) with a sparkline of `days` days ending on it. */
export function computeHealth(points: readonly DailyMetricPoint[], date: string | undefined, days: number,
  campaigns: readonly { readonly start: string; readonly end: string; readonly totalUsd: number }[]): Health {
  const grid = marketGrid(points);
  if (grid.days === 0) return { date: null, latestDate: null, from: null, tiles: [], waterfall: [], bySymbol: [], incomplete: [], gaps: [], symbols: [] };
  const coverage = coverageOf(grid);
  const latestDate = dateOfColumn(grid, grid.days - 1);
  const day = date ?? latestDate;
  const dayNumber = parseIsoDate(day) ?? grid.firstDay + grid.days - 1;
  const fromNumber = dayNumber - days + 1;
  // Totals per date and KPI (campaign costs count once per day, not per symbol).
  const byDate = new Map<string, DailyMetricPoint[]>();
  for (const p of points) {
    const list = byDate.get(p.date);
    if (list === undefined) byDate.set(p.date, [p]);
    else list.push(p);
  }
  const total = (d: string, kpi: KpiKey): number | null => {
    const list = byDate.get(d);
    if (list === undefined) return null;
    const sum = list.reduce((acc, p) => acc + valueOf(p, kpi, 0), 0);
    return kpi === 'netRevenueUsd' ? sum - campaignCostOn(d, campaigns) : sum;
  };
  const column = (n: number) => n - grid.firstDay;
  const isIncomplete = (n: number) => column(n) >= 0 && column(n) < grid.days && coverage.incomplete[column(n)] === 1;
  const tiles: KpiTile[] = KPI_KEYS.map((kpi) => {
    const value = total(day, kpi);
    return {
      kpi, value, dod: change(value, total(formatIsoDate(dayNumber - 1), kpi)), wow: change(value, total(formatIsoDate(dayNumber - 7), kpi)),
      sparkline: Array.from({ length: days }, (_, i) => ({ date: formatIsoDate(fromNumber + i), value: total(formatIsoDate(fromNumber + i), kpi) })),
      incomplete: isIncomplete(dayNumber),
    };
  });
  const fees = total(day, 'feeRevenueUsd') ?? 0;
  const rebates = total(day, 'rebatesUsd') ?? 0;
  const funding = total(day, 'fundingPaidUsd') ?? 0;
  const campaignCosts = campaignCostOn(day, campaigns);
  const waterfall = [
    { step: 'fees', amountUsd: fees }, { step: 'rebates', amountUsd: -rebates }, { step: 'funding', amountUsd: -funding },
    { step: 'campaign-costs', amountUsd: -campaignCosts }, { step: 'net', amountUsd: fees - rebates - funding - campaignCosts },
  ] as const;
  const pointOf = (symbol: string, d: string) => byDate.get(d)?.find((p) => p.symbol === symbol);
  const bySymbol: SymbolKpis[] = grid.keys.map((symbol) => {
    const today = pointOf(symbol, day);
    const yesterday = pointOf(symbol, formatIsoDate(dayNumber - 1));
    const weekAgo = pointOf(symbol, formatIsoDate(dayNumber - 7));
    const cell = (kpi: KpiKey) => {
      const v = today === undefined ? null : valueOf(today, kpi, 0);
      return { value: v, dod: change(v, yesterday === undefined ? null : valueOf(yesterday, kpi, 0)), wow: change(v, weekAgo === undefined ? null : valueOf(weekAgo, kpi, 0)) };
    };
    const kpis = Object.fromEntries(KPI_KEYS.map((kpi) => [kpi, cell(kpi)])) as Record<KpiKey, ReturnType<typeof cell>>;
    return { symbol, missing: today === undefined, kpis };
  });
  const inWindow = (n: number) => n >= fromNumber && n <= dayNumber;
  return {
    date: day, latestDate, from: formatIsoDate(fromNumber), tiles, waterfall, bySymbol,
    incomplete: [...coverage.missingOn.entries()].filter(([c]) => inWindow(c + grid.firstDay)).sort(([a], [b]) => a - b)
      .map(([c, keys]) => ({ date: dateOfColumn(grid, c), missingSymbols: keys.map((k) => grid.keys[k] ?? '') })),
    gaps: coverage.gaps.filter((g) => inWindow(g.day + grid.firstDay)).map((g) => ({ date: dateOfColumn(grid, g.day), symbol: grid.keys[g.key] ?? '' })),
    symbols: grid.keys,
  };
}
