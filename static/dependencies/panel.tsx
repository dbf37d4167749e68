// The panel's frame: finds the epic from the Forge context, loads its schedule, and shows loading, the error
// (with retry) or the loaded schedule; a settings save asks it to load again.
import { useShell } from '../ui/app-shell';
import { ErrorMessage } from '../ui/error-message';
import { useCall } from '../ui/use-call';
import { SchedulePanel } from './schedule-panel';

const loadIds = new WeakMap<object, number>();
let loads = 0;

function loadId(data: object): number {
  let id = loadIds.get(data);
  if (id === undefined) {
    loads += 1;
    id = loads;
    loadIds.set(data, id);
  }
  return id;
}

export function DependenciesPanel() {
  const { context, t } = useShell();
  const issue = context.extension?.['issue'];
  const key = typeof issue === 'object' && issue !== null ? (issue as Record<string, unknown>)['key'] : undefined;
  if (typeof key !== 'string' || key === '') {
    return <p role="alert" className="lc-error">{t('dependencies.noIssue')}</p>;
  }
  return <LoadedPanel issueKey={key} />;
}

function LoadedPanel({ issueKey }: { readonly issueKey: string }) {
  const { t } = useShell();
  const { state, reload } = useCall('schedule/forEpic', { issueKey });
  switch (state.status) {
    case 'loading':
      return (
        <div className="dp-loading" role="status" aria-live="polite">
          <span className="dp-spinner" aria-hidden="true" />
          {t('dependencies.loading')}
        </div>
      );
    case 'failed':
      return <ErrorMessage error={state.error} onRetry={reload} />;
    case 'done':
      // A new answer (after a retry or a save) starts a fresh what-if session.
      return <SchedulePanel key={loadId(state.data)} data={state.data} issueKey={issueKey} onReload={reload} />;
  }
}
