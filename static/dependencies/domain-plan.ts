// The plan as the contract delivers it (zod output: optional fields may be present as undefined) turned into
// the domain's Plan (optional fields absent), so the browser can run the same engine on it.
import type { EpicSchedule } from '../../src/contract';
import { computeSchedule, type Plan, type PlanTask, type ScheduleResult } from '../../src/domain/schedule';

export function toDomainPlan(wire: EpicSchedule['plan']): Plan {
  const { holidays, ...calendar } = wire.calendar;
  const tasks = wire.tasks.map((task): PlanTask => {
    const { name, actualStart, actualFinish, assignee, ...rest } = task;
    return {
      ...rest,
      ...(name === undefined ? {} : { name }),
      ...(actualStart === undefined ? {} : { actualStart }),
      ...(actualFinish === undefined ? {} : { actualFinish }),
      ...(assignee === undefined ? {} : { assignee }),
    };
  });
  return {
    calendar: holidays === undefined ? calendar : { ...calendar, holidays },
    ...(wire.deadline === undefined ? {} : { deadline: wire.deadline }),
    tasks,
    links: wire.links,
  };
}

/**
 * The schedule Jira's plan got on the server. Scheduled and cyclic results are used as sent; an invalid one is
 * recomputed here, where the engine types its problem codes (same plan, same engine, same problems).
 */
export function toDomainResult(wire: EpicSchedule['schedule'], plan: Plan): ScheduleResult {
  return wire.kind === 'invalid' ? computeSchedule(plan) : wire;
}
