// The scheduling capability's public surface: compute a CPM schedule from a plan, forecast the launch date,
// try what-if edits, find bottlenecks. Pure: runs unchanged in Node and in the browser.
// Plans of tracked work: buildIssuePlan turns issues and links into a plan whose tasks are the issues.
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
export { DEFAULT_WORKDAYS, ISO_DATE_PATTERN, LINK_TYPES, PROBLEM_CODES, WEEKDAYS } from './types';
export {
  buildIssuePlan,
  DEFAULT_SCHEDULE_SETTINGS,
  DURATION_BASES,
  DURATION_SOURCES,
  LINK_MAPPINGS,
  STATUS_CATEGORIES,
  type DurationBasis,
  type DurationSource,
  type IssueLink,
  type IssuePlan,
  type IssueTask,
  type LinkMapping,
  type LinkOverride,
  type ScheduleSettings,
  type StatusCategory,
  type WorkItem,
  type WorkLink,
} from './issue-plan';
export { chooseDeadline, type Deadline } from './deadline';
export { computeSchedule } from './compute-schedule';
export { applyEdits, computeWhatIf, type EditOutcome, type LinkRef, type PlanEdit, type WhatIfOutcome } from './what-if';
export { linkSlack } from './link-slack';
export { measureFinishSlips, positionOfTask, traceLinkedTasks, type LinkedTask, type TaskPosition } from './task-position';
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
