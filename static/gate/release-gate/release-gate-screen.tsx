// One release's Go/No-Go gate: the header (release, date, overall RAG, decision, the schedule beside it, the link
// on the release page), what could not be evaluated and why, then the criteria by function, the sign-offs beside
// Jira's own approvers, the decision, and the hash-chained history.
import { useState } from 'react';
import { useShell } from '../../ui/app-shell';
import { ErrorMessage } from '../../ui/error-message';
import { Banner } from '../../ui/status/banner';
import { Lozenge } from '../../ui/status/lozenge';
import { Tabs } from '../../ui/tabs/tabs';
import { tabIds } from '../../ui/tabs/tab-navigation';
import type { GateRoute } from '../routes';
import {
  criterionName, daysToReleaseText, daysUntil, decisionAppearance, decisionText, formatDate, formatInstant, reasonText, statusAppearance, statusText,
  unknownCriteria, type GateView,
} from '../shared/wording';
import { CriteriaEditorDialog } from './criteria-editor-dialog';
import { CriteriaPanel } from './criteria-panel';
import { DecisionPanel } from './decision-panel';
import { HistoryPanel } from './history-panel';
import { MinutesDialog } from './minutes-dialog';
import { SignOffPanel } from './sign-off-panel';
import { useGateView } from './use-gate-view';
import '../gate.css';

type GateTab = 'criteria' | 'signoffs' | 'decision' | 'history';

export function ReleaseGateScreen({ versionId, go }: { readonly versionId: string; readonly go: (route: GateRoute) => void }) {
  const { t } = useShell();
  const { state, setView, reload } = useGateView(versionId);
  const [tab, setTab] = useState<GateTab>('criteria');
  const [dialog, setDialog] = useState<'editor' | 'minutes' | undefined>(undefined);
  const back = <button type="button" className="gate-link" data-testid="gate-back" onClick={() => { go({ screen: 'releases' }); }}>← {t('gate.page.back')}</button>;
  if (state.status === 'loading') return <div className="gate-surface gate-stack">{back}<p className="lc-muted" role="status">{t('gate.common.loading')}</p></div>;
  if (state.status === 'failed') return <div className="gate-surface gate-stack" data-testid="gate-error">{back}<ErrorMessage error={state.error} onRetry={reload} /></div>;
  const view = state.data;
  const tabs = [
    { id: 'criteria' as const, label: t('gate.page.tabCriteria'), testId: 'gate-tab-criteria' },
    { id: 'signoffs' as const, label: t('gate.page.tabSignOffs'), testId: 'gate-tab-signoffs' },
    { id: 'decision' as const, label: t('gate.page.tabDecision'), testId: 'gate-tab-decision' },
    { id: 'history' as const, label: t('gate.page.tabHistory'), testId: 'gate-tab-history' },
  ];
  const ids = tabIds('gate', tab);
  return (
    <section className="gate-surface gate-stack" data-testid="gate-screen" data-overall={view.overall}>
      {back}
      <GateHeader view={view} go={go} onReload={reload} onEdit={() => { setDialog('editor'); }} onMinutes={() => { setDialog('minutes'); }} />
      <UnknownBanner view={view} />
      <Tabs tabs={tabs} selected={tab} onSelect={setTab} label={t('gate.page.tabsLabel')} idPrefix="gate" />
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        {tab === 'criteria' ? <CriteriaPanel view={view} onView={setView} onReload={reload} /> : null}
        {tab === 'signoffs' ? <SignOffPanel view={view} onView={setView} onReload={reload} /> : null}
        {tab === 'decision' ? <DecisionPanel view={view} onView={setView} onReload={reload} /> : null}
        {tab === 'history' ? <HistoryPanel history={view.history} /> : null}
      </div>
      {dialog === 'editor' ? <CriteriaEditorDialog view={view} onView={setView} onReload={reload} onClose={() => { setDialog(undefined); }} /> : null}
      {dialog === 'minutes' ? <MinutesDialog view={view} onClose={() => { setDialog(undefined); }} /> : null}
    </section>
  );
}

interface HeaderProps {
  readonly view: GateView;
  readonly go: (route: GateRoute) => void;
  readonly onReload: () => void;
  readonly onEdit: () => void;
  readonly onMinutes: () => void;
}

function GateHeader({ view, go, onReload, onEdit, onMinutes }: HeaderProps) {
  const { t, language } = useShell();
  const { release, decision } = view;
  const owner = release.ownerName ?? release.ownerAccountId;
  return (
    <header className="gate-stack">
      <div className="gate-row">
        <h2 className="gate-title" data-testid="gate-release">{release.name}</h2>
        <Lozenge appearance={statusAppearance(view.overall)} data-testid="gate-overall" title={t('gate.page.overall')}>{t('gate.page.overall')}: {statusText(t, view.overall)}</Lozenge>
        {decision === null
          ? <Lozenge data-testid="gate-decision">{t('gate.page.noDecision')}</Lozenge>
          : <Lozenge appearance={decisionAppearance(decision.kind)} data-testid="gate-decision" data-kind={decision.kind}>{t('gate.page.decision')}: {decisionText(t, decision.kind)}</Lozenge>}
        <span className="gate-spacer" />
        <button type="button" className="lc-button" data-testid="gate-schedule-link" onClick={() => { go({ screen: 'schedule', versionId: release.id }); }}>{t('gate.page.schedule')} →</button>
      </div>
      <ul className="gate-facts">
        <li data-testid="gate-release-date">{release.releaseDate === null ? t('gate.page.noReleaseDate') : t('gate.page.releaseDate', { date: formatDate(language, release.releaseDate), days: daysToReleaseText(t, language, daysUntil(release.releaseDate, view.evaluatedAt)) })}</li>
        <li>{owner === null ? t('gate.page.noOwner') : t('gate.page.owner', { name: owner })}</li>
        <li data-testid="gate-signed-count">{t('gate.page.signedSummary', { signed: view.signedCount, total: view.functions.length })}</li>
        <li>{t('gate.page.evaluated', { time: formatInstant(language, view.evaluatedAt) })}</li>
        <li data-testid="gate-customised">{view.customised ? t('gate.page.customised') : t('gate.page.followsTemplate')}</li>
      </ul>
      <p className="lc-muted gate-small" data-testid="gate-related-work">
        {view.relatedWork === null ? t('gate.page.relatedWorkMissing') : t('gate.page.relatedWork', { title: view.relatedWork.title })}
      </p>
      <div className="gate-row">
        <button type="button" className="lc-button" data-testid="gate-refresh" onClick={onReload}>{t('gate.page.refresh')}</button>
        {view.canEditCriteria ? <button type="button" className="lc-button" data-testid="gate-edit-criteria" onClick={onEdit}>{t('gate.page.editCriteria')}</button> : null}
        <button type="button" className="lc-button" data-testid="gate-export-minutes" onClick={onMinutes}>{t('gate.page.exportMinutes')}</button>
      </div>
    </header>
  );
}

function UnknownBanner({ view }: { readonly view: GateView }) {
  const { t } = useShell();
  const unknown = unknownCriteria(view);
  if (unknown.length === 0) return null;
  return (
    <Banner appearance="warning" data-testid="gate-unknown" title={t('gate.page.unknownTitle', { count: unknown.length })} detail={t('gate.page.unknownDetail')}>
      <ul>
        {unknown.map((c) => <li key={c.criterion.id}>{criterionName(t, c.criterion)}: {reasonText(t, c.reason, c.facts)}</li>)}
      </ul>
    </Banner>
  );
}
