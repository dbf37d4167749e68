import { computeSchedule } from '../../../src/domain/schedule';
import { link, plan, task } from './helpers';

describe('cycles', () => {
  it('names a three-task loop in loop order, from its first task', () => {
    const result = computeSchedule(
      plan([task('X', 1), task('B', 1), task('C', 1), task('A', 1)], [link('X', 'B'), link('B', 'C'), link('C', 'A'), link('A', 'B', 'SS', 2)]),
    );
    expect(result).toEqual({ kind: 'cycles', cycles: [['B', 'C', 'A']] });
  });

  it('reports a task linked to itself', () => {
    expect(computeSchedule(plan([task('A', 1)], [link('A', 'A', 'SS')]))).toEqual({ kind: 'cycles', cycles: [['A']] });
  });

  it('reports one loop per tangle, and not the tasks merely downstream of a loop', () => {
    const result = computeSchedule(
      plan(
        [task('A', 1), task('B', 1), task('C', 1), task('D', 1), task('E', 1)],
        [link('A', 'B'), link('B', 'A'), link('B', 'C'), link('D', 'E'), link('E', 'D')],
      ),
    );
    expect(result).toEqual({ kind: 'cycles', cycles: [['A', 'B'], ['D', 'E']] });
  });

  it('finds a 100,000-task loop without overflowing the stack', () => {
    const n = 100_000;
    const tasks = Array.from({ length: n }, (_, i) => task(`T${i}`, 1));
    const links = Array.from({ length: n }, (_, i) => link(`T${i}`, `T${(i + 1) % n}`));
    const result = computeSchedule(plan(tasks, links));
    expect(result.kind).toBe('cycles');
    if (result.kind !== 'cycles') return;
    expect(result.cycles).toHaveLength(1);
    expect(result.cycles[0]).toHaveLength(n);
    expect(result.cycles[0]!.slice(0, 3)).toEqual(['T0', 'T1', 'T2']);
  });
});
