// Candidate causes beside an anomaly: the campaigns running on its day, the releases that went live in the days
// before it (lookback, the day itself included), and the competitor changes seen in those days (of the anomaly's
// symbol, or of every symbol for a total). The analyst picks the cause; these only say what was going on.
import type { CampaignType } from '../campaign/campaign-record';
import { formatIsoDate, parseIsoDate } from '../schedule';
import type { CompetitorChangeKind } from './vocabulary';

export interface CandidateCause {
  readonly kind: 'campaign' | 'release' | 'competitor';
  readonly id: string; readonly label: string; readonly from: string; readonly to: string;
  readonly campaignType?: CampaignType | undefined; readonly competitorChange?: CompetitorChangeKind | undefined; readonly exchange?: string | undefined; readonly symbol?: string | undefined;
}

export interface CauseSources {
  readonly campaigns: readonly { readonly id: string; readonly name: string; readonly type: CampaignType; readonly start: string; readonly end: string }[];
  readonly releases: readonly { readonly id: string; readonly name: string; readonly releaseDate: string }[];
  readonly competitorChanges: readonly { readonly id: string; readonly date: string; readonly exchange: string; readonly kind: CompetitorChangeKind; readonly symbol: string; readonly label: string }[];
}

/** The candidate causes of an anomaly on `date` (of `symbol`, absent for a total), campaigns first. */
export function candidateCauses(date: string, symbol: string | undefined, sources: CauseSources, lookbackDays: number): CandidateCause[] {
  const day = parseIsoDate(date);
  if (day === undefined) return [];
  const since = formatIsoDate(day - lookbackDays);
  const inLookback = (d: string) => d >= since && d <= date;
  return [
    ...sources.campaigns.filter((c) => c.start <= date && date <= c.end)
      .map((c): CandidateCause => ({ kind: 'campaign', id: c.id, label: c.name, from: c.start, to: c.end, campaignType: c.type })),
    ...sources.releases.filter((r) => inLookback(r.releaseDate))
      .map((r): CandidateCause => ({ kind: 'release', id: r.id, label: r.name, from: r.releaseDate, to: r.releaseDate })),
    ...sources.competitorChanges.filter((c) => inLookback(c.date) && (symbol === undefined || c.symbol === symbol || c.symbol === '*'))
      .map((c): CandidateCause => ({ kind: 'competitor', id: c.id, label: c.label, from: c.date, to: c.date, competitorChange: c.kind, exchange: c.exchange, symbol: c.symbol })),
  ];
}
