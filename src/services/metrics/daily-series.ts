// The imported daily series as every surface reads them (campaign ROI now, the daily business diagnosis later):
// market points by date and symbol, funnel points by date and segment, between two dates inclusive.
import { ok, type Result } from '../../contract';
import { readDataset, seriesContentSchema } from '../../adapters/storage/metric-datasets';
import type { DailyMetricPoint, FunnelPoint } from '../../domain/metrics';
import type { CallContext } from '../call-context';
import { EMPTY_SERIES } from './metric-imports';

export interface DailySeriesQuery {
  readonly from: string;
  readonly to: string;
  /** Only these symbols (market points); all when absent. */
  readonly symbols?: readonly string[];
  /** Only these segments (funnel points); all when absent. */
  readonly segments?: readonly string[];
}

export interface DailySeries {
  readonly market: readonly DailyMetricPoint[];
  readonly funnel: readonly FunnelPoint[];
  /** When the series last changed (null: nothing imported yet). */
  readonly updatedAt: string | null;
}

/**
 * The site's imported series in [from, to]. The series are the site's, not a project's: the calling surface
 * decides who may see them (campaign ROI asks for the campaign's project).
 */
export async function loadDailySeries(_ctx: CallContext, query: DailySeriesQuery): Promise<Result<DailySeries>> {
  const dataset = await readDataset({ kind: 'series' }, seriesContentSchema, EMPTY_SERIES);
  if (!dataset.ok) return dataset;
  const symbols = query.symbols === undefined ? undefined : new Set(query.symbols);
  const segments = query.segments === undefined ? undefined : new Set(query.segments);
  const within = (p: { readonly date: string }) => p.date >= query.from && p.date <= query.to;
  return ok({
    market: dataset.data.content.daily.filter((p) => within(p) && (symbols === undefined || symbols.has(p.symbol))),
    funnel: dataset.data.content.funnel.filter((p) => within(p) && (segments === undefined || segments.has(p.segment))),
    updatedAt: dataset.data.head?.updatedAt ?? null,
  });
}
