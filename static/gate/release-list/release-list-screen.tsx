// The project page "Release gates": the project's unreleased releases with their gate state (overall RAG,
// functions signed, decision, days to the release date), the campaign calendar, and for project admins the
// status API token.
import { useState } from 'react';
import type { OutputOf } from '../../../src/contract';
import { useShell } from '../../ui/app-shell';
import { ErrorMessage } from '../../ui/error-message';
import { Lozenge } from '../../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../../ui/table/data-table';
import { Tabs } from '../../ui/tabs/tabs';
import { tabIds } from '../../ui/tabs/tab-navigation';
import { useCall } from '../../ui/use-call';
import type { GateRoute } from '../routes';
import { CalendarPanel } from './calendar-panel';
import { TokenPanel } from './token-panel';
import { daysToReleaseText, decisionAppearance, decisionText, formatDate, statusAppearance, statusText } from '../shared/wording';
import '../gate.css';

type ReleaseSummary = OutputOf<'gate/list'>['releases'][number];
type ListTab = 'releases' | 'calendar' | 'token';

/** The project key of the page, from the Forge context of the project page. */
export function useProjectKey(): string | undefined {
  const { context } = useShell();
  const project = context.extension?.project as { readonly key?: unknown } | undefined;
  return typeof project?.key === 'string' ? project.key : undefined;
}

export function ReleaseListScreen({ go }: { readonly go: (route: GateRoute) => void }) {
  const { t } = useShell();
  const projectKey = useProjectKey();
  if (projectKey === undefined) return <p role="alert" className="lc-error">{t('gate.common.noProject')}</p>;
  return <ReleaseList projectKey={projectKey} go={go} />;
}

function ReleaseList({ projectKey, go }: { readonly projectKey: string; readonly go: (route: GateRoute) => void }) {
  const { t } = useShell();
  const { state, reload } = useCall('gate/list', { projectKey });
  const [tab, setTab] = useState<ListTab>('releases');
  if (state.status === 'loading') return <p className="lc-muted gate-surface" role="status">{t('gate.common.loading')}</p>;
  if (state.status === 'failed') return <div className="gate-surface" data-testid="gate-list-error"><ErrorMessage error={state.error} onRetry={reload} /></div>;
  const list = state.data;
  const tabs = [
    { id: 'releases' as const, label: t('gate.list.tabReleases'), testId: 'gate-tab-releases' },
    { id: 'calendar' as const, label: t('gate.list.tabCalendar'), testId: 'gate-tab-calendar' },
    ...(list.isAdmin ? [{ id: 'token' as const, label: t('gate.list.tabToken'), testId: 'gate-tab-token' }] : []),
  ];
  const ids = tabIds('gate-list', tab);
  return (
    <section className="gate-stack gate-surface" data-testid="gate-list">
      <h2 className="gate-title">{t('gate.list.title')}</h2>
      <p className="lc-muted">{t('gate.list.intro')}</p>
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('gate.list.tabsLabel')} idPrefix="gate-list" />
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        {tab === 'releases' ? <ReleaseTable releases={list.releases} go={go} /> : null}
        {tab === 'calendar' ? <CalendarPanel projectKey={projectKey} /> : null}
        {tab === 'token' && list.isAdmin ? <TokenPanel projectKey={projectKey} token={list.token} /> : null}
      </div>
    </section>
  );
}

function ReleaseTable({ releases, go }: { readonly releases: readonly ReleaseSummary[]; readonly go: (route: GateRoute) => void }) {
  const { t, language } = useShell();
  if (releases.length === 0) return <p className="lc-muted">{t('gate.list.empty')}</p>;
  const decisionOf = (r: ReleaseSummary) => (r.decision === null ? t('gate.list.pending') : decisionText(t, r.decision.kind));
  const columns: DataTableColumn<ReleaseSummary>[] = [
    {
      id: 'release', header: t('gate.list.colRelease'), sortValue: (r) => r.name, csvValue: (r) => r.name, filterText: (r) => r.name,
      cell: (r) => (
        <button type="button" className="gate-link" aria-label={t('gate.list.open', { release: r.name })} data-testid={`gate-open-${r.versionId}`}
          onClick={(event) => { event.stopPropagation(); go({ screen: 'gate', versionId: r.versionId }); }}>{r.name}</button>
      ),
    },
    { id: 'date', header: t('gate.list.colDate'), sortValue: (r) => r.releaseDate ?? '9999', csvValue: (r) => r.releaseDate ?? '', cell: (r) => formatDate(language, r.releaseDate) },
    {
      id: 'days', header: t('gate.list.colDays'), numeric: true, sortValue: (r) => r.daysToRelease ?? Number.MAX_SAFE_INTEGER,
      csvValue: (r) => r.daysToRelease ?? '', cell: (r) => <span data-testid="gate-days">{daysToReleaseText(t, language, r.daysToRelease)}</span>,
    },
    {
      id: 'overall', header: t('gate.list.colOverall'), sortValue: (r) => ['red', 'amber', 'green'].indexOf(r.overall), csvValue: (r) => r.overall,
      filterText: (r) => statusText(t, r.overall), cell: (r) => <Lozenge appearance={statusAppearance(r.overall)} data-testid="gate-overall">{statusText(t, r.overall)}</Lozenge>,
    },
    {
      id: 'signed', header: t('gate.list.colSigned'), numeric: true, sortValue: (r) => r.signedCount, csvValue: (r) => `${String(r.signedCount)}/${String(r.functionCount)}`,
      cell: (r) => t('gate.list.signed', { signed: r.signedCount, total: r.functionCount }),
    },
    {
      id: 'decision', header: t('gate.list.colDecision'), sortValue: decisionOf, csvValue: (r) => r.decision?.kind ?? 'PENDING', filterText: decisionOf,
      cell: (r) => (r.decision === null ? <span className="lc-muted">{decisionOf(r)}</span> : <Lozenge appearance={decisionAppearance(r.decision.kind)}>{decisionOf(r)}</Lozenge>),
    },
  ];
  return (
    <DataTable
      rows={releases} columns={columns} rowKey={(r) => r.versionId} csvFileName="release-gates.csv"
      initialSort={{ columnId: 'date', direction: 'ascending' }}
      onRowClick={(r) => { go({ screen: 'gate', versionId: r.versionId }); }}
      labels={{ filter: t('gate.list.filter'), filterPlaceholder: t('gate.list.filter'), count: (shown, total) => t('gate.list.count', { shown, total }), noMatch: t('gate.list.noMatch') }}
      testIds={{ table: 'gate-releases', row: 'gate-release-row' }}
    />
  );
}
