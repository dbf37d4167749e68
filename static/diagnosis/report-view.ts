// The daily report tab's view model: how many items are open, closed, carried over and still without a cause,
// the items in reading order (carried-over first, oldest first, then today's by score), and the space key read.
import type { OutputOf, ReportItem } from '../../src/contract';

export type Report = OutputOf<'diagnosis/report'>;

export interface ReportSummary { readonly open: number; readonly closed: number; readonly carried: number; readonly unexplained: number }

export function reportSummary(items: readonly ReportItem[]): ReportSummary {
  return {
    open: items.filter((i) => i.state === 'open').length,
    closed: items.filter((i) => i.state === 'closed').length,
    carried: items.filter((i) => i.carried).length,
    unexplained: items.filter((i) => i.cause === 'unknown' && i.comment.trim() === '').length,
  };
}

/** Carried-over items first (oldest first), then the day's own, strongest score first. */
export function orderedItems(items: readonly ReportItem[]): ReportItem[] {
  return [...items].sort((a, b) => Number(b.carried) - Number(a.carried) || (a.carried ? a.since.localeCompare(b.since) : 0) || Math.abs(b.score) - Math.abs(a.score));
}

/** A Confluence space key as typed, or undefined when it cannot be one. */
export function readSpaceKey(text: string): string | undefined {
  const key = text.trim();
  return /^[A-Za-z0-9~]{1,255}$/.test(key) ? key : undefined;
}
