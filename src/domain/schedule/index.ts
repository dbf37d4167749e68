// The scheduling capability's public surface: compute a CPM schedule from a plan, forecast the launch date,
// try what-if edits, find bottlenecks. Pure: runs unchanged in Node and in the browser.
// The lower-level graph entry (buildScheduleGraph + orderTasks + runCpm) is for callers with prebuilt plans.

export type {
  CalendarSpec,
  CyclicPlan,
  DayDate,
  Forecast,
  InvalidPlan,
  IsoDate,
  LinkType,
  Plan,
  PlanLink,
  PlanTask,
  Problem,
  ProblemCode,
  ScheduledPlan,
  ScheduledTask,
  ScheduleResult,
  Weekday,
} from './types';
export { computeSchedule } from './compute-schedule';
export { applyEdits, computeWhatIf, type EditOutcome, type LinkRef, type PlanEdit, type WhatIfOutcome } from './what-if';
export { linkSlack } from './link-slack';
export { findBottlenecks, type AssigneeLoad, type Bottlenecks, type SlipImpact } from './bottlenecks';
export {
  buildCalendar,
  dateOfIndex,
  dayNumberOfIndex,
  indexOnOrAfter,
  indexOnOrBefore,
  isWorkingDay,
  type CalendarOutcome,
  type WorkCalendar,
} from './calendar';
export { formatIsoDate, parseIsoDate } from './dates';
export { buildScheduleGraph, type GraphOutcome, type ScheduleGraph } from './graph';
export { orderTasks, type OrderOutcome } from './cycles';
export { runCpm, type CpmTimes } from './cpm';
