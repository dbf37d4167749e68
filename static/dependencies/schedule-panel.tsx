// The loaded panel: holds the what-if state (edits, undo, reset), derives the rows every view shares, and
// lays out the forecast, the what-if bar, assumptions, bottlenecks, the three views and the task inspector,
// with the project's schedule settings one button away.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { EpicSchedule } from '../../src/contract';
import { buildCalendar, type PlanEdit, type WorkCalendar } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { formatNumber } from '../ui/i18n';
import { AssumptionsBox } from './assumptions-box';
import { BottlenecksBox } from './bottlenecks-box';
import { CpmTable } from './cpm-table';
import { ForecastBanner } from './forecast-banner';
import { GanttView } from './gantt-view';
import { NetworkView } from './network-view';
import { ScheduleProblems } from './schedule-problems';
import { durationBasisLabel } from './duration-basis';
import { SettingsDialog } from './settings/settings-dialog';
import { buildTaskRows, issuesByKey } from './task-rows';
import { TaskInspector, type SavedLink } from './task-inspector';
import { ViewTabs, type ViewName } from './view-tabs';
import { WhatIfBar } from './what-if-bar';
import { initWhatIf, whatIfReducer } from './what-if-state';

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
  const issues = useMemo(() => issuesByKey(data.plan.tasks), [data.plan.tasks]);
  const jiraLinks = useMemo(() => new Map(data.plan.links.map((link) => [link.id, link])), [data.plan.links]);
  const [state, dispatch] = useReducer(whatIfReducer, data, (loaded) => initWhatIf(loaded.plan, loaded.schedule, loaded.bottlenecks));
  const [view, setView] = useState<ViewName>('network');
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [savedLinks, setSavedLinks] = useState<ReadonlyMap<string, SavedLink>>(new Map());
  const onSaved = useCallback((saved: SavedLink) => {
    setSavedLinks((previous) => new Map(previous).set(saved.linkId, saved));
  }, []);
  const onEdit = useCallback((edit: PlanEdit) => { dispatch({ kind: 'edit', edit }); }, []);

  const calendar = useMemo((): WorkCalendar | undefined => {
    const outcome = buildCalendar(data.plan.calendar);
    return outcome.kind === 'calendar' ? outcome.calendar : undefined;
  }, [data.plan.calendar]);
  const schedule = state.result.kind === 'scheduled' ? state.result : undefined;
  const rows = useMemo(
    () => (schedule === undefined || calendar === undefined ? [] : buildTaskRows(state.plan, schedule, issues, calendar)),
    [state.plan, schedule, issues, calendar],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLTextAreaElement) return;
      if (target instanceof HTMLInputElement && target.type !== 'number' && target.type !== 'checkbox') return;
      event.preventDefault();
      dispatch({ kind: 'undo' });
    };
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('keydown', onKey); };
  }, []);

  const selectedRow = rows.find((row) => row.id === selected);
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
      {schedule === undefined ? (
        <ScheduleProblems result={state.result} plan={state.plan} issues={issues} onEdit={onEdit} />
      ) : (
        <ForecastBanner schedule={schedule} deadline={data.deadline} issues={issues} onSelect={setSelected} />
      )}
      <WhatIfBar state={state} dispatch={dispatch} />
      {schedule === undefined || calendar === undefined ? null : (
        <>
          <div className="dp-insights">
            <AssumptionsBox rows={rows} onSelect={setSelected} />
            {state.bottlenecks === null ? null : <BottlenecksBox bottlenecks={state.bottlenecks} issues={issues} onSelect={setSelected} />}
          </div>
          <section className="dp-views" aria-label={t('dependencies.views.label')}>
            <ViewTabs view={view} onChange={setView} />
            <div className="dp-view-body">
              <div className="dp-view-main" role="tabpanel" id={`dp-panel-${view}`} aria-labelledby={`dp-tab-${view}`}>
                {view === 'network' ? (
                  <NetworkView plan={state.plan} schedule={schedule} rows={rows} selected={selected} onSelect={setSelected} />
                ) : view === 'gantt' ? (
                  <GanttView rows={rows} calendar={calendar} today={data.today} deadline={data.deadline} selected={selected} onSelect={setSelected} />
                ) : (
                  <CpmTable rows={rows} epicKey={data.epic.key} selected={selected} onSelect={setSelected} onEdit={onEdit} />
                )}
              </div>
              {selectedRow === undefined ? null : (
                <TaskInspector
                  row={selectedRow}
                  state={state}
                  issues={issues}
                  jiraLinks={jiraLinks}
                  canEdit={data.canEdit}
                  issueKey={issueKey}
                  onEdit={onEdit}
                  onSelect={setSelected}
                  onClose={() => { setSelected(undefined); }}
                  savedLinks={savedLinks}
                  onSaved={onSaved}
                  onCleared={onReload}
                />
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
