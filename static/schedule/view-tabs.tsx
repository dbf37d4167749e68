// The panel's three views (network, Gantt, CPM table) as the kit's tabs; panels are `dp-panel-<view>`.
import { useShell } from '../ui/app-shell';
import type { MessageKey } from '../ui/i18n';
import { Tabs } from '../ui/tabs/tabs';

const VIEWS = ['network', 'gantt', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];

const VIEW_LABELS: Readonly<Record<ViewName, MessageKey>> = {
  network: 'schedule.views.network',
  gantt: 'schedule.views.gantt',
  table: 'schedule.views.table',
};

export function ViewTabs({ view, onChange }: { readonly view: ViewName; readonly onChange: (view: ViewName) => void }) {
  const { t } = useShell();
  const tabs = VIEWS.map((name) => ({ id: name, label: t(VIEW_LABELS[name]), testId: `view-${name}` }));
  return <Tabs tabs={tabs} selected={view} onSelect={onChange} label={t('schedule.views.label')} idPrefix="dp" />;
}
