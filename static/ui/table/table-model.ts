// The data table's view model: the columns a caller defines, which rows a filter keeps (every typed word in
// some searched column, any case), their order by one column (either direction, ties in the order given) and
// the CSV of the rows shown. Pure, so it is tested without a DOM.
import { csvText, toCsv, type CsvCell } from './csv';

/** Compared as numbers, as text in the user's collation, or element by element for a tuple. */
export type SortValue = string | number | readonly (string | number)[];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

export interface TableColumn<Row> {
  readonly id: string;
  /** The column's header, and its CSV header unless `csvHeader` is given. */
  readonly header: string;
  readonly csvHeader?: string;
  /** Right-aligned, in tabular figures. */
  readonly numeric?: boolean;
  /** Absent: the column is not sortable. */
  readonly sortValue?: (row: Row) => SortValue;
  /** Absent: the column is not in the CSV. Strings are defused for spreadsheets. */
  readonly csvValue?: (row: Row) => CsvCell;
  /** Absent: the filter does not search the column. */
  readonly filterText?: (row: Row) => string;
}

/** Rows that `keep` accepts (all, without it) and whose searched columns contain every word of `text`. */
export function filterRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], text: string, keep?: (row: Row) => boolean): Row[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  const searched = columns.flatMap((column) => (column.filterText === undefined ? [] : [column.filterText]));
  return rows.filter((row) => {
    if (keep !== undefined && !keep(row)) return false;
    if (words.length === 0) return true;
    const haystack = searched.map((textOf) => textOf(row)).join(' ').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A sorted copy; rows that compare equal keep the order they came in, whatever the direction. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], sort: SortState | undefined): Row[] {
  const valueOf = columns.find((column) => column.id === sort?.columnId)?.sortValue;
  if (sort === undefined || valueOf === undefined) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((a, b) => sign * compareSortValues(a.value, b.value))
    .map(({ row }) => row);
}

/** The sort after a click on a column header: the same column flips, another one starts ascending. */
export function nextSort(current: SortState | undefined, columnId: string): SortState {
  if (current?.columnId !== columnId) return { columnId, direction: 'ascending' };
  return { columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function compareSortValues(a: SortValue, b: SortValue): number {
  const left = typeof a === 'object' ? a : [a];
  const right = typeof b === 'object' ? b : [b];
  for (const [i, value] of left.entries()) {
    const other = right[i];
    if (other === undefined) return 1;
    const order = typeof value === 'number' && typeof other === 'number' ? value - other : String(value).localeCompare(String(other));
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** The CSV of `rows` (as shown: filtered and sorted) over the columns that have a CSV value, with headers. */
export function tableCsv<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): string {
  const exported = columns.flatMap((column) => (column.csvValue === undefined ? [] : [{ header: column.csvHeader ?? column.header, valueOf: column.csvValue }]));
  return toCsv([
    exported.map((column) => column.header),
    ...rows.map((row) => exported.map((column) => defused(column.valueOf(row)))),
  ]);
}

function defused(value: CsvCell): CsvCell {
  return typeof value === 'string' ? csvText(value) : value;
}
