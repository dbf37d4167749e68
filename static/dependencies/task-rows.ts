// The rows every view of the panel shares: one per task of the (possibly edited) plan, joining the Jira issue
// (summary, status, assignee, where the duration came from) with its CPM times and the dates of those times.
import type { EpicSchedule } from '../../src/contract';
import { dateOfIndex, type IsoDate, type Plan, type ScheduledPlan, type ScheduledTask, type WorkCalendar } from '../../src/domain/schedule';

export type DurationSource = EpicSchedule['issues'][number]['duration']['source'];
export type StatusCategory = EpicSchedule['issues'][number]['statusCategory'];

export interface TaskRow extends ScheduledTask {
  /** Position in `plan.tasks`: the stable order of ties. */
  readonly order: number;
  readonly summary: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly assignee: string | undefined;
  readonly external: boolean;
  readonly done: boolean;
  readonly duration: number;
  readonly source: DurationSource;
  /** The Jira-derived duration, when a what-if edit changed it. */
  readonly originalDuration: number | undefined;
  readonly lateStart: IsoDate;
  readonly lateFinish: IsoDate;
}

type Issue = EpicSchedule['issues'][number];

/** Joins plan, schedule and issues; `baseline` is the plan as Jira gave it (to flag edited durations). */
export function buildTaskRows(
  plan: Plan,
  schedule: ScheduledPlan,
  issues: readonly Issue[],
  baseline: Plan,
  calendar: WorkCalendar,
): TaskRow[] {
  const issueByKey = new Map(issues.map((issue) => [issue.key, issue]));
  const baselineDuration = new Map(baseline.tasks.map((task) => [task.id, task.duration]));
  const rows: TaskRow[] = [];
  plan.tasks.forEach((task, order) => {
    const times = schedule.tasks[order];
    if (times === undefined) return;
    const issue = issueByKey.get(task.id);
    const original = baselineDuration.get(task.id);
    const done = task.actualFinish !== undefined || issue?.statusCategory === 'done';
    rows.push({
      id: task.id,
      order,
      summary: issue?.summary ?? task.name ?? '',
      status: issue?.status ?? '',
      statusCategory: issue?.statusCategory ?? (done ? 'done' : 'new'),
      assignee: issue?.assignee?.displayName ?? task.assignee,
      external: issue?.external ?? false,
      done,
      duration: task.duration,
      source: issue?.duration.source ?? 'estimate',
      originalDuration: original !== undefined && original !== task.duration ? original : undefined,
      es: times.es,
      ef: times.ef,
      ls: times.ls,
      lf: times.lf,
      totalFloat: times.totalFloat,
      freeFloat: times.freeFloat,
      critical: times.critical,
      start: times.start,
      finish: times.finish,
      lateStart: dateOfIndex(calendar, times.ls),
      lateFinish: times.lf > times.ls ? dateOfIndex(calendar, times.lf - 1) : dateOfIndex(calendar, times.ls),
    });
  });
  return rows;
}
