// From tracked work to a plan: where each duration comes from, actual dates, link mapping and overrides.
import { buildIssuePlan, DEFAULT_SCHEDULE_SETTINGS, type WorkItem, type WorkLink } from '../../../src/domain/schedule';

const item = (key: string, over: Partial<WorkItem> = {}): WorkItem => ({
  key, summary: `${key} summary`, status: 'To Do', statusCategory: 'new', estimateSeconds: null, storyPoints: null,
  startDate: null, dueDate: null, categoryChangedOn: null, resolvedOn: null, assignee: null, assigneeName: null, external: false, ...over,
});

const plan = (items: WorkItem[], settings = DEFAULT_SCHEDULE_SETTINGS, links: WorkLink[] = [], overrides = new Map()) =>
  buildIssuePlan({ items, links, settings, overrides, today: '2026-11-25', deadline: undefined });

describe('buildIssuePlan durations', () => {
  it.each([
    ['estimate in hours, rounded up to whole days', item('A', { estimateSeconds: 20 * 3600 }), 3, 'estimate'],
    ['story points when there is no estimate', item('A', { storyPoints: 5 }), 5, 'points'],
    ['working days between start and due dates (inclusive, weekend skipped)', item('A', { startDate: '2026-11-27', dueDate: '2026-12-01' }), 3, 'dates'],
    ['the assumed duration, said so, when Jira has nothing', item('A'), 1, 'assumed'],
  ])('%s', (_name, work, days, source) => {
    const built = plan([work]);
    expect(built.tasks[0]).toMatchObject({ duration: days, durationBasis: source });
  });

  it('follows the project duration source first', () => {
    const built = plan([item('A', { estimateSeconds: 8 * 3600, storyPoints: 4 })], { ...DEFAULT_SCHEDULE_SETTINGS, durationSource: 'points', daysPerPoint: 0.5 });
    expect(built.tasks[0]).toMatchObject({ duration: 2, durationBasis: 'points' });
  });
});

describe('buildIssuePlan actual dates', () => {
  it('fixes done work at its actual dates', () => {
    const built = plan([item('A', { statusCategory: 'done', startDate: '2026-11-02', resolvedOn: '2026-11-06', estimateSeconds: 8 * 3600 })]);
    expect(built.tasks[0]).toMatchObject({ actualStart: '2026-11-02', actualFinish: '2026-11-06' });
    expect(built.tasks[0]).toMatchObject({ duration: 5, durationBasis: 'actual' });
  });

  it('takes the move to Done as the finish when Jira has no resolution date', () => {
    const built = plan([item('A', { statusCategory: 'done', categoryChangedOn: '2026-11-06', estimateSeconds: 2 * 8 * 3600 })]);
    expect(built.tasks[0]).toMatchObject({ actualStart: '2026-11-05', actualFinish: '2026-11-06' });
  });

  it('counts back from the resolution when done work has no start date', () => {
    const built = plan([item('A', { statusCategory: 'done', resolvedOn: '2026-11-06', estimateSeconds: 3 * 8 * 3600 })]);
    expect(built.tasks[0]).toMatchObject({ actualStart: '2026-11-04', actualFinish: '2026-11-06' });
  });

  it('keeps the actual start of work in progress: when it entered In Progress, not its planned start', () => {
    const built = plan([item('A', { statusCategory: 'indeterminate', categoryChangedOn: '2026-11-20', startDate: '2026-11-30' })]);
    expect(built.tasks[0]).toMatchObject({ actualStart: '2026-11-20' });
    expect(built.tasks[0]?.actualFinish).toBeUndefined();
  });
});

describe('buildIssuePlan links', () => {
  const links = [
    { id: '1', from: 'A', to: 'B', issueLinkType: 'Blocks' },
    { id: '1', from: 'A', to: 'B', issueLinkType: 'Blocks' },
    { id: '2', from: 'A', to: 'B', issueLinkType: 'Relates' },
    { id: '3', from: 'A', to: 'Z', issueLinkType: 'Blocks' },
  ];

  it('maps Blocks to FS, drops duplicates, ignored types and issues outside the plan', () => {
    const built = plan([item('A'), item('B')], DEFAULT_SCHEDULE_SETTINGS, links);
    expect(built.links).toEqual([{ id: '1', from: 'A', to: 'B', issueLinkType: 'Blocks', type: 'FS', lag: 0, overridden: false }]);
  });

  it('ignores link type names that are object properties, not mappings', () => {
    const built = plan([item('A'), item('B')], DEFAULT_SCHEDULE_SETTINGS, [{ id: '9', from: 'A', to: 'B', issueLinkType: 'constructor' }]);
    expect(built.links).toEqual([]);
  });

  it('applies the app override of type and lag', () => {
    const built = plan([item('A'), item('B')], DEFAULT_SCHEDULE_SETTINGS, links, new Map([['1', { linkId: '1', type: 'SS' as const, lag: -2 }]]));
    expect(built.links[0]).toMatchObject({ type: 'SS', lag: -2, overridden: true });
  });
});
