// The loaded schedule, for an epic or a release: holds the what-if state (edits, undo, reset), derives the rows
// every view shares, and lays out the forecast, the what-if bar, assumptions, bottlenecks, the three views and the
// task inspector. A release's workspace groups by epic (network boxes, Gantt lanes, an Epic column).
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { EpicSchedule } from '../../src/contract';
import { buildCalendar, type Bottlenecks, type IssuePlan, type PlanEdit, type ScheduleResult, type WorkCalendar } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { AssumptionsBox } from './assumptions-box';
import { BottlenecksBox } from './bottlenecks-box';
import { CpmTable } from './cpm-table';
import { ForecastBanner } from './forecast-banner';
import { GanttView } from './gantt-view';
import { NetworkView } from './network-view';
import { ScheduleProblems } from './schedule-problems';
import { buildTaskRows, issuesByKey } from './task-rows';
import { TaskInspector, type SavedLink } from './task-inspector';
import { ViewTabs, type ViewName } from './view-tabs';
import { WhatIfBar } from './what-if-bar';
import { initWhatIf, whatIfReducer } from './what-if-state';

/** A release's grouping: each task's epic, and each epic's summary. */
export interface EpicGrouping {
  readonly epicOf: ReadonlyMap<string, string>;
  readonly summaries: ReadonlyMap<string, string>;
}

export interface ScheduleWorkspaceProps {
  readonly plan: IssuePlan;
  readonly schedule: ScheduleResult;
  readonly bottlenecks: Bottlenecks | null;
  readonly today: string;
  readonly deadline: EpicSchedule['deadline'];
  readonly canEdit: boolean;
  /** The epic whose work a selected task's kept link overrides belong to (undefined: none can be kept). */
  readonly overrideEpic: (taskId: string) => string | undefined;
  /** Of the CSV export. */
  readonly exportName: string;
  readonly grouping?: EpicGrouping;
  /** Loads the schedule again (after a kept link was forgotten). */
  readonly onReload: () => void;
}

export function ScheduleWorkspace(props: ScheduleWorkspaceProps) {
  const { plan, deadline, today, grouping, onReload } = props;
  const { t } = useShell();
  const issues = useMemo(() => issuesByKey(plan.tasks), [plan.tasks]);
  const jiraLinks = useMemo(() => new Map(plan.links.map((link) => [link.id, link])), [plan.links]);
  const [state, dispatch] = useReducer(whatIfReducer, props, (loaded) => initWhatIf(loaded.plan, loaded.schedule, loaded.bottlenecks));
  const [view, setView] = useState<ViewName>('network');
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [savedLinks, setSavedLinks] = useState<ReadonlyMap<string, SavedLink>>(new Map());
  const onSaved = useCallback((saved: SavedLink) => {
    setSavedLinks((previous) => new Map(previous).set(saved.linkId, saved));
  }, []);
  const onEdit = useCallback((edit: PlanEdit) => { dispatch({ kind: 'edit', edit }); }, []);

  const calendar = useMemo((): WorkCalendar | undefined => {
    const outcome = buildCalendar(plan.calendar);
    return outcome.kind === 'calendar' ? outcome.calendar : undefined;
  }, [plan.calendar]);
  const schedule = state.result.kind === 'scheduled' ? state.result : undefined;
  const rows = useMemo(
    () => (schedule === undefined || calendar === undefined ? [] : buildTaskRows(state.plan, schedule, issues, calendar, grouping?.epicOf)),
    [state.plan, schedule, issues, calendar, grouping],
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
  const overrideEpic = selectedRow === undefined ? undefined : props.overrideEpic(selectedRow.id);
  return (
    <>
      {schedule === undefined ? (
        <ScheduleProblems result={state.result} plan={state.plan} issues={issues} onEdit={onEdit} />
      ) : (
        <ForecastBanner schedule={schedule} deadline={deadline} issues={issues} onSelect={setSelected} epicOf={grouping?.epicOf} />
      )}
      <WhatIfBar state={state} dispatch={dispatch} />
      {schedule === undefined || calendar === undefined ? null : (
        <>
          <div className="dp-insights">
            <AssumptionsBox rows={rows} onSelect={setSelected} />
            {state.bottlenecks === null ? null : <BottlenecksBox bottlenecks={state.bottlenecks} issues={issues} onSelect={setSelected} />}
          </div>
          <section className="dp-views" aria-label={t('schedule.views.label')}>
            <ViewTabs view={view} onChange={setView} />
            <div className="dp-view-body">
              <div className="dp-view-main" role="tabpanel" id={`dp-panel-${view}`} aria-labelledby={`dp-tab-${view}`}>
                {view === 'network' ? (
                  <NetworkView plan={state.plan} schedule={schedule} rows={rows} selected={selected} onSelect={setSelected} epics={grouping?.summaries} />
                ) : view === 'gantt' ? (
                  <GanttView rows={rows} calendar={calendar} today={today} deadline={deadline} selected={selected} onSelect={setSelected} lanes={grouping?.summaries} />
                ) : (
                  <CpmTable rows={rows} exportName={props.exportName} withEpic={grouping !== undefined} selected={selected} onSelect={setSelected} onEdit={onEdit} />
                )}
              </div>
              {selectedRow === undefined ? null : (
                <TaskInspector
                  row={selectedRow}
                  state={state}
                  issues={issues}
                  jiraLinks={jiraLinks}
                  canEdit={props.canEdit && overrideEpic !== undefined}
                  issueKey={overrideEpic ?? ''}
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
    </>
  );
}
