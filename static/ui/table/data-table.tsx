// A data table over the caller's column definitions: sortable by clicking a header, filtered by the words
// typed in its toolbar (and by the caller's own controls beside them), exported as CSV with a BOM for Excel.
// Above VIRTUALIZE_ABOVE rows only the rows in view are in the page; below it find-in-page sees every row.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useShell } from '../app-shell';
import { downloadText } from '../download';
import { TextInput } from '../form/inputs';
import { withKitClass } from '../with-kit-class';
import { filterRows, nextSort, sortRows, tableCsv, type SortState, type TableColumn } from './table-model';
import { useVirtualRows } from './use-virtual-rows';
import './data-table.css';

export interface DataTableColumn<Row> extends TableColumn<Row> {
  /** Absent: the column is not shown, only exported or searched. */
  readonly cell?: (row: Row) => ReactNode;
  readonly cellClassName?: string | ((row: Row) => string | undefined);
}

/** The texts that depend on what the rows are (tasks, criteria, accounts), in the user's language. */
export interface DataTableLabels {
  /** The filter field's accessible name. */
  readonly filter: string;
  readonly filterPlaceholder: string;
  readonly count: (shown: number, total: number) => string;
  readonly noMatch: string;
}

export interface DataTableTestIds {
  readonly table?: string;
  readonly filter?: string;
  readonly row?: string;
  readonly exportButton?: string;
}

export interface DataTableProps<Row> {
  readonly rows: readonly Row[];
  readonly columns: readonly DataTableColumn<Row>[];
  readonly rowKey: (row: Row) => string;
  readonly labels: DataTableLabels;
  readonly csvFileName: string;
  readonly initialSort?: SortState;
  /** The caller's own filter (a toggle in `toolbar`, say), applied with the typed words. */
  readonly keepRow?: ((row: Row) => boolean) | undefined;
  /** The caller's controls, after the filter field. */
  readonly toolbar?: ReactNode;
  readonly rowClassName?: (row: Row) => string;
  readonly onRowClick?: (row: Row) => void;
  readonly testIds?: DataTableTestIds;
}

const ROW_HEIGHT = 37;
const VIRTUALIZE_ABOVE = 150;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, rowKey, labels, csvFileName, initialSort, keepRow, toolbar, rowClassName, onRowClick, testIds } = props;
  const { t } = useShell();
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortState | undefined>(initialSort);
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => sortRows(filterRows(rows, columns, text, keepRow), columns, sort), [rows, columns, text, keepRow, sort]);
  const range = useVirtualRows(scroller, shown.length, ROW_HEIGHT, ROW_HEIGHT);
  const virtual = shown.length > VIRTUALIZE_ABOVE;
  const start = virtual ? range.start : 0;
  const end = virtual ? range.end : shown.length;
  const visible = columns.filter((column) => column.cell !== undefined);

  return (
    <div>
      <div className="lc-table-toolbar">
        <TextInput
          type="search"
          className="lc-table-filter"
          placeholder={labels.filterPlaceholder}
          aria-label={labels.filter}
          value={text}
          data-testid={testIds?.filter}
          onChange={(event) => { setText(event.target.value); }}
        />
        {toolbar}
        <span className="lc-muted" aria-live="polite">{labels.count(shown.length, rows.length)}</span>
        <span className="lc-table-spacer" />
        <button
          type="button"
          className="lc-button"
          data-testid={testIds?.exportButton}
          title={t('ui.table.exportTitle')}
          onClick={() => { downloadText(tableCsv(shown, columns), csvFileName, 'text/csv;charset=utf-8'); }}
        >
          ⤓ {t('ui.table.exportCsv')}
        </button>
      </div>
      <div ref={scroller} className="lc-table-scroll">
        <table className={withKitClass('lc-table', onRowClick === undefined ? undefined : 'lc-table-clickable')} data-testid={testIds?.table} aria-rowcount={shown.length + 1}>
          <thead>
            <tr style={{ height: ROW_HEIGHT }}>
              {visible.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={column.sortValue === undefined ? undefined : sort?.columnId === column.id ? sort.direction : 'none'}
                  className={column.numeric === true ? 'lc-table-numeric' : undefined}
                >
                  {column.sortValue === undefined ? column.header : (
                    <button type="button" className="lc-table-sort" data-sort={column.id} onClick={() => { setSort(nextSort(sort, column.id)); }}>
                      {column.header}
                      <span className="lc-table-sort-mark" aria-hidden="true">{sort?.columnId === column.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {start > 0 ? <tr aria-hidden="true" style={{ height: start * ROW_HEIGHT }} /> : null}
            {shown.slice(start, end).map((row, i) => (
              <tr
                key={rowKey(row)}
                data-testid={testIds?.row}
                data-key={rowKey(row)}
                aria-rowindex={start + i + 2}
                className={rowClassName?.(row)}
                style={{ height: ROW_HEIGHT }}
                onClick={onRowClick === undefined ? undefined : () => { onRowClick(row); }}
              >
                {visible.map((column) => (
                  <td key={column.id} className={cellClassName(column, row)}>{column.cell?.(row)}</td>
                ))}
              </tr>
            ))}
            {end < shown.length ? <tr aria-hidden="true" style={{ height: (shown.length - end) * ROW_HEIGHT }} /> : null}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="lc-table-empty">{labels.noMatch}</p> : null}
      </div>
    </div>
  );
}

function cellClassName<Row>(column: DataTableColumn<Row>, row: Row): string | undefined {
  const own = typeof column.cellClassName === 'function' ? column.cellClassName(row) : column.cellClassName;
  return column.numeric === true ? withKitClass('lc-table-numeric', own) : own;
}
