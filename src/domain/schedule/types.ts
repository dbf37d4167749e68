// Data types of the scheduling capability: the plan that goes in (tasks, links, calendar, deadline) and the
// schedule that comes out (CPM dates per task, critical path, forecast), plus the problems that stop a plan
// from being scheduled. Times are working-day indices (0 = first working day on or after calendar.start).

/** A calendar date `YYYY-MM-DD` (proleptic Gregorian, no time zone). */
export type IsoDate = string;

/** Dependency kinds: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

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

export type ProblemCode =
  | 'bad-calendar'
  | 'bad-date'
  | 'duplicate-id'
  | 'bad-id'
  | 'bad-duration'
  | 'bad-actuals'
  | 'unknown-task'
  | 'bad-link-type'
  | 'bad-lag'
  | 'unknown-link';

/** Why a plan (or an edit) cannot be scheduled; `path` names the field, e.g. `tasks[3].duration`. */
export interface Problem {
  readonly code: ProblemCode;
  readonly path: string;
  readonly message: string;
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
