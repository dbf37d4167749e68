// Hand-computed CPM cases. Calendar DECEMBER: Mon-Fri from Tue 2026-12-01, so index 0 = 12-01, 1 = 12-02,
// 2 = 12-03, 3 = Fri 12-04, 4 = Mon 12-07, 5 = 12-08, 6 = 12-09. Numbers are [es, ef, ls, lf, TF, FF, critical].

import { computeSchedule, type LinkType } from '../../../src/domain/schedule';
import { byId, link, numbers, plan, scheduled, task } from './helpers';

type Row = [number, number, number, number, number, number, boolean];

describe('each link type, A(3) -> B(2)', () => {
  const cases: [LinkType, number, Row, Row, number][] = [
    // type, lag, A, B, project finish
    ['FS', 0, [0, 3, 0, 3, 0, 0, true], [3, 5, 3, 5, 0, 0, true], 5],
    ['FS', 2, [0, 3, 0, 3, 0, 0, true], [5, 7, 5, 7, 0, 0, true], 7],
    ['FS', -1, [0, 3, 0, 3, 0, 0, true], [2, 4, 2, 4, 0, 0, true], 4],
    ['SS', 1, [0, 3, 0, 3, 0, 0, true], [1, 3, 1, 3, 0, 0, true], 3],
    ['SS', -2, [0, 3, 0, 3, 0, 0, true], [0, 2, 1, 3, 1, 1, false], 3],
    ['FF', 2, [0, 3, 0, 3, 0, 0, true], [3, 5, 3, 5, 0, 0, true], 5],
    ['FF', -1, [0, 3, 0, 3, 0, 0, true], [0, 2, 1, 3, 1, 1, false], 3],
    ['SF', 4, [0, 3, 0, 3, 0, 0, true], [2, 4, 2, 4, 0, 0, true], 4],
    ['SF', -1, [0, 3, 0, 3, 0, 0, true], [0, 2, 1, 3, 1, 1, false], 3],
  ];
  it.each(cases)('%s lag %d', (type, lag, a, b, finish) => {
    const result = scheduled(plan([task('A', 3), task('B', 2)], [link('A', 'B', type, lag)]));
    const tasks = byId(result);
    expect(numbers(tasks.A!)).toEqual(a);
    expect(numbers(tasks.B!)).toEqual(b);
    expect(result.finish.day).toBe(finish);
  });

  it('SF with lag 4: A has one day of float to the finish but none on its link', () => {
    const result = scheduled(plan([task('A', 3), task('B', 2)], [link('A', 'B', 'SF', 4)]));
    expect(result.criticalPath).toEqual(['A', 'B']);
  });
});

