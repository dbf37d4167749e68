// Data types of the scheduling capability: the plan that goes in (tasks, links, calendar, deadline) and the
// schedule that comes out (CPM dates per task, critical path, forecast), plus the problems that stop a plan
// from being scheduled. Times are working-day indices (0 = first working day on or after calendar.start).

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian, no time zone); `parseIsoDate` says whether it exists. */
export type IsoDate = string;

/** The shape of an IsoDate; whether the day exists (no 31 April) is `parseIsoDate`'s to say. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Dependency kinds: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** The days of the week, Monday first (the order calendars and settings show them in). */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The working week a calendar has when none is given. */
export const DEFAULT_WORKDAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export interface CalendarSpec {
  readonly start: IsoDate;
  readonly workdays: readonly Weekday[];
  readonly holidays?: readonly IsoDate[];
}

export interface PlanTask {
  readonly id: string;
  readonly name?: string;
  /** Working days; 0 = milestone. Ignored for done tasks, whose actual dates decide their length. */
  readonly duration: number;
  readonly actualStart?: IsoDate;
  readonly actualFinish?: IsoDate;
  readonly assignee?: string;
}

export interface PlanLink {
  /** The tracker's id of the link (a Jira issue-link id), carried through what-if edits; absent for a new link. */
  readonly id?: string;
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Working days; negative = lead. */
  readonly lag: number;
}

export interface Plan {
  readonly calendar: CalendarSpec;
  /** Last allowed day, inclusive; a non-working day counts as the working day before it. */
  readonly deadline?: IsoDate;
  readonly tasks: readonly PlanTask[];
  readonly links: readonly PlanLink[];
}

/** A working-day index with its date. */
export interface DayDate {
  readonly day: number;
  readonly date: IsoDate;
}

export interface ScheduledTask {
  readonly id: string;
  readonly es: number;
  readonly ef: number;
  readonly ls: number;
  readonly lf: number;
  readonly totalFloat: number;
  readonly freeFloat: number;
  readonly critical: boolean;
  /** Date of day `es`. */
  readonly start: IsoDate;
  /** Date of day `ef - 1`; for a milestone (es = ef) the date of `es`, the same as `start`. */
  readonly finish: IsoDate;
}

/**
 * The launch-date forecast. `finish.day` is the project finish F (exclusive), `finish.date` the date of day
 * F - 1. `deadline.day` is the exclusive reference Fref, `deadline.date` the last allowed working day.
 * `slip` = F - Fref in working days (positive = late). `float` = the least total float of the tasks that are
 * not done (what "holds with N days of float" reports).
 */
export type Forecast =
  | {
      readonly kind: 'no-deadline';
      readonly finish: DayDate;
      readonly float: number;
      readonly criticalPath: readonly string[];
    }
  | {
      readonly kind: 'holds' | 'slips';
      readonly finish: DayDate;
      readonly deadline: DayDate;
      readonly slip: number;
      readonly float: number;
      readonly criticalPath: readonly string[];
    };

export const PROBLEM_CODES = [
  'bad-date',
  'bad-weekday',
  'no-workdays',
  'duplicate-id',
  'bad-id',
  'bad-duration',
  'actual-finish-without-start',
  'actual-finish-before-start',
  'unknown-task',
  'bad-link-type',
  'bad-lag',
  'unknown-link',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * Why a plan (or an edit) cannot be scheduled, as data: `path` names the field (`tasks[3].duration`), `value`
 * the offending id or link when there is one. Each reader words it in its own language (the CLI, the page).
 */
export interface Problem {
  readonly code: ProblemCode;
  readonly path: string;
  readonly value?: string;
}

export type ScheduleResult = ScheduledPlan | CyclicPlan | InvalidPlan;

export interface ScheduledPlan {
  readonly kind: 'scheduled';
  readonly finish: DayDate;
  /** In the order of `plan.tasks`. */
  readonly tasks: readonly ScheduledTask[];
  /** The driving chain from start to finish, as task ids in order. */
  readonly criticalPath: readonly string[];
  readonly forecast: Forecast;
}

export interface CyclicPlan {
  readonly kind: 'cycles';
  /** One loop per strongly connected component, as task ids in loop order (the last links back to the first). */
  readonly cycles: readonly (readonly string[])[];
}

export interface InvalidPlan {
  readonly kind: 'invalid';
  readonly problems: readonly Problem[];
}
