// The refused rows of one file: line, reason and column, sortable, filterable and downloadable as CSV, so the
// analyst can fix the export and import it again.
import { useMemo } from 'react';
import type { RejectedRow } from '../../src/domain/metrics';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';

export function RejectedRows({ rows, fileName, testId }: { readonly rows: readonly RejectedRow[]; readonly fileName: string; readonly testId: string }) {
  const { t, language } = useShell();
  const columns = useMemo<DataTableColumn<RejectedRow>[]>(() => [
    { id: 'line', header: t('metricsImport.report.line'), numeric: true, sortValue: (r) => r.line, csvValue: (r) => r.line, filterText: (r) => String(r.line), cell: (r) => formatNumber(language, r.line) },
    { id: 'reason', header: t('metricsImport.report.reason'), sortValue: (r) => r.reason, csvValue: (r) => t(`metricsImport.reasons.${r.reason}`), filterText: (r) => t(`metricsImport.reasons.${r.reason}`), cell: (r) => <span data-reason={r.reason}>{t(`metricsImport.reasons.${r.reason}`)}</span> },
    { id: 'column', header: t('metricsImport.report.column'), sortValue: (r) => r.column ?? '', csvValue: (r) => r.column ?? '', filterText: (r) => r.column ?? '', cell: (r) => r.column ?? '—' },
  ], [t, language]);
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => String(r.line)}
      labels={{
        filter: t('metricsImport.report.filter'), filterPlaceholder: t('metricsImport.report.filterPlaceholder'),
        count: (shown, total) => t('metricsImport.report.count', { shown: formatNumber(language, shown), total: formatNumber(language, total) }),
        noMatch: t('metricsImport.report.noMatch'),
      }}
      csvFileName={`${fileName.replace(/\.csv$/i, '')}-rejected.csv`}
      initialSort={{ columnId: 'line', direction: 'ascending' }}
      testIds={{ table: testId, row: `${testId}-row` }}
    />
  );
}
