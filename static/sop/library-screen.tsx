// The SOP library (space page): the templates (preview in either language, create a page, install them as the
// space's Confluence templates) and the space's SOP pages with owner, state, review and drill due dates.
import { useState } from 'react';
import type { AppError, OutputOf, SopPage } from '../../src/contract';
import { sopLocaleOf } from '../../src/domain/sop/roles';
import type { TemplateId } from '../../src/domain/sop/template';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { Banner } from '../ui/status/banner';
import { Lozenge } from '../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { Tabs } from '../ui/tabs/tabs';
import { tabIds } from '../ui/tabs/tab-navigation';
import { useCall } from '../ui/use-call';
import { CreatePageDialog } from './create-page-dialog';
import { StateLozenge } from './status-screen';
import { TemplatePreviewDialog } from './template-preview-dialog';

type Template = OutputOf<'sop/templates'>['templates'][number];
type Tab = 'templates' | 'pages';

export function LibraryScreen({ spaceKey }: { readonly spaceKey: string }) {
  const { t, language } = useShell();
  const [tab, setTab] = useState<Tab>('templates');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const library = useCall('sop/library', { spaceKey });
  const install = async () => {
    setError(undefined);
    const answer = await call('sop/installTemplates', { spaceKey, locale: sopLocaleOf(language) });
    if (!answer.ok) { setError(answer.error); return; }
    const parts = [t('sop.library.installed', { n: answer.data.installed.length })];
    if (answer.data.alreadyThere.length > 0) parts.push(t('sop.library.alreadyInstalled', { names: answer.data.alreadyThere.join(', ') }));
    setNotice(parts.join(' '));
  };
  const ids = (id: Tab) => tabIds('sop-library', id);
  return (
    <main className="sop-stack">
      <div className="sop-row">
        <h1>{t('sop.library.title')}</h1>
        <button type="button" className="lc-button" data-testid="sop-install" onClick={() => { void install(); }}>{t('sop.library.install')}</button>
      </div>
      {notice === undefined ? null : <Banner appearance="success" title={notice} data-testid="sop-notice" role="status" />}
      {error === undefined ? null : <ErrorMessage error={error} />}
      <Tabs<Tab>
        label={t('sop.library.tabsLabel')} idPrefix="sop-library" selected={tab} onSelect={setTab}
        tabs={[{ id: 'templates', label: t('sop.library.tabTemplates'), testId: 'sop-tab-templates' }, { id: 'pages', label: t('sop.library.tabPages'), testId: 'sop-tab-pages' }]}
      />
      <div role="tabpanel" id={ids(tab).panel} aria-labelledby={ids(tab).tab}>
        {tab === 'templates'
          ? <TemplatesPanel spaceKey={spaceKey} onCreated={(title) => { setNotice(t('sop.library.created', { title })); library.reload(); }} />
          : library.state.status === 'loading' ? <p className="lc-muted">{t('sop.loading')}</p>
            : library.state.status === 'failed' ? <ErrorMessage error={library.state.error} onRetry={library.reload} />
              : <PagesPanel library={library.state.data} />}
      </div>
    </main>
  );
}

function TemplatesPanel({ spaceKey, onCreated }: { readonly spaceKey: string; readonly onCreated: (title: string) => void }) {
  const { t, language } = useShell();
  const locale = sopLocaleOf(language);
  const { state, reload } = useCall('sop/templates', { locale });
  const [previewing, setPreviewing] = useState<TemplateId | undefined>(undefined);
  const [creating, setCreating] = useState<Template | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted">{t('sop.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={reload} />;
  return (
    <>
      <ul className="sop-cards" data-testid="sop-templates">
        {state.data.templates.map((template) => (
          <li key={template.id} className="sop-card" data-testid={`sop-template-${template.id}`}>
            <div className="sop-row"><Lozenge appearance={template.kind === 'drill' ? 'new' : 'default'}>{t(`sop.kinds.${template.kind}`)}</Lozenge></div>
            <h3>{template.title}</h3>
            <p>{template.summary}</p>
            <p className="lc-muted">
              {t('sop.library.templateFacts', { steps: template.steps, minutes: template.expectedMinutes })}
              {template.questions > 0 ? ` · ${t('sop.library.questions', { n: template.questions })}` : ''}
              {template.drillEveryDays === undefined ? '' : ` · ${t('sop.library.cadence', { days: template.drillEveryDays })}`}
            </p>
            <div className="sop-row">
              <button type="button" className="lc-button" data-testid={`sop-preview-${template.id}`} onClick={() => { setPreviewing(template.id); }}>{t('sop.library.preview')}</button>
              <button type="button" className="lc-button sop-primary" data-testid={`sop-create-${template.id}`} onClick={() => { setCreating(template); }}>{t('sop.library.create')}</button>
            </div>
          </li>
        ))}
      </ul>
      {previewing === undefined ? null : <TemplatePreviewDialog templateId={previewing} initialLocale={locale} onClose={() => { setPreviewing(undefined); }} />}
      {creating === undefined ? null : (
        <CreatePageDialog spaceKey={spaceKey} template={creating} initialLocale={locale} onClose={() => { setCreating(undefined); }}
          onCreated={(page) => { setCreating(undefined); onCreated(page.title); }} />
      )}
    </>
  );
}

