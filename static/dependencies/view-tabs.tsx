// The panel's three views (network, Gantt, CPM table) as the kit's tabs; panels are `dp-panel-<view>`.
import { useShell } from '../ui/app-shell';
import type { Translate } from '../ui/i18n';
import { Tabs } from '../ui/tabs/tabs';

const VIEWS = ['network', 'gantt', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];

export function ViewTabs({ view, onChange }: { readonly view: ViewName; readonly onChange: (view: ViewName) => void }) {
  const { t } = useShell();
  const tabs = VIEWS.map((name) => ({ id: name, label: viewLabel(t, name), testId: `view-${name}` }));
  return <Tabs tabs={tabs} selected={view} onSelect={onChange} label={t('dependencies.views.label')} idPrefix="dp" />;
}

function viewLabel(t: Translate, name: ViewName): string {
  switch (name) {
    case 'network':
      return t('dependencies.views.network');
    case 'gantt':
      return t('dependencies.views.gantt');
    case 'table':
      return t('dependencies.views.table');
  }
}
