// The rows every view of the panel shares: one per task of the (possibly edited) plan, with the issue it stands
// for (summary, status, assignee, where the duration came from), its CPM times and the dates of those times.
import {
  dateOfIndex,
  type DurationBasis, type IsoDate, type IssueTask, type Plan, type ScheduledPlan, type ScheduledTask, type StatusCategory, type WorkCalendar,
} from '../../src/domain/schedule';

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
  readonly durationBasis: DurationBasis;
  /** The Jira-derived duration, when a what-if edit changed it. */
  readonly originalDuration: number | undefined;
  readonly lateStart: IsoDate;
  readonly lateFinish: IsoDate;
  /** The epic the issue belongs to, on a release's schedule; undefined on an epic's own or without an epic. */
  readonly epicKey: string | undefined;
}

/** The issues of the loaded plan by key: what a task of an edited plan is shown as. */
export function issuesByKey(tasks: readonly IssueTask[]): ReadonlyMap<string, IssueTask> {
  return new Map(tasks.map((task) => [task.id, task]));
}

/**
 * Rows of `plan` scheduled as `schedule`; `issues` are the loaded plan's tasks (to flag edited durations);
 * `epicOf` names each task's epic on a release's schedule.
 */
export function buildTaskRows(
  plan: Plan,
  schedule: ScheduledPlan,
  issues: ReadonlyMap<string, IssueTask>,
  calendar: WorkCalendar,
  epicOf?: ReadonlyMap<string, string>,
): TaskRow[] {
  const rows: TaskRow[] = [];
  plan.tasks.forEach((task, order) => {
    const times = schedule.tasks[order];
    if (times === undefined) return;
    const issue = issues.get(task.id);
    const original = issue?.duration;
    const done = task.actualFinish !== undefined || issue?.statusCategory === 'done';
    rows.push({
      ...times,
      order,
      summary: issue?.name ?? task.name ?? '',
      status: issue?.status ?? '',
      statusCategory: issue?.statusCategory ?? (done ? 'done' : 'new'),
      assignee: issue?.assigneeName ?? task.assignee,
      external: issue?.external ?? false,
      done,
      duration: task.duration,
      durationBasis: issue?.durationBasis ?? 'estimate',
      originalDuration: original !== undefined && original !== task.duration ? original : undefined,
      lateStart: dateOfIndex(calendar, times.ls),
      lateFinish: times.lf > times.ls ? dateOfIndex(calendar, times.lf - 1) : dateOfIndex(calendar, times.ls),
      epicKey: epicOf?.get(task.id),
    });
  });
  return rows;
}