function PagesPanel({ library }: { readonly library: OutputOf<'sop/library'> }) {
  const { t } = useShell();
  const names = new Map(library.people.map((p) => [p.accountId, p.displayName]));
  const ownerOf = (p: SopPage) => names.get(p.ownerId) ?? p.ownerId;
  const reviewText = (p: SopPage) => (p.review.due === undefined ? t('sop.library.reviewNever') : p.review.overdue ? t('sop.library.reviewOverdue', { days: p.review.daysOverdue }) : t('sop.library.reviewDue', { date: p.review.due }));
  const drillText = (p: SopPage) => {
    if (p.drill === undefined) return '';
    const cadence = t('sop.library.cadence', { days: p.drill.everyDays });
    if (p.drill.lastRunAt === undefined) return `${cadence} · ${t('sop.library.drillNever')}`;
    const last = t('sop.library.drillLast', { result: t(p.drill.lastResult === 'passed' ? 'sop.runbook.resultPassed' : 'sop.runbook.resultFailed'), date: p.drill.lastRunAt.slice(0, 10) });
    return `${cadence} · ${last} · ${p.drill.due.overdue ? t('sop.library.drillOverdue') : t('sop.library.drillDue', { date: p.drill.due.due ?? '' })}`;
  };
  const columns: DataTableColumn<SopPage>[] = [
    { id: 'title', header: t('sop.library.colTitle'), sortValue: (p) => p.title, csvValue: (p) => p.title, filterText: (p) => p.title, cell: (p) => p.title },
    { id: 'kind', header: t('sop.library.colKind'), sortValue: (p) => p.kind, csvValue: (p) => t(`sop.kinds.${p.kind}`), cell: (p) => t(`sop.kinds.${p.kind}`) },
    { id: 'state', header: t('sop.library.colState'), sortValue: (p) => p.state, csvValue: (p) => t(`sop.states.${p.state}`), filterText: (p) => t(`sop.states.${p.state}`), cell: (p) => <StateLozenge state={p.state} /> },
    { id: 'owner', header: t('sop.library.colOwner'), sortValue: ownerOf, csvValue: ownerOf, filterText: ownerOf, cell: ownerOf },
    {
      id: 'review', header: t('sop.library.colReview'), sortValue: (p) => p.review.due ?? '', csvValue: reviewText,
      cell: (p) => (p.review.overdue ? <Lozenge appearance="danger">{reviewText(p)}</Lozenge> : reviewText(p)),
    },
    {
      id: 'drill', header: t('sop.library.colDrill'), sortValue: (p) => (p.drill?.due.overdue === true ? 1 : 0), csvValue: drillText,
      cell: (p) => (p.drill === undefined ? '' : <span data-testid="sop-drill-cell" data-overdue={p.drill.due.overdue}>{p.drill.due.overdue ? <Lozenge appearance="danger">{drillText(p)}</Lozenge> : drillText(p)}</span>),
    },
  ];
  if (library.pages.length === 0) return <p className="lc-muted">{t('sop.library.noPages')}</p>;
  const reviews = library.pages.filter((p) => p.review.overdue).length;
  const drills = library.pages.filter((p) => p.drill?.due.overdue === true).length;
  return (
    <div className="sop-stack">
      <Banner appearance={reviews + drills > 0 ? 'warning' : 'success'} title={t('sop.library.overdueSummary', { reviews, drills })} />
      <DataTable
        rows={library.pages} columns={columns} rowKey={(p) => p.pageId} csvFileName="sop-pages.csv"
        labels={{ filter: t('sop.library.filter'), filterPlaceholder: t('sop.library.filterPlaceholder'), count: (shown, total) => t('sop.library.count', { shown, total }), noMatch: t('sop.library.noMatch') }}
        testIds={{ table: 'sop-pages', row: 'sop-page-row' }}
      />
    </div>
  );
}
