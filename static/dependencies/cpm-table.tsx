// The CPM table: every task with duration (and where it came from), early and late dates, total and free float
// and the critical flag; sortable by every column, filterable by text and to critical tasks, durations
// editable as what-ifs, exportable as CSV. Long tables render only the rows in view.
import { useMemo, useRef, useState } from 'react';
import type { PlanEdit } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { Lozenge } from '../ui/status/lozenge';
import { buildCpmCsv } from './csv';
import { downloadText } from './download';
import { DurationInput } from './duration-input';
import { SourceLozenge, sourceLabel } from './source-lozenge';
import { filterRows, nextSort, sortRows, type SortKey, type SortState } from './table-model';
import type { TaskRow } from './task-rows';
import { useVirtualRows } from './use-virtual-rows';

export interface CpmTableProps {
  readonly rows: readonly TaskRow[];
  readonly epicKey: string;
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onEdit: (edit: PlanEdit) => void;
}

const ROW_HEIGHT = 37;
const HEAD_HEIGHT = 37;
/** Below this many rows every row is in the page (find-in-page works); above, only those in view. */
const VIRTUALIZE_ABOVE = 150;

export function CpmTable({ rows, epicKey, selected, onSelect, onEdit }: CpmTableProps) {
  const { t, language } = useShell();
  const [text, setText] = useState('');
  const [criticalOnly, setCriticalOnly] = useState(false);
  const [sort, setSort] = useState<SortState>({ key: 'start', direction: 'ascending' });
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => sortRows(filterRows(rows, { text, criticalOnly }), sort), [rows, text, criticalOnly, sort]);
  const virtual = shown.length > VIRTUALIZE_ABOVE;
  const range = useVirtualRows(scroller, shown.length, ROW_HEIGHT, HEAD_HEIGHT);
  const start = virtual ? range.start : 0;
  const end = virtual ? range.end : shown.length;

  const columns: readonly { readonly key: SortKey; readonly label: string; readonly numeric?: boolean }[] = [
    { key: 'key', label: t('dependencies.table.key') },
    { key: 'summary', label: t('dependencies.table.summary') },
    { key: 'duration', label: t('dependencies.table.duration') },
    { key: 'start', label: t('dependencies.table.earlyStart') },
    { key: 'finish', label: t('dependencies.table.earlyFinish') },
    { key: 'lateStart', label: t('dependencies.table.lateStart') },
    { key: 'lateFinish', label: t('dependencies.table.lateFinish') },
    { key: 'totalFloat', label: t('dependencies.table.totalFloat'), numeric: true },
    { key: 'freeFloat', label: t('dependencies.table.freeFloat'), numeric: true },
    { key: 'critical', label: t('dependencies.table.critical') },
  ];

  const exportCsv = () => {
    const csv = buildCpmCsv(shown, {
      headers: [
        t('dependencies.table.key'), t('dependencies.table.summary'), t('dependencies.table.status'), t('dependencies.table.assignee'),
        t('dependencies.table.durationDays'), t('dependencies.table.source'), t('dependencies.table.earlyStart'), t('dependencies.table.earlyFinish'),
        t('dependencies.table.lateStart'), t('dependencies.table.lateFinish'), t('dependencies.table.totalFloat'), t('dependencies.table.freeFloat'),
        t('dependencies.table.critical'),
      ],
      yes: t('dependencies.common.yes'),
      no: t('dependencies.common.no'),
      source: (source) => sourceLabel(t, source),
    });
    downloadText(csv, `${epicKey}-critical-path.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <div className="dp-table-view">
      <div className="dp-toolbar">
        <input
          type="search"
          className="dp-search"
          placeholder={t('dependencies.table.filterPlaceholder')}
          aria-label={t('dependencies.table.filterLabel')}
          value={text}
          data-testid="cpm-filter"
          onChange={(event) => { setText(event.target.value); }}
        />
        <label className="dp-toggle">
          <input type="checkbox" checked={criticalOnly} data-testid="critical-only" onChange={(event) => { setCriticalOnly(event.target.checked); }} />
          {t('dependencies.table.criticalOnly')}
        </label>
        <span className="dp-muted" aria-live="polite">
          {t('dependencies.table.count', { shown: formatNumber(language, shown.length), total: formatNumber(language, rows.length) })}
        </span>
        <span className="dp-spacer" />
        <button type="button" className="lc-button" data-testid="export-csv" onClick={exportCsv} title={t('dependencies.table.exportTitle')}>
          ⤓ {t('dependencies.table.export')}
        </button>
      </div>
      <div ref={scroller} className="dp-table-scroll">
        <table className="dp-table" data-testid="cpm-table" aria-rowcount={shown.length + 1}>
          <thead>
            <tr style={{ height: HEAD_HEIGHT }}>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                  className={column.numeric === true ? 'dp-numeric' : undefined}
                >
                  <button type="button" className="dp-sort" data-sort={column.key} onClick={() => { setSort(nextSort(sort, column.key)); }}>
                    {column.label}
                    <span className="dp-sort-mark" aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {start > 0 ? <tr aria-hidden="true" style={{ height: start * ROW_HEIGHT }} /> : null}
            {shown.slice(start, end).map((row, i) => (
              <tr
                key={row.id}
                data-testid="cpm-row"
                data-key={row.id}
                aria-rowindex={start + i + 2}
                className={[row.critical ? 'dp-row-critical' : '', row.done ? 'dp-row-done' : '', selected === row.id ? 'dp-row-selected' : ''].join(' ')}
                style={{ height: ROW_HEIGHT }}
                onClick={() => { onSelect(row.id); }}
              >
                <td className="dp-nowrap">
                  <button type="button" className="dp-link-button dp-key" onClick={(event) => { event.stopPropagation(); onSelect(row.id); }}>{row.id}</button>
                </td>
                <td className="dp-summary-cell">
                  <div className="dp-cell-flex">
                    <span className="dp-ellipsis" title={row.summary}>{row.summary}</span>
                    {row.external ? <Lozenge>{t('dependencies.common.external')}</Lozenge> : null}
                    {row.done ? <Lozenge appearance="success">{t('dependencies.common.done')}</Lozenge> : null}
                  </div>
                </td>
                <td>
                  <div className="dp-cell-flex">
                  <DurationInput
                    value={row.duration}
                    disabled={row.done}
                    label={t('dependencies.table.editDuration', { key: row.id })}
                    testId="edit-duration"
                    onCommit={(duration) => { onEdit({ kind: 'set-duration', taskId: row.id, duration }); }}
                  />
                  <SourceLozenge row={row} />
                  </div>
                </td>
                <td className="dp-date">{row.start}</td>
                <td className="dp-date">{row.finish}</td>
                <td className="dp-date">{row.lateStart}</td>
                <td className="dp-date">{row.lateFinish}</td>
                <td className={`dp-numeric ${row.totalFloat < 0 ? 'dp-negative' : ''}`}>{formatNumber(language, row.totalFloat)}</td>
                <td className="dp-numeric">{formatNumber(language, row.freeFloat)}</td>
                <td className="dp-center">{row.critical ? <span className="dp-critical-mark" aria-label={t('dependencies.common.yes')}>✓</span> : <span className="dp-sr-only">{t('dependencies.common.no')}</span>}</td>
              </tr>
            ))}
            {end < shown.length ? <tr aria-hidden="true" style={{ height: (shown.length - end) * ROW_HEIGHT }} /> : null}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="dp-empty">{t('dependencies.table.noMatch')}</p> : null}
      </div>
    </div>
  );
}
