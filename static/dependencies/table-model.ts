// The CPM table's view model: which rows show (text filter, critical only) and in what order (any column,
// either direction, ties in plan order). Pure, so it is tested without a DOM.
import type { TaskRow } from './task-rows';

export const SORT_KEYS = [
  'key', 'summary', 'duration', 'start', 'finish', 'lateStart', 'lateFinish', 'totalFloat', 'freeFloat', 'critical',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export interface RowFilter {
  readonly text: string;
  readonly criticalOnly: boolean;
}

/** Keeps rows whose key, summary, assignee or status contains every word of `text` (any case). */
export function filterRows(rows: readonly TaskRow[], filter: RowFilter): TaskRow[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  return rows.filter((row) => {
    if (filter.criticalOnly && !row.critical) return false;
    if (words.length === 0) return true;
    const haystack = `${row.id} ${row.summary} ${row.assignee ?? ''} ${row.status}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Sorts a copy of the rows; equal rows keep plan order whatever the direction. */
export function sortRows(rows: readonly TaskRow[], sort: SortState): TaskRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy(sort.key, a, b) || a.order - b.order);
}

/** The next sort after a click on a column header: same column flips, a new column starts ascending. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function compareBy(key: SortKey, a: TaskRow, b: TaskRow): number {
  switch (key) {
    case 'key':
      return compareIssueKeys(a.id, b.id);
    case 'summary':
      return a.summary.localeCompare(b.summary);
    case 'duration':
      return a.duration - b.duration;
    case 'start':
      return a.es - b.es;
    case 'finish':
      return a.ef - b.ef;
    case 'lateStart':
      return a.ls - b.ls;
    case 'lateFinish':
      return a.lf - b.lf;
    case 'totalFloat':
      return a.totalFloat - b.totalFloat;
    case 'freeFloat':
      return a.freeFloat - b.freeFloat;
    case 'critical':
      return Number(b.critical) - Number(a.critical);
  }
}

/** PERP-2 before PERP-10: project keys as text, numbers as numbers. */
export function compareIssueKeys(a: string, b: string): number {
  const ma = /^(.*)-(\d+)$/.exec(a);
  const mb = /^(.*)-(\d+)$/.exec(b);
  if (ma === null || mb === null) return a.localeCompare(b);
  const project = (ma[1] ?? '').localeCompare(mb[1] ?? '');
  return project !== 0 ? project : Number(ma[2]) - Number(mb[2]);
}
