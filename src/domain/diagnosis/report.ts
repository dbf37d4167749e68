// The daily report of a day, drafted: that day's anomalies (with the cause, comment and state the analyst saved
// for them, else `unknown`, empty, open), then the items carried over: the open items of the latest saved report
// before the day, and the anomalies of the days since it (never saved, so still open), until someone closes them.
// Pure: the service hands in the anomalies, the saved reports and the time.
import type { Cause, DiagnosisMetric, DriverKind, FunnelMetric, ItemState } from './vocabulary';
import type { CandidateCause } from './candidates';

export interface ReportItem {
  readonly id: string; readonly since: string; readonly carried: boolean;
  readonly metric: DiagnosisMetric; readonly symbol?: string | undefined;
  readonly value: number; readonly expected: number; readonly change: number | null; readonly score: number; readonly direction: 'up' | 'down';
  readonly drivers: readonly { readonly kind: DriverKind; readonly key: string; readonly share: number; readonly change: number }[];
  readonly stage?: { readonly stage: FunnelMetric; readonly conversion: number; readonly expected: number; readonly score: number; readonly segment?: string | undefined } | undefined;
  readonly candidates: readonly CandidateCause[];
  readonly cause: Cause; readonly comment: string; readonly state: ItemState;
  readonly updatedBy: string | null; readonly updatedAt: string | null;
}

/** An anomaly as the report takes it (the fields an item shares with it). */
export type ReportAnomaly = Omit<ReportItem, 'since' | 'carried' | 'cause' | 'comment' | 'state' | 'updatedBy' | 'updatedAt'> & { readonly date: string };

export interface SavedReport {
  readonly date: string;
  readonly items: readonly Omit<ReportItem, 'carried'>[];
}

export interface ReportDraftInput {
  readonly date: string;
  /** Anomalies of `date` and of the days after `previous` (or of the carry window) before it. */
  readonly anomalies: readonly ReportAnomaly[];
  /** The latest saved report before `date`, if any. */
  readonly previous: SavedReport | undefined;
  /** The saved report of `date` itself, if any: its causes, comments and states win. */
  readonly saved: SavedReport | undefined;
}

const fresh = (a: ReportAnomaly, date: string): ReportItem => {
  const { date: since, ...rest } = a;
  return { ...rest, since, carried: since !== date, cause: 'unknown', comment: '', state: 'open', updatedBy: null, updatedAt: null };
};

/** The items of the day's report: the day's anomalies first (by |score|), then the carried items oldest first. */
export function draftReportItems(input: ReportDraftInput): ReportItem[] {
  const said = new Map((input.saved?.items ?? []).map((i) => [i.id, i]));
  const withSaid = (item: ReportItem): ReportItem => {
    const s = said.get(item.id);
    return s === undefined ? item : { ...item, cause: s.cause, comment: s.comment, state: s.state, updatedBy: s.updatedBy, updatedAt: s.updatedAt };
  };
  const seen = new Set<string>();
  const today: ReportItem[] = [];
  for (const a of input.anomalies) {
    if (a.date !== input.date || seen.has(a.id)) continue;
    seen.add(a.id);
    today.push(withSaid(fresh(a, input.date)));
  }
  today.sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  const carried: ReportItem[] = [];
  const carry = (item: ReportItem) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    // Closed today (in today's saved report): shown once more, as closed; the next day's report leaves it out.
    carried.push(withSaid(item));
  };
  for (const item of input.previous?.items ?? []) if (item.state === 'open') carry({ ...item, carried: true });
  for (const a of input.anomalies) if (a.date < input.date && (input.previous === undefined || a.date > input.previous.date)) carry(fresh(a, input.date));
  carried.sort((a, b) => (a.since === b.since ? Math.abs(b.score) - Math.abs(a.score) : a.since < b.since ? -1 : 1));
  return [...today, ...carried];
}
