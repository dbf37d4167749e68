// computeSchedule: the one entry point from a plan to its schedule. Validates the plan, orders the graph
// (or reports its loops), renumbers the graph in that order, runs the CPM passes and assembles the result in
// the input order of the tasks.

import { buildCalendar, dateOfIndex, indexOnOrBefore, type WorkCalendar } from './calendar';
import { runSortedCpm, type CpmTimes } from './cpm';
import { traceCriticalPath } from './critical-path';
import { orderTasks } from './cycles';
import { parseIsoDate } from './dates';
import { computeForecast } from './forecast';
import { buildScheduleGraph, DONE, renumberGraph } from './graph';
import { withScratch } from './scratch';
import { DEFAULT_WORKDAYS, type IsoDate, type Plan, type PlanTask, type Problem, type ScheduleResult, type ScheduledTask } from './types';

const FALLBACK_CALENDAR = { start: '1970-01-01', workdays: DEFAULT_WORKDAYS };

/**
 * Schedules a plan with the critical path method. Returns `invalid` with every problem found (field paths
 * such as `tasks[3].duration`), `cycles` with each loop of links, or the `scheduled` result: per task (in
 * input order) ES/EF/LS/LF, total and free float, critical flag and dates; the critical path; the forecast.
 */
export function computeSchedule(plan: Plan): ScheduleResult {
  return withScratch(() => schedule(plan));
}

function schedule(plan: Plan): ScheduleResult {
  const problems: Problem[] = [];
  const calendarOutcome = buildCalendar(plan.calendar);
  let calendar: WorkCalendar;
  if (calendarOutcome.kind === 'calendar') {
    calendar = calendarOutcome.calendar;
  } else {
    problems.push(...calendarOutcome.problems);
    // Keep validating tasks and links, so that every problem is reported at once.
    const fallback = buildCalendar(FALLBACK_CALENDAR);
    if (fallback.kind !== 'calendar') throw new Error('the fallback calendar is valid');
    calendar = fallback.calendar;
  }
  let deadlineEnd: number | undefined;
  if (plan.deadline !== undefined) {
    const day = parseIsoDate(plan.deadline);
    if (day === undefined) problems.push({ code: 'bad-date', path: 'deadline', value: plan.deadline });
    else deadlineEnd = indexOnOrBefore(calendar, day) + 1;
  }
  const graphOutcome = buildScheduleGraph(plan, calendar);
  if (graphOutcome.kind === 'invalid') problems.push(...graphOutcome.problems);
  if (problems.length > 0 || graphOutcome.kind === 'invalid') return { kind: 'invalid', problems };

  const { graph } = graphOutcome;
  const ordering = orderTasks(graph);
  if (ordering.kind === 'cycles') {
    return { kind: 'cycles', cycles: ordering.cycles.map((loop) => loop.map((v) => taskAt(plan, v).id)) };
  }
  // From here on task i is order[i] of the input.
  const { order } = ordering;
  const sorted = renumberGraph(graph, order);
  const times = runSortedCpm(sorted, deadlineEnd);
  const criticalPath = traceCriticalPath(sorted.status, times).map((i) => taskAt(plan, order[i] as number).id);
  return {
    kind: 'scheduled',
    finish: { day: times.finish, date: dateOfIndex(calendar, times.finish - 1) },
    tasks: scheduledTasks(plan, order, sorted.status, calendar, times),
    criticalPath,
    forecast: computeForecast(calendar, times, deadlineEnd !== undefined, criticalPath),
  };
}

/**
 * One ScheduledTask per task, in input order (the times are in topological order: task i is order[i]). A class rather than object literals: at 100k tasks literals
 * carry allocation-site bookkeeping that makes them about twice as dear to allocate; the instances are still
 * plain data (own enumerable fields only, so they serialise and compare like literals).
 */
class ScheduledTaskRecord implements ScheduledTask {
  constructor(
    readonly id: string,
    readonly es: number,
    readonly ef: number,
    readonly ls: number,
    readonly lf: number,
    readonly totalFloat: number,
    readonly freeFloat: number,
    readonly critical: boolean,
    readonly start: IsoDate,
    readonly finish: IsoDate,
  ) {}
}

function scheduledTasks(plan: Plan, order: Int32Array, status: Uint8Array, calendar: WorkCalendar, times: CpmTimes): ScheduledTask[] {
  const { es: early, ef: earlyFinish, ls: late, lf: lateFinish, totalFloat, freeFloat, minFloat } = times;
  const n = early.length;
  // Many tasks share start and finish days: format each day once (days in use span far fewer than tasks).
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const start = early[i] as number;
    const end = earlyFinish[i] as number;
    if (start < low) low = start;
    if (end > high) high = end;
  }
  const dense = high - low <= 4 * n + 1024;
  const dates: (IsoDate | undefined)[] = dense ? new Array<IsoDate | undefined>(high - low + 1).fill(undefined) : [];
  const tasks = new Array<ScheduledTask>(n);
  const done = DONE;
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    const es = early[i] as number;
    const ef = earlyFinish[i] as number;
    const float = totalFloat[i] as number;
    const start = dense ? (dates[es - low] ?? cacheDate(dates, calendar, es, low)) : dateOfIndex(calendar, es);
    const last = ef - 1;
    const finish = ef <= es ? start : dense ? (dates[last - low] ?? cacheDate(dates, calendar, last, low)) : dateOfIndex(calendar, last);
    tasks[v] = new ScheduledTaskRecord(
      taskAt(plan, v).id,
      es,
      ef,
      late[i] as number,
      lateFinish[i] as number,
      float,
      freeFloat[i] as number,
      float === minFloat && status[i] !== done,
      start,
      finish,
    );
  }
  return tasks;
}

function cacheDate(dates: (IsoDate | undefined)[], calendar: WorkCalendar, index: number, low: number): IsoDate {
  const date = dateOfIndex(calendar, index);
  dates[index - low] = date;
  return date;
}

function taskAt(plan: Plan, v: number): PlanTask {
  return plan.tasks[v] as PlanTask;
}
