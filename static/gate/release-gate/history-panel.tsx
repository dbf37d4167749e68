// The decision log: every record (decisions, and releases made without a valid GO) with who, when, the state it
// saw, its reasons and exceptions, and its hash; above it, whether the chain verifies and where it breaks.
import type { OutputOf } from '../../../src/contract';
import { useShell } from '../../ui/app-shell';
import { Banner } from '../../ui/status/banner';
import { Lozenge } from '../../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../../ui/table/data-table';
import { decisionAppearance, decisionText, formatInstant, statusAppearance, statusText } from '../shared/wording';

type History = OutputOf<'gate/history'>;
type LogRecord = History['records'][number];

export function HistoryPanel({ history }: { readonly history: History }) {
  const { t, language } = useShell();
  const { chain } = history;
  const reasonOf = (r: LogRecord) => {
    const exceptions = r.exceptions.map((e) => `${e.criterionId}: ${e.reason}`).join('; ');
    return exceptions === '' ? r.reason : `${r.reason}${r.reason === '' ? '' : ' · '}${t('gate.history.exceptions', { list: exceptions })}`;
  };
  const columns: DataTableColumn<LogRecord>[] = [
    { id: 'seq', header: t('gate.history.colSeq'), numeric: true, sortValue: (r) => r.seq, csvValue: (r) => r.seq, cell: (r) => String(r.seq) },
    {
      id: 'kind', header: t('gate.history.colKind'), sortValue: (r) => r.kind, csvValue: (r) => r.kind, filterText: (r) => decisionText(t, r.kind),
      cell: (r) => <Lozenge appearance={decisionAppearance(r.kind)} data-testid="gate-history-kind">{decisionText(t, r.kind)}</Lozenge>,
    },
    { id: 'by', header: t('gate.history.colBy'), sortValue: (r) => r.byName ?? r.by, csvValue: (r) => r.byName ?? r.by, filterText: (r) => r.byName ?? r.by, cell: (r) => r.byName ?? r.by },
    { id: 'at', header: t('gate.history.colAt'), sortValue: (r) => r.at, csvValue: (r) => r.at, cell: (r) => formatInstant(language, r.at) },
    { id: 'overall', header: t('gate.history.colOverall'), csvValue: (r) => r.overall, cell: (r) => <Lozenge appearance={statusAppearance(r.overall)}>{statusText(t, r.overall)}</Lozenge> },
    { id: 'reason', header: t('gate.history.colReason'), csvValue: reasonOf, filterText: reasonOf, cellClassName: 'gate-wrap', cell: reasonOf },
    { id: 'hash', header: t('gate.history.colHash'), csvValue: (r) => r.hash, cell: (r) => <span className="gate-hash" title={r.hash}>{r.hash.slice(0, 12)}</span> },
  ];
  return (
    <div className="gate-stack" data-testid="gate-history">
      {chain.verified
        ? <Banner appearance="success" data-testid="gate-chain" data-verified="true" title={t('gate.history.verified', { length: chain.length })} />
        : <Banner appearance="danger" data-testid="gate-chain" data-verified="false" role="alert" title={t('gate.history.broken', { seq: chain.brokenAt ?? '—' })} />}
      {history.records.length === 0 ? <p className="lc-muted">{t('gate.history.empty')}</p> : (
        <DataTable
          rows={history.records} columns={columns} rowKey={(r) => String(r.seq)} csvFileName="gate-decisions.csv"
          initialSort={{ columnId: 'seq', direction: 'descending' }}
          labels={{ filter: t('gate.history.filter'), filterPlaceholder: t('gate.history.filter'), count: (shown, total) => t('gate.history.count', { shown, total }), noMatch: t('gate.history.noMatch') }}
          testIds={{ table: 'gate-history-table', row: 'gate-history-row' }}
        />
      )}
    </div>
  );
}
