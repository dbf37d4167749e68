// A small epic for the panel's view-model tests: five tasks, one done, one assumed, a holiday on a Wednesday.
// Its tasks are the issues and its links carry their Jira ids, as `schedule/forEpic` answers.
import { buildCalendar, computeSchedule, type IssuePlan, type ScheduledPlan, type WorkCalendar } from '../../../src/domain/schedule';

export const plan: IssuePlan = {
  calendar: { start: '2026-11-02', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-11-04'] },
  deadline: '2026-11-20',
  tasks: [
    { id: 'PERP-1', name: 'Design doc, order book', duration: 2, actualStart: '2026-11-02', actualFinish: '2026-11-03', status: 'Done', statusCategory: 'done', external: false, durationBasis: 'actual' },
    { id: 'PERP-2', name: 'Matching core', duration: 3, assignee: 'acc-2', assigneeName: 'Li Wei', status: 'In Progress', statusCategory: 'indeterminate', external: false, durationBasis: 'estimate' },
    { id: 'PERP-10', name: 'Risk "slippage" guard', duration: 1, status: 'To Do', statusCategory: 'new', external: true, durationBasis: 'assumed' },
    { id: 'PERP-3', name: '撮合引擎压测', duration: 4, assignee: 'acc-1', assigneeName: 'Zhang San', status: 'To Do', statusCategory: 'new', external: false, durationBasis: 'points' },
    { id: 'PERP-4', name: 'Go-live', duration: 0, status: 'To Do', statusCategory: 'new', external: false, durationBasis: 'estimate' },
  ],
  links: [
    { id: '101', from: 'PERP-1', to: 'PERP-2', issueLinkType: 'Blocks', type: 'FS', lag: 0, overridden: false },
    { id: '102', from: 'PERP-1', to: 'PERP-10', issueLinkType: 'Blocks', type: 'FS', lag: 0, overridden: false },
    { id: '103', from: 'PERP-2', to: 'PERP-3', issueLinkType: 'Blocks', type: 'FS', lag: 0, overridden: false },
    { id: '104', from: 'PERP-10', to: 'PERP-3', issueLinkType: 'Blocks', type: 'SS', lag: 1, overridden: true },
    { id: '105', from: 'PERP-3', to: 'PERP-4', issueLinkType: 'Blocks', type: 'FS', lag: 0, overridden: false },
  ],
};

export function scheduled(p: IssuePlan = plan): ScheduledPlan {
  const result = computeSchedule(p);
  if (result.kind !== 'scheduled') throw new Error(`fixture plan did not schedule: ${result.kind}`);
  return result;
}

export function calendar(): WorkCalendar {
  const outcome = buildCalendar(plan.calendar);
  if (outcome.kind !== 'calendar') throw new Error('fixture calendar is invalid');
  return outcome.calendar;
}
