import fc from 'fast-check';
import { findBottlenecks, type PlanLink } from '../../../src/domain/schedule';
import { link, plan, scheduled, task } from './helpers';

describe('bottlenecks', () => {
  it('ranks people by parallel critical work, then by critical days', () => {
    // A(3), B(3) (ann) -> E(3) (bob); C(6) (bob) runs beside them; D(1) (cy) has float.
    // Critical: A, B 0-3; C 0-6; E 3-6. ann: 2 in parallel on day 0; bob: C and E overlap from day 3.
    const input = plan(
      [task('A', 3, { assignee: 'ann' }), task('B', 3, { assignee: 'ann' }), task('C', 6, { assignee: 'bob' }), task('D', 1, { assignee: 'cy' }), task('E', 3, { assignee: 'bob' })],
      [link('A', 'E'), link('B', 'E')],
    );
    const result = findBottlenecks(input, scheduled(input));
    expect(result.assignees).toEqual([
      { assignee: 'bob', criticalTasks: 2, criticalDays: 9, peakParallel: 2, peakDay: 3 },
      { assignee: 'ann', criticalTasks: 2, criticalDays: 6, peakParallel: 2, peakDay: 0 },
    ]);
  });

  it('counts the tasks a one-day slip delays, through zero-slack links only', () => {
    // A -> B -> D, A -> C -> D (both tight), E -> D with slack, D -> F tight.
    const input = plan(
      [task('A', 2), task('B', 2), task('C', 2), task('D', 1), task('E', 1), task('F', 1)],
      [link('A', 'B'), link('A', 'C'), link('B', 'D'), link('C', 'D'), link('E', 'D'), link('D', 'F')],
    );
    const impact = Object.fromEntries(findBottlenecks(input, scheduled(input)).slipImpact.map((s) => [s.id, s.delayedTasks]));
    expect(impact).toEqual({ A: 4, B: 2, C: 2, D: 1, E: 0, F: 0 });
  });

  it('matches a brute-force search on random plans', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            durations: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
            links: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), lag: fc.integer({ min: -1, max: 2 }), type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const) }), { maxLength: 3 * n }),
          }),
        ),
        ({ durations, links }) => {
          const planLinks: PlanLink[] = links.filter(({ a, b }) => a !== b).map(({ a, b, lag, type }) => link(`T${Math.min(a, b)}`, `T${Math.max(a, b)}`, type, lag));
          const input = plan(durations.map((d, i) => task(`T${i}`, d)), planLinks);
          const schedule = scheduled(input);
          const times = new Map(schedule.tasks.map((t) => [t.id, t]));
          const tight = planLinks.filter((l) => {
            const p = times.get(l.from)!;
            const s = times.get(l.to)!;
            const slack = { FS: s.es - p.ef, SS: s.es - p.es, FF: s.ef - p.ef, SF: s.ef - p.es }[l.type] - l.lag;
            return slack === 0;
          });
          for (const { id, delayedTasks } of findBottlenecks(input, schedule).slipImpact) {
            const seen = new Set<string>();
            const queue = [id];
            while (queue.length > 0) {
              const at = queue.pop()!;
              for (const l of tight) if (l.from === at && !seen.has(l.to)) { seen.add(l.to); queue.push(l.to); }
            }
            expect(delayedTasks).toBe(seen.size);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
