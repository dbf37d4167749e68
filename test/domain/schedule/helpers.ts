// Shared test helpers: build plans tersely and unwrap results, failing loudly on the wrong kind.

import { computeSchedule } from '../../../src/domain/schedule';
import type { CalendarSpec, LinkType, Plan, PlanLink, PlanTask, ScheduledPlan, ScheduledTask } from '../../../src/domain/schedule';

export const WEEKDAYS_MON_FRI = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;

/** Mon-Fri from Tuesday 2026-12-01: index 0 = Tue 12-01, 3 = Fri 12-04, 4 = Mon 12-07. */
export const DECEMBER: CalendarSpec = { start: '2026-12-01', workdays: WEEKDAYS_MON_FRI };

export function task(id: string, duration: number, extra: Partial<PlanTask> = {}): PlanTask {
  return { id, duration, ...extra };
}

export function link(from: string, to: string, type: LinkType = 'FS', lag = 0): PlanLink {
  return { from, to, type, lag };
}

export function plan(tasks: readonly PlanTask[], links: readonly PlanLink[], extra: Partial<Plan> = {}): Plan {
  return { calendar: DECEMBER, tasks, links, ...extra };
}

export function scheduled(input: Plan): ScheduledPlan {
  const result = computeSchedule(input);
  if (result.kind !== 'scheduled') throw new Error(`expected a schedule, got ${JSON.stringify(result)}`);
  return result;
}

export function byId(result: ScheduledPlan): Record<string, ScheduledTask> {
  return Object.fromEntries(result.tasks.map((t) => [t.id, t]));
}

/** The CPM numbers of a task, for compact table-driven expectations. */
export function numbers(t: ScheduledTask): [number, number, number, number, number, number, boolean] {
  return [t.es, t.ef, t.ls, t.lf, t.totalFloat, t.freeFloat, t.critical];
}
