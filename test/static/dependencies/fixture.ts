// A small epic for the panel's view-model tests: five tasks, one done, one assumed, a holiday on a Wednesday.
import type { EpicSchedule } from '../../../src/contract';
import { buildCalendar, computeSchedule, type Plan, type ScheduledPlan, type WorkCalendar } from '../../../src/domain/schedule';

export const plan: Plan = {
  calendar: { start: '2026-11-02', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-11-04'] },
  deadline: '2026-11-20',
  tasks: [
    { id: 'PERP-1', duration: 2, actualStart: '2026-11-02', actualFinish: '2026-11-03' },
    { id: 'PERP-2', duration: 3 },
    { id: 'PERP-10', duration: 1 },
    { id: 'PERP-3', duration: 4, assignee: 'acc-1' },
    { id: 'PERP-4', duration: 0 },
  ],
  links: [
    { from: 'PERP-1', to: 'PERP-2', type: 'FS', lag: 0 },
    { from: 'PERP-1', to: 'PERP-10', type: 'FS', lag: 0 },
    { from: 'PERP-2', to: 'PERP-3', type: 'FS', lag: 0 },
    { from: 'PERP-10', to: 'PERP-3', type: 'SS', lag: 1 },
    { from: 'PERP-3', to: 'PERP-4', type: 'FS', lag: 0 },
  ],
};

export const issues: EpicSchedule['issues'] = [
  { key: 'PERP-1', summary: 'Design doc, order book', status: 'Done', statusCategory: 'done', assignee: null, external: false, duration: { days: 2, source: 'actual' } },
  { key: 'PERP-2', summary: 'Matching core', status: 'In Progress', statusCategory: 'indeterminate', assignee: { accountId: 'acc-2', displayName: 'Li Wei' }, external: false, duration: { days: 3, source: 'estimate' } },
  { key: 'PERP-10', summary: 'Risk "slippage" guard', status: 'To Do', statusCategory: 'new', assignee: null, external: true, duration: { days: 1, source: 'assumed' } },
  { key: 'PERP-3', summary: '撮合引擎压测', status: 'To Do', statusCategory: 'new', assignee: { accountId: 'acc-1', displayName: 'Zhang San' }, external: false, duration: { days: 4, source: 'points' } },
  { key: 'PERP-4', summary: 'Go-live', status: 'To Do', statusCategory: 'new', assignee: null, external: false, duration: { days: 0, source: 'estimate' } },
];

export const jiraLinks: EpicSchedule['links'] = [
  { id: '101', from: 'PERP-1', to: 'PERP-2', jiraType: 'Blocks', type: 'FS', lag: 0, overridden: false },
  { id: '102', from: 'PERP-1', to: 'PERP-10', jiraType: 'Blocks', type: 'FS', lag: 0, overridden: false },
  { id: '103', from: 'PERP-2', to: 'PERP-3', jiraType: 'Blocks', type: 'FS', lag: 0, overridden: false },
  { id: '104', from: 'PERP-10', to: 'PERP-3', jiraType: 'Blocks', type: 'SS', lag: 1, overridden: true },
  { id: '105', from: 'PERP-3', to: 'PERP-4', jiraType: 'Blocks', type: 'FS', lag: 0, overridden: false },
];

export function scheduled(p: Plan = plan): ScheduledPlan {
  const result = computeSchedule(p);
  if (result.kind !== 'scheduled') throw new Error(`fixture plan did not schedule: ${result.kind}`);
  return result;
}

export function calendar(): WorkCalendar {
  const outcome = buildCalendar(plan.calendar);
  if (outcome.kind !== 'calendar') throw new Error('fixture calendar is invalid');
  return outcome.calendar;
}
