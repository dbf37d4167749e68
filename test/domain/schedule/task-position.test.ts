import fc from 'fast-check';
import {
  computeSchedule, dateOfIndex, buildCalendar, measureFinishSlips, positionOfTask, traceLinkedTasks,
  type LinkType, type Plan, type PlanLink, type PlanTask,
} from '../../../src/domain/schedule';
import { DECEMBER, link, plan, scheduled, task } from './helpers';

const done = { actualStart: '2026-11-23', actualFinish: '2026-11-27' };

describe('traceLinkedTasks', () => {
  // A -> B -> D, C -> D, D -> E, D -> F; X done -> B.
  const input = plan(
    [task('A', 2), task('B', 2), task('C', 1), task('D', 1), task('E', 1), task('F', 1), task('X', 1, done)],
    [link('A', 'B'), link('B', 'D'), link('C', 'D'), link('D', 'E'), link('D', 'F'), link('X', 'B')],
  );

  it.each([
    ['D', 'predecessors', [{ id: 'B', depth: 1 }, { id: 'C', depth: 1 }, { id: 'A', depth: 2 }]],
    ['A', 'successors', [{ id: 'B', depth: 1 }, { id: 'D', depth: 2 }, { id: 'E', depth: 3 }, { id: 'F', depth: 3 }]],
    ['E', 'successors', []],
    ['nope', 'predecessors', []],
  ] as const)('%s: its %s, nearest first, done work left out', (id, direction, expected) => {
    expect(traceLinkedTasks(input, id, direction)).toEqual(expected);
  });

  it('does not look through done work', () => {
    const chain = plan([task('A', 1), task('B', 1, done), task('C', 1)], [link('A', 'B'), link('B', 'C')]);
    expect(traceLinkedTasks(chain, 'C', 'predecessors')).toEqual([]);
    expect(traceLinkedTasks(chain, 'A', 'successors')).toEqual([]);
  });
});

describe('measureFinishSlips', () => {
  const slips = (input: Plan): Record<string, number> => Object.fromEntries(measureFinishSlips(input, scheduled(input)).map((s, v) => [input.tasks[v]?.id ?? '', s]));

  it.each<[string, readonly PlanTask[], readonly PlanLink[], Record<string, number>]>([
    ['a chain: every task drives the finish', [task('A', 2), task('B', 3)], [link('A', 'B')], { A: 1, B: 1 }],
    ['a parallel task with float does not', [task('A', 2), task('B', 3), task('C', 1)], [link('A', 'B')], { A: 1, B: 1, C: 0 }],
    ['a lag that leaves slack absorbs the slip', [task('A', 2), task('B', 3), task('C', 6)], [link('A', 'B', 'FS', 0)], { A: 0, B: 0, C: 1 }],
    // A -SS-> B: B follows A's start, so A finishing late moves nothing, though its total float is 0 against F.
    ['a start-to-start successor is not moved by a late finish', [task('A', 2), task('B', 5)], [link('A', 'B', 'SS')], { A: 0, B: 1 }],
    ['a finish-to-finish successor is', [task('A', 4), task('B', 2)], [link('A', 'B', 'FF')], { A: 1, B: 1 }],
    ['start-to-finish is driven by the start', [task('A', 4), task('B', 2)], [link('A', 'B', 'SF', 2)], { A: 1, B: 0 }],
    ['once moved, a successor passes the slip on through start-to-start', [task('A', 2), task('B', 1), task('C', 4)], [link('A', 'B'), link('B', 'C', 'SS')], { A: 1, B: 0, C: 1 }],
    ['done work cannot slip', [task('A', 1, done), task('B', 2)], [link('A', 'B')], { A: 0, B: 1 }],
    ['work in progress is held at its start, so nothing moves it', [task('A', 4), task('B', 2, { actualStart: '2026-12-01' })], [link('A', 'B')], { A: 1, B: 0 }],
  ])('%s', (_name, tasks, links, expected) => {
    expect(slips(plan(tasks, links))).toEqual(expected);
  });
});

describe('positionOfTask', () => {
  it('gives dates, floats, the slip and the waits of one task', () => {
    // A(2) -> C(1), B(1) -> C; the deadline (Mon 12-07, day 4) leaves A two days of float and B three.
    const input = plan([task('A', 2), task('B', 1), task('C', 1)], [link('A', 'C'), link('B', 'C')], { deadline: '2026-12-07' });
    expect(positionOfTask(input, scheduled(input), 'B')).toEqual({
      start: '2026-12-01', finish: '2026-12-01', lateStart: '2026-12-04', lateFinish: '2026-12-04',
      totalFloat: 3, freeFloat: 1, critical: false, finishSlipPerDay: 0,
      waitsOn: [], waitedOnBy: [{ id: 'C', depth: 1 }],
    });
    expect(positionOfTask(input, scheduled(input), 'A')).toMatchObject({ critical: true, finishSlipPerDay: 1, lateFinish: '2026-12-04' });
    expect(positionOfTask(input, scheduled(input), 'missing')).toBeUndefined();
  });
});

/** The oracle: the task really finishes one day late (start kept, one day longer) and the plan is scheduled again. */
function slipByRescheduling(input: Plan, v: number): number {
  const before = scheduled(input);
  const target = input.tasks[v] as PlanTask;
  if (target.actualStart !== undefined && target.actualFinish !== undefined) return 0;
  const built = buildCalendar(input.calendar);
  if (built.kind !== 'calendar') throw new Error('bad calendar');
  const at = before.tasks[v]!;
  const slipped = { ...target, duration: at.ef - at.es + 1, actualStart: dateOfIndex(built.calendar, at.es) };
  const after = computeSchedule({ ...input, tasks: input.tasks.map((t, i) => (i === v ? slipped : t)) });
  if (after.kind !== 'scheduled') throw new Error('the slipped plan is not scheduled');
  return after.finish.day - before.finish.day;
}

describe('measureFinishSlips against rescheduling', () => {
  it('matches the finish of the plan scheduled again with the task one day late, on random plans', () => {
    const types: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }).chain((n) => fc.record({
          durations: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
          states: fc.array(fc.constantFrom('planned', 'planned', 'planned', 'started', 'done'), { minLength: n, maxLength: n }),
          links: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), lag: fc.integer({ min: -1, max: 2 }), type: fc.constantFrom(...types) }), { maxLength: 3 * n }),
          deadline: fc.option(fc.integer({ min: 0, max: 20 })),
        })),
        ({ durations, states, links, deadline }) => {
          const tasks = durations.map((d, i): PlanTask => {
            const state = states[i];
            if (state === 'done') return task(`T${i}`, d, done);
            if (state === 'started') return task(`T${i}`, Math.max(1, d), { actualStart: '2026-12-01' });
            return task(`T${i}`, d);
          });
          const planLinks = links.filter(({ a, b }) => a !== b).map(({ a, b, lag, type }) => link(`T${Math.min(a, b)}`, `T${Math.max(a, b)}`, type, lag));
          const built = buildCalendar(DECEMBER);
          if (built.kind !== 'calendar') throw new Error('bad calendar');
          const input = plan(tasks, planLinks, deadline === null ? {} : { deadline: dateOfIndex(built.calendar, deadline) });
          const slips = measureFinishSlips(input, scheduled(input));
          tasks.forEach((_t, v) => { expect({ v, slip: slips[v] }).toEqual({ v, slip: slipByRescheduling(input, v) }); });
        },
      ),
      { numRuns: 300 },
    );
  });
});