describe('dates, milestones, holidays, weekends', () => {
  it('gives start and finish dates; a task ends on the working day before ef', () => {
    const result = scheduled(plan([task('A', 3), task('B', 2)], [link('A', 'B')]));
    const { A, B } = byId(result);
    expect([A!.start, A!.finish, B!.start, B!.finish]).toEqual(['2026-12-01', '2026-12-03', '2026-12-04', '2026-12-07']);
    expect(result.finish).toEqual({ day: 5, date: '2026-12-07' });
  });

  it('puts a milestone on the day it is reached, start = finish', () => {
    const result = scheduled(plan([task('A', 3), task('M', 0), task('B', 2)], [link('A', 'M'), link('M', 'B')]));
    const { M, B } = byId(result);
    expect(numbers(M!)).toEqual([3, 3, 3, 3, 0, 0, true]);
    expect([M!.start, M!.finish]).toEqual(['2026-12-04', '2026-12-04']);
    expect(B!.es).toBe(3);
    expect(result.criticalPath).toEqual(['A', 'M', 'B']);
  });

  it('stretches a task over a holiday and a weekend', () => {
    // From Mon 12-21: 0 = 12-21, 1 = 12-22, 2 = 12-23, 3 = 12-24, (Fri 25 holiday, weekend), 4 = Mon 12-28.
    const result = scheduled({
      calendar: { start: '2026-12-21', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-12-25'] },
      tasks: [task('A', 5), task('B', 2)],
      links: [link('A', 'B')],
    });
    const { A, B } = byId(result);
    expect([A!.start, A!.finish]).toEqual(['2026-12-21', '2026-12-28']);
    expect([B!.start, B!.finish]).toEqual(['2026-12-29', '2026-12-30']);
    expect(result.finish).toEqual({ day: 7, date: '2026-12-30' });
  });

  it('starts on Monday when the calendar starts on a Saturday', () => {
    const result = scheduled({ calendar: { start: '2026-12-05', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] }, tasks: [task('A', 1)], links: [] });
    expect(byId(result).A!.start).toBe('2026-12-07');
  });

  it('uses other working weeks, e.g. Sunday to Thursday', () => {
    const result = scheduled({ calendar: { start: '2026-12-03', workdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu'] }, tasks: [task('A', 3)], links: [] });
    // Thu 12-03, (Fri, Sat off), Sun 12-06, Mon 12-07.
    expect(byId(result).A!.finish).toBe('2026-12-07');
  });
});

describe('free and total float', () => {
  it('separates them on a side branch', () => {
    // A(3) -> C(1); B(1) -> D(1) -> C.
    const result = scheduled(
      plan([task('A', 3), task('B', 1), task('C', 1), task('D', 1)], [link('A', 'C'), link('B', 'D'), link('D', 'C')]),
    );
    const tasks = byId(result);
    expect(numbers(tasks.B!)).toEqual([0, 1, 1, 2, 1, 0, false]);
    expect(numbers(tasks.D!)).toEqual([1, 2, 2, 3, 1, 1, false]);
    expect(numbers(tasks.C!)).toEqual([3, 4, 3, 4, 0, 0, true]);
    expect(result.criticalPath).toEqual(['A', 'C']);
  });

  it('caps free float at the project finish for a task without successors', () => {
    const result = scheduled(plan([task('A', 5), task('B', 2)], []));
    expect(numbers(byId(result).B!)).toEqual([0, 2, 3, 5, 3, 3, false]);
  });
});

describe('deadlines', () => {
  const chain = [task('A', 3), task('B', 2)];
  const links = [link('A', 'B')];

  it('holds with float when the deadline is after the finish', () => {
    const result = scheduled(plan(chain, links, { deadline: '2026-12-09' }));
    expect(numbers(byId(result).A!)).toEqual([0, 3, 2, 5, 2, 0, true]);
    expect(numbers(byId(result).B!)).toEqual([3, 5, 5, 7, 2, 0, true]);
    expect(result.forecast).toEqual({
      kind: 'holds',
      finish: { day: 5, date: '2026-12-07' },
      deadline: { day: 7, date: '2026-12-09' },
      slip: -2,
      float: 2,
      criticalPath: ['A', 'B'],
    });
  });

  it('slips with negative float when the deadline is before the finish', () => {
    const result = scheduled(plan(chain, links, { deadline: '2026-12-03' }));
    expect(numbers(byId(result).A!)).toEqual([0, 3, -2, 1, -2, 0, true]);
    expect(numbers(byId(result).B!)).toEqual([3, 5, 1, 3, -2, 0, true]);
    expect(result.forecast).toMatchObject({ kind: 'slips', slip: 2, float: -2, deadline: { day: 3, date: '2026-12-03' } });
  });

  it('reads a deadline on a weekend as the Friday before', () => {
    const result = scheduled(plan(chain, links, { deadline: '2026-12-06' }));
    expect(result.forecast).toMatchObject({ kind: 'slips', slip: 1, float: -1, deadline: { day: 4, date: '2026-12-04' } });
  });

  it('holds with no float on the day itself', () => {
    const result = scheduled(plan(chain, links, { deadline: '2026-12-07' }));
    expect(result.forecast).toMatchObject({ kind: 'holds', slip: 0, float: 0 });
  });

  it('reports no deadline otherwise', () => {
    const result = scheduled(plan(chain, links));
    expect(result.forecast).toEqual({ kind: 'no-deadline', finish: { day: 5, date: '2026-12-07' }, float: 0, criticalPath: ['A', 'B'] });
  });
});

describe('actual dates', () => {
  it('fixes a done task at its actual dates and lets its actual finish drive successors', () => {
    // Planned 3 days, actually 12-01 .. Mon 12-07 = 5 working days.
    const result = scheduled(
      plan([task('A', 3, { actualStart: '2026-12-01', actualFinish: '2026-12-07' }), task('B', 2)], [link('A', 'B')]),
    );
    const { A, B } = byId(result);
    expect(numbers(A!)).toEqual([0, 5, 0, 5, 0, 0, false]);
    expect(numbers(B!)).toEqual([5, 7, 5, 7, 0, 0, true]);
    expect(result.criticalPath).toEqual(['B']);
  });

  it('reads an actual finish on a weekend as the working day before', () => {
    const result = scheduled(
      plan([task('A', 1, { actualStart: '2026-12-02', actualFinish: '2026-12-05' }), task('B', 1)], [link('A', 'B')]),
    );
    expect(numbers(byId(result).A!).slice(0, 2)).toEqual([1, 4]);
    expect(byId(result).B!.es).toBe(4);
  });

  it('keeps the actual start of an in-progress task, even against its predecessors', () => {
    const result = scheduled(
      plan(
        [task('Z', 5), task('A', 4, { actualStart: '2026-12-03' }), task('B', 1)],
        [link('Z', 'A'), link('A', 'B')],
      ),
    );
    const { A, B, Z } = byId(result);
    expect([A!.es, A!.ef, A!.start]).toEqual([2, 6, '2026-12-03']);
    expect(numbers(B!)).toEqual([6, 7, 6, 7, 0, 0, true]);
    expect(A!.critical).toBe(true);
    expect(Z!.totalFloat).toBe(2);
    expect(result.criticalPath).toEqual(['A', 'B']);
  });

  it('runs unfinished work started long ago at least to the end of the first plan day', () => {
    const result = scheduled(plan([task('A', 2, { actualStart: '2026-11-23' }), task('B', 1)], [link('A', 'B')]));
    const { A, B } = byId(result);
    expect(numbers(A!).slice(0, 2)).toEqual([-6, 1]);
    expect([B!.es, B!.ef]).toEqual([1, 2]);
    expect(A!.totalFloat).toBe(0);
  });

  it('places a task started before the calendar start at a negative index', () => {
    const result = scheduled(plan([task('A', 3, { actualStart: '2026-11-30' })], []));
    expect(numbers(byId(result).A!).slice(0, 2)).toEqual([-1, 2]);
    expect(byId(result).A!.start).toBe('2026-11-30');
  });
});

describe('invalid plans', () => {
  it.each([
    ['duplicate ids', plan([task('A', 1), task('A', 2)], []), 'tasks[1].id', 'duplicate-id'],
    ['an unknown link end', plan([task('A', 1)], [link('A', 'NOPE')]), 'links[0].to', 'unknown-task'],
    ['a negative duration', plan([task('A', -1)], []), 'tasks[0].duration', 'bad-duration'],
    ['a fractional duration', plan([task('A', 1.5)], []), 'tasks[0].duration', 'bad-duration'],
    ['a finish without a start', plan([task('A', 1, { actualFinish: '2026-12-02' })], []), 'tasks[0].actualStart', 'actual-finish-without-start'],
    ['a finish before the start', plan([task('A', 1, { actualStart: '2026-12-03', actualFinish: '2026-12-02' })], []), 'tasks[0].actualFinish', 'actual-finish-before-start'],
    ['a fractional lag', plan([task('A', 1), task('B', 1)], [link('A', 'B', 'FS', 0.5)]), 'links[0].lag', 'bad-lag'],
    ['a bad link type', plan([task('A', 1), task('B', 1)], [{ from: 'A', to: 'B', type: 'XX' as LinkType, lag: 0 }]), 'links[0].type', 'bad-link-type'],
    ['a bad deadline', plan([task('A', 1)], [], { deadline: '2027-02-30' }), 'deadline', 'bad-date'],
    ['no working days', { ...plan([task('A', 1)], []), calendar: { start: '2026-12-01', workdays: [] } }, 'calendar.workdays', 'no-workdays'],
  ])('rejects %s', (_name, input, path, code) => {
    const result = computeSchedule(input);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports every problem at once', () => {
    const result = computeSchedule({
      calendar: { start: 'soon', workdays: ['Mon'] },
      tasks: [task('A', -1), task('A', 1)],
      links: [link('A', 'B'), link('C', 'A')],
    });
    expect(result.kind === 'invalid' ? result.problems.map((p) => p.path) : []).toEqual([
      'calendar.start',
      'tasks[0].duration',
      'tasks[1].id',
      'links[0].to',
      'links[1].from',
    ]);
  });
});

describe('edge cases', () => {
  it('schedules an empty plan', () => {
    const result = scheduled(plan([], []));
    expect(result.tasks).toEqual([]);
    expect(result.finish).toEqual({ day: 0, date: '2026-11-30' });
    expect(result.criticalPath).toEqual([]);
  });

  it('keeps the input order of tasks', () => {
    const result = scheduled(plan([task('C', 1), task('A', 1), task('B', 1)], [link('A', 'B'), link('B', 'C')]));
    expect(result.tasks.map((t) => t.id)).toEqual(['C', 'A', 'B']);
    expect(result.criticalPath).toEqual(['A', 'B', 'C']);
  });

  it('schedules a 100,000-task chain without overflowing the stack', () => {
    const n = 100_000;
    const tasks = Array.from({ length: n }, (_, i) => task(`T${i}`, 1));
    const links = Array.from({ length: n - 1 }, (_, i) => link(`T${i}`, `T${i + 1}`));
    const result = scheduled(plan(tasks, links));
    expect(result.finish.day).toBe(n);
    expect(result.criticalPath).toHaveLength(n);
    expect(result.tasks[n - 1]!.es).toBe(n - 1);
  });
});
