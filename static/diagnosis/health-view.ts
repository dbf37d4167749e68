// The business-health tab's view model, computed without a DOM: how each KPI is formatted and whether its rise is
// good news (rebates and funding paid are costs), the sparkline points with incomplete days marked, the waterfall
// steps, the symbol breakdown as table rows, and how fresh the data is against the analyst's today.
import type { OutputOf } from '../../src/contract';
import type { KpiKey } from '../../src/domain/diagnosis/vocabulary';
import type { SeriesPoint, WaterfallStep } from '../ui/charts/chart-model';
import type { ValueKind } from './format';

export type Health = OutputOf<'diagnosis/health'>;
export type KpiTile = Health['tiles'][number];
export type WaterfallStepKey = Health['waterfall'][number]['step'];
export type Change = KpiTile['dod'];

const COUNT_KPIS: readonly KpiKey[] = ['newUsers', 'activeTraders'];
const COST_KPIS: readonly KpiKey[] = ['rebatesUsd', 'fundingPaidUsd'];

export function kpiKind(kpi: KpiKey): ValueKind {
  return COUNT_KPIS.includes(kpi) ? 'count' : 'usd';
}

export type Tone = 'good' | 'bad' | 'flat' | 'none';

/** Whether a change is good news: a rise of a cost is bad, a rise of anything else good; none without a change. */
export function changeTone(kpi: KpiKey, change: Change): Tone {
  const delta = change.absolute;
  if (delta === null) return 'none';
  if (delta === 0) return 'flat';
  const rising = delta > 0;
  return rising !== COST_KPIS.includes(kpi) ? 'good' : 'bad';
}

/** A tile's sparkline: a day without data stays a gap, a day whose total lacks a symbol is marked incomplete. */
export function sparklinePoints(tile: KpiTile, incompleteDates: ReadonlySet<string>): SeriesPoint[] {
  return tile.sparkline.map((point) => ({ date: point.date, value: point.value ?? undefined, incomplete: incompleteDates.has(point.date) }));
}

/** The day's P&L as waterfall steps: fees up, rebates, funding and campaign costs down, net revenue as the total. */
export function waterfallSteps(waterfall: Health['waterfall'], labelOf: (step: WaterfallStepKey) => string): WaterfallStep[] {
  return waterfall.map((step) => ({ id: step.step, label: labelOf(step.step), value: step.amountUsd, kind: step.step === 'net' ? 'total' : 'change' }));
}

/** The net of the steps before the total, and whether it matches the total the server gave (to the cent). */
export function waterfallBalances(waterfall: Health['waterfall']): boolean {
  const total = waterfall.find((step) => step.step === 'net');
  if (total === undefined) return true;
  const sum = waterfall.filter((step) => step.step !== 'net').reduce((acc, step) => acc + step.amountUsd, 0);
  return Math.abs(sum - total.amountUsd) < 0.01;
}

export type Freshness =
  | { readonly kind: 'empty' }
  | { readonly kind: 'current'; readonly latest: string }
  /** The latest day is older than yesterday: `days` since it. */
  | { readonly kind: 'behind'; readonly latest: string; readonly days: number };

const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** How fresh the data is on `today` (the analyst's calendar day): a day's figures arrive the morning after it. */
export function freshnessOf(latestDate: string | null, today: string): Freshness {
  if (latestDate === null) return { kind: 'empty' };
  const days = dayNumber(today) - dayNumber(latestDate);
  return days <= 1 ? { kind: 'current', latest: latestDate } : { kind: 'behind', latest: latestDate, days };
}

/** Today in the browser's time zone, as an ISO day. */
export function localToday(nowMs: number): string {
  const now = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface SymbolRow {
  readonly symbol: string;
  readonly missing: boolean;
  readonly cells: Health['bySymbol'][number]['kpis'];
  /** The symbol's share of the day's total of `shareOf` (null when the total is 0 or unknown). */
  readonly share: number | null;
}

/** The symbols of the day, largest by `shareOf` first, missing ones last; each with its share of the total. */
export function symbolRows(health: Health, shareOf: KpiKey): SymbolRow[] {
  const total = health.bySymbol.reduce((acc, row) => acc + (row.kpis[shareOf].value ?? 0), 0);
  return health.bySymbol
    .map((row) => {
      const value = row.kpis[shareOf].value;
      return { symbol: row.symbol, missing: row.missing, cells: row.kpis, share: value === null || total === 0 ? null : value / total };
    })
    .sort((a, b) => Number(a.missing) - Number(b.missing) || (b.share ?? -1) - (a.share ?? -1) || a.symbol.localeCompare(b.symbol));
}

/** The window's incomplete days, newest first, each with the symbols that are missing from its totals. */
export function incompleteDays(health: Health): Health['incomplete'] {
  return [...health.incomplete].sort((a, b) => b.date.localeCompare(a.date));
}
