// The business-health macro's screen: the project it reads (from the macro's config, else asked for), then one tab
// per part of the analyst's morning: business health, anomalies, the daily report, segments, competitor watch and
// the countermeasure calculator.
import { useState } from 'react';
import { useShell } from '../ui/app-shell';
import { TextInput } from '../ui/form/inputs';
import { Tabs } from '../ui/tabs/tabs';
import { tabIds } from '../ui/tabs/tab-navigation';
import { AnomaliesPanel } from './anomalies-panel';
import { CompetitorsPanel } from './competitors-panel';
import { CountermeasurePanel } from './countermeasure-panel';
import { HealthPanel } from './health-panel';
import { ReportPanel } from './report-panel';
import { SegmentsPanel } from './segments-panel';
import { projectKeyOf, readProjectKey } from './macro-config';

const TABS = ['health', 'anomalies', 'report', 'segments', 'competitors', 'countermeasure'] as const;
type Tab = (typeof TABS)[number];

export function DiagnosisScreen() {
  const { t, context } = useShell();
  const configured = projectKeyOf(context.extension);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const projectKey = configured ?? chosen;
  return (
    <section className="dg-stack dg-surface" data-testid="diagnosis">
      <h2 className="dg-title">{t('diagnosis.title')}</h2>
      {projectKey === undefined ? <ProjectPicker onPick={setChosen} /> : <Workspace projectKey={projectKey} />}
    </section>
  );
}

function ProjectPicker({ onPick }: { readonly onPick: (key: string) => void }) {
  const { t } = useShell();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = () => { const key = readProjectKey(text); setInvalid(key === undefined); if (key !== undefined) onPick(key); };
  return (
    <form className="dg-row" onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <label className="dg-row">
        <span>{t('diagnosis.project.label')}</span>
        <TextInput data-testid="dg-project" value={text} aria-invalid={invalid} onChange={(event) => { setText(event.target.value); }} />
      </label>
      <button type="submit" className="lc-button" data-testid="dg-project-open">{t('diagnosis.project.open')}</button>
      {invalid ? <span role="alert" className="lc-error" data-testid="dg-project-error">{t('diagnosis.project.invalid')}</span> : <span className="lc-muted">{t('diagnosis.project.hint')}</span>}
    </form>
  );
}

function Workspace({ projectKey }: { readonly projectKey: string }) {
  const { t } = useShell();
  const [tab, setTab] = useState<Tab>('health');
  const ids = tabIds('dg', tab);
  return (
    <>
      <Tabs tabs={TABS.map((id) => ({ id, label: t(`diagnosis.tabs.${id}`), testId: `dg-tab-${id}` }))} selected={tab} onSelect={setTab} label={t('diagnosis.title')} idPrefix="dg" />
      <div role="tabpanel" id={ids.panel} aria-labelledby={ids.tab}>
        <Panel tab={tab} projectKey={projectKey} />
      </div>
    </>
  );
}

function Panel({ tab, projectKey }: { readonly tab: Tab; readonly projectKey: string }) {
  switch (tab) {
    case 'health': return <HealthPanel projectKey={projectKey} />;
    case 'anomalies': return <AnomaliesPanel projectKey={projectKey} />;
    case 'report': return <ReportPanel projectKey={projectKey} />;
    case 'segments': return <SegmentsPanel projectKey={projectKey} />;
    case 'competitors': return <CompetitorsPanel projectKey={projectKey} />;
    case 'countermeasure': return <CountermeasurePanel projectKey={projectKey} />;
  }
}
