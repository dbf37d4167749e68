// The loaded epic panel: the project's schedule settings one button away, above the shared schedule workspace
// (forecast, what-if, assumptions, bottlenecks, network, Gantt, CPM table and inspector) over the epic's plan.
import { useCallback, useState } from 'react';
import type { EpicSchedule } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { durationBasisLabel } from '../schedule/duration-basis';
import { ScheduleWorkspace } from '../schedule/schedule-workspace';
import { SettingsDialog } from './settings/settings-dialog';

export interface SchedulePanelProps {
  readonly data: EpicSchedule;
  readonly issueKey: string;
  /** Loads the schedule again (after the settings changed). */
  readonly onReload: () => void;
}

export function SchedulePanel({ data, issueKey, onReload }: SchedulePanelProps) {
  const { t, language } = useShell();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const closeSettings = useCallback(() => { setSettingsOpen(false); }, []);
  const overrideEpic = useCallback(() => issueKey, [issueKey]);
  return (
    <div className="dp-panel">
      <div className="dp-panel-head">
        <span className="dp-muted dp-small" data-testid="settings-summary">
          {t('dependencies.settings.summary', {
            source: durationBasisLabel(t, data.settings.durationSource),
            days: formatNumber(language, data.settings.workdays.length),
            holidays: formatNumber(language, data.settings.holidays.length),
          })}
        </span>
        <button
          type="button"
          className="lc-button dp-small-button"
          data-testid="open-settings"
          aria-haspopup="dialog"
          aria-expanded={settingsOpen}
          onClick={() => { setSettingsOpen(true); }}
        >
          <span aria-hidden="true">⚙</span> {t('dependencies.settings.open')}
        </button>
      </div>
      {settingsOpen ? <SettingsDialog issueKey={issueKey} data={data} onClose={closeSettings} onChanged={onReload} /> : null}
      <ScheduleWorkspace
        plan={data.plan}
        schedule={data.schedule}
        bottlenecks={data.bottlenecks}
        today={data.today}
        deadline={data.deadline}
        canEdit={data.canEdit}
        overrideEpic={overrideEpic}
        exportName={data.epic.key}
        onReload={onReload}
      />
    </div>
  );
}
