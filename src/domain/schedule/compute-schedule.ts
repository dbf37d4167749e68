// computeSchedule: the one entry point from a plan to its schedule. Validates the plan, orders the graph
// (or reports its loops), runs the CPM passes and assembles the result in the input order of the tasks.

import { buildCalendar, dateOfIndex, indexOnOrBefore, type WorkCalendar } from './calendar';
import { runCpm, type CpmTimes } from './cpm';
import { traceCriticalPath } from './critical-path';
import { orderTasks } from './cycles';
import { parseIsoDate } from './dates';
import { computeForecast } from './forecast';
import { buildScheduleGraph, DONE } from './graph';
import type { IsoDate, Plan, PlanTask, Problem, ScheduleResult, ScheduledTask } from './types';

const FALLBACK_CALENDAR = { start: '1970-01-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] } as const;

/**
 * Schedules a plan with the critical path method. Returns `invalid` with every problem found (field paths
 * such as `tasks[3].duration`), `cycles` with each loop of links, or the `scheduled` result: per task (in
 * input order) ES/EF/LS/LF, total and free float, critical flag and dates; the critical path; the forecast.
 */
export function computeSchedule(plan: Plan): ScheduleResult {
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
    if (day === undefined) problems.push({ code: 'bad-date', path: 'deadline', message: 'expected a date YYYY-MM-DD' });
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
  const times = runCpm(graph, ordering.order, deadlineEnd);
  const criticalPath = traceCriticalPath(graph, times, ordering.order).map((v) => taskAt(plan, v).id);
  const dateAt = cacheDates(calendar, times);
  const n = graph.taskCount;
  const { es: early, ef: earlyFinish, ls: late, lf: lateFinish, totalFloat, freeFloat, minFloat } = times;
  const { status } = graph;
  const tasks: ScheduledTask[] = [];
  for (let v = 0; v < n; v++) {
    const es = early[v] as number;
    const ef = earlyFinish[v] as number;
    const float = totalFloat[v] as number;
    const start = dateAt(es);
    tasks.push({
      id: taskAt(plan, v).id,
      es,
      ef,
      ls: late[v] as number,
      lf: lateFinish[v] as number,
      totalFloat: float,
      freeFloat: freeFloat[v] as number,
      critical: float === minFloat && status[v] !== DONE,
      start,
      finish: ef > es ? dateAt(ef - 1) : start,
    });
  }
  return {
    kind: 'scheduled',
    finish: { day: times.finish, date: dateOfIndex(calendar, times.finish - 1) },
    tasks,
    criticalPath,
    forecast: computeForecast(calendar, times, deadlineEnd !== undefined, criticalPath),
  };
}

function taskAt(plan: Plan, v: number): PlanTask {
  return plan.tasks[v] as PlanTask;
}

/** Many tasks share start and finish days: format each day once when the days in use are dense enough. */
function cacheDates(calendar: WorkCalendar, times: CpmTimes): (index: number) => IsoDate {
  const { es, ef } = times;
  let low = 0;
  let high = 0;
  for (let v = 0; v < es.length; v++) {
    if ((es[v] as number) < low) low = es[v] as number;
    if ((ef[v] as number) > high) high = ef[v] as number;
  }
  if (high - low > 4 * es.length + 1024) return (index) => dateOfIndex(calendar, index);
  const cache = new Array<IsoDate | undefined>(high - low + 1).fill(undefined);
  return (index) => {
    const cached = cache[index - low];
    if (cached !== undefined) return cached;
    const date = dateOfIndex(calendar, index);
    cache[index - low] = date;
    return date;
  };
}
