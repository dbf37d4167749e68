// The CPM table: every task with duration (and where it came from), early and late dates, total and free float
// and the critical flag, on the kit's data table (sort, filter, CSV, virtual rows) with a critical-only
// toggle; durations are editable as what-ifs.
import { useMemo, useState } from 'react';
import type { PlanEdit } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { Checkbox } from '../ui/form/checkbox';
import { formatNumber, type Language, type Translate } from '../ui/i18n';
import { Lozenge } from '../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { cpmColumns, type CpmColumnId } from './cpm-columns';
import { DurationInput } from './duration-input';
import { durationBasisLabel } from './duration-basis';
import { SourceLozenge } from './source-lozenge';
import type { TaskRow } from './task-rows';

export interface CpmTableProps {
  readonly rows: readonly TaskRow[];
  /** Of the CSV export, without the extension. */
  readonly exportName: string;
  /** A release's table: an Epic column after the key. */
  readonly withEpic?: boolean;
  readonly selected: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onEdit: (edit: PlanEdit) => void;
}

type Cells = Readonly<Partial<Record<CpmColumnId, Pick<DataTableColumn<TaskRow>, 'cell' | 'cellClassName'>>>>;

const isCritical = (row: TaskRow) => row.critical;

export function CpmTable({ rows, exportName, withEpic = false, selected, onSelect, onEdit }: CpmTableProps) {
  const { t, language } = useShell();
  const [criticalOnly, setCriticalOnly] = useState(false);
  const columns = useMemo(() => {
    const cells = cpmCells(t, language, onSelect, onEdit);
    return cpmColumns({
      headers: {
        key: t('schedule.table.key'), summary: t('schedule.table.summary'), status: t('schedule.table.status'),
        assignee: t('schedule.table.assignee'), duration: t('schedule.table.duration'), source: t('schedule.table.source'),
        start: t('schedule.table.earlyStart'), finish: t('schedule.table.earlyFinish'), lateStart: t('schedule.table.lateStart'),
        lateFinish: t('schedule.table.lateFinish'), totalFloat: t('schedule.table.totalFloat'), freeFloat: t('schedule.table.freeFloat'),
        critical: t('schedule.table.critical'),
      },
      ...(withEpic ? { epic: t('schedule.table.epic') } : {}),
      durationInDays: t('schedule.table.durationDays'),
      yes: t('schedule.common.yes'),
      no: t('schedule.common.no'),
      source: (basis) => durationBasisLabel(t, basis),
    }).map((column) => ({ ...column, ...cells[column.id] }));
  }, [t, language, onSelect, onEdit, withEpic]);

  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      initialSort={{ columnId: 'start', direction: 'ascending' }}
      keepRow={criticalOnly ? isCritical : undefined}
      toolbar={<Checkbox label={t('schedule.table.criticalOnly')} checked={criticalOnly} data-testid="critical-only" onChange={setCriticalOnly} />}
      labels={{
        filter: t('schedule.table.filterLabel'),
        filterPlaceholder: t('schedule.table.filterPlaceholder'),
        count: (shown, total) => t('schedule.table.count', { shown: formatNumber(language, shown), total: formatNumber(language, total) }),
        noMatch: t('schedule.table.noMatch'),
      }}
      csvFileName={`${exportName}-critical-path.csv`}
      rowClassName={(row) => [row.critical ? 'dp-row-critical' : '', row.done ? 'dp-row-done' : '', selected === row.id ? 'dp-row-selected' : ''].join(' ')}
      onRowClick={(row) => { onSelect(row.id); }}
      testIds={{ table: 'cpm-table', filter: 'cpm-filter', row: 'cpm-row', exportButton: 'export-csv' }}
    />
  );
}

function cpmCells(t: Translate, language: Language, onSelect: (id: string) => void, onEdit: (edit: PlanEdit) => void): Cells {
  return {
    key: {
      cellClassName: 'dp-nowrap',
      cell: (row) => <button type="button" className="dp-link-button dp-key" onClick={(event) => { event.stopPropagation(); onSelect(row.id); }}>{row.id}</button>,
    },
    epic: { cellClassName: 'dp-nowrap', cell: (row) => row.epicKey ?? '—' },
    summary: {
      cellClassName: 'dp-summary-cell',
      cell: (row) => (
        <div className="dp-cell-flex">
          <span className="dp-ellipsis" title={row.summary}>{row.summary}</span>
          {row.external ? <Lozenge>{t('schedule.common.external')}</Lozenge> : null}
          {row.done ? <Lozenge appearance="success">{t('schedule.common.done')}</Lozenge> : null}
        </div>
      ),
    },
    duration: {
      cell: (row) => (
        <div className="dp-cell-flex">
          <DurationInput
            value={row.duration}
            disabled={row.done}
            label={t('schedule.table.editDuration', { key: row.id })}
            testId="edit-duration"
            onCommit={(duration) => { onEdit({ kind: 'set-duration', taskId: row.id, duration }); }}
          />
          <SourceLozenge row={row} />
        </div>
      ),
    },
    start: { cellClassName: 'dp-date', cell: (row) => row.start },
    finish: { cellClassName: 'dp-date', cell: (row) => row.finish },
    lateStart: { cellClassName: 'dp-date', cell: (row) => row.lateStart },
    lateFinish: { cellClassName: 'dp-date', cell: (row) => row.lateFinish },
    totalFloat: { cellClassName: (row) => (row.totalFloat < 0 ? 'dp-negative' : undefined), cell: (row) => formatNumber(language, row.totalFloat) },
    freeFloat: { cell: (row) => formatNumber(language, row.freeFloat) },
    critical: {
      cellClassName: 'dp-center',
      cell: (row) => (row.critical
        ? <span className="dp-critical-mark" aria-label={t('schedule.common.yes')}>✓</span>
        : <span className="dp-sr-only">{t('schedule.common.no')}</span>),
    },
  };
}
