// The CPM table's columns as data, in CSV order: the header, sort value, CSV value and searched text of each
// (key, summary, assignee and status are searched; status, assignee and source are in the CSV only).
// cpm-table.tsx adds the cells. Pure, so the table's order, filter and CSV are tested without a DOM.
import { issueKeySortValue } from '../ui/table/issue-key-order';
import type { TableColumn } from '../ui/table/table-model';
import type { DurationBasis } from '../../src/domain/schedule';
import type { TaskRow } from './task-rows';

export type CpmColumnId =
  | 'key' | 'epic' | 'summary' | 'status' | 'assignee' | 'duration' | 'source'
  | 'start' | 'finish' | 'lateStart' | 'lateFinish' | 'totalFloat' | 'freeFloat' | 'critical';

export interface CpmColumnLabels {
  readonly headers: Readonly<Record<Exclude<CpmColumnId, 'epic'>, string>>;
  /** The Epic column's header: the column is there (after the key) only when given (a release's table). */
  readonly epic?: string;
  /** The duration's CSV header, which names the unit. */
  readonly durationInDays: string;
  readonly yes: string;
  readonly no: string;
  readonly source: (basis: DurationBasis) => string;
}

export interface CpmColumn extends TableColumn<TaskRow> {
  readonly id: CpmColumnId;
}

export function cpmColumns(labels: CpmColumnLabels): readonly CpmColumn[] {
  const { headers } = labels;
  return [
    { id: 'key', header: headers.key, sortValue: (row) => issueKeySortValue(row.id), csvValue: (row) => row.id, filterText: (row) => row.id },
    ...(labels.epic === undefined ? [] : [epicColumn(labels.epic)]),
    { id: 'summary', header: headers.summary, sortValue: (row) => row.summary, csvValue: (row) => row.summary, filterText: (row) => row.summary },
    { id: 'status', header: headers.status, csvValue: (row) => row.status, filterText: (row) => row.status },
    { id: 'assignee', header: headers.assignee, csvValue: (row) => row.assignee ?? '', filterText: (row) => row.assignee ?? '' },
    { id: 'duration', header: headers.duration, csvHeader: labels.durationInDays, sortValue: (row) => row.duration, csvValue: (row) => row.duration },
    { id: 'source', header: headers.source, csvValue: (row) => labels.source(row.durationBasis) },
    { id: 'start', header: headers.start, sortValue: (row) => row.es, csvValue: (row) => row.start },
    { id: 'finish', header: headers.finish, sortValue: (row) => row.ef, csvValue: (row) => row.finish },
    { id: 'lateStart', header: headers.lateStart, sortValue: (row) => row.ls, csvValue: (row) => row.lateStart },
    { id: 'lateFinish', header: headers.lateFinish, sortValue: (row) => row.lf, csvValue: (row) => row.lateFinish },
    { id: 'totalFloat', header: headers.totalFloat, numeric: true, sortValue: (row) => row.totalFloat, csvValue: (row) => row.totalFloat },
    { id: 'freeFloat', header: headers.freeFloat, numeric: true, sortValue: (row) => row.freeFloat, csvValue: (row) => row.freeFloat },
    // Critical first when ascending.
    { id: 'critical', header: headers.critical, sortValue: (row) => (row.critical ? 0 : 1), csvValue: (row) => (row.critical ? labels.yes : labels.no) },
  ];
}

function epicColumn(header: string): CpmColumn {
  return {
    id: 'epic', header,
    sortValue: (row) => (row.epicKey === undefined ? '' : issueKeySortValue(row.epicKey)),
    csvValue: (row) => row.epicKey ?? '',
    filterText: (row) => row.epicKey ?? '',
  };
}
