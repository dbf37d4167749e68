// Property tests on random acyclic plans: links only go forward in a random permutation of the tasks, with
// random types, lags in [-3, 5], durations 0..10, random working weeks and holidays.

import fc from 'fast-check';
import { computeSchedule, formatIsoDate } from '../../../src/domain/schedule';
import type { LinkType, Plan, PlanLink, ScheduledPlan, ScheduledTask, Weekday } from '../../../src/domain/schedule';

const TYPES: readonly LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const DAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const planArbitrary = (withDeadline: boolean): fc.Arbitrary<Plan> =>
  fc.integer({ min: 1, max: 25 }).chain((n) =>
    fc
      .record({
        durations: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
        permutation: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
        links: fc.array(
          fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 5 }) }),
          { maxLength: 3 * n },
        ),
        startDay: fc.integer({ min: 20000, max: 21000 }),
        workdays: fc.subarray([...DAYS], { minLength: 1 }),
        holidays: fc.array(fc.integer({ min: -10, max: 200 }), { maxLength: 15 }),
        deadlineOffset: withDeadline ? fc.integer({ min: -20, max: 150 }) : fc.constant(undefined),
      })
      .map(({ durations, permutation, links, startDay, workdays, holidays, deadlineOffset }) => {
        const id = (i: number): string => `T${i}`;
        const planLinks: PlanLink[] = links
          .filter(({ a, b }) => a !== b)
          .map(({ a, b, type, lag }) => {
            const [from, to] = (permutation[a] ?? 0) < (permutation[b] ?? 0) ? [a, b] : [b, a];
            return { from: id(from), to: id(to), type, lag };
          });
        const plan: Plan = {
          calendar: { start: formatIsoDate(startDay), workdays, holidays: holidays.map((o) => formatIsoDate(startDay + o)) },
          tasks: durations.map((duration, i) => ({ id: id(i), duration })),
          links: planLinks,
        };
        return deadlineOffset === undefined ? plan : { ...plan, deadline: formatIsoDate(startDay + deadlineOffset) };
      }),
  );

function schedule(plan: Plan): ScheduledPlan {
  const result = computeSchedule(plan);
  if (result.kind !== 'scheduled') throw new Error(JSON.stringify(result));
  return result;
}

function indexById(result: ScheduledPlan): Map<string, ScheduledTask> {
  return new Map(result.tasks.map((t) => [t.id, t]));
}

/** How far a link's constraint is from being violated (>= 0 = holds), at early or late dates. */
function linkSlack(link: PlanLink, p: ScheduledTask, s: ScheduledTask, late: boolean): number {
  const [ps, pf, ss, sf] = late ? [p.ls, p.lf, s.ls, s.lf] : [p.es, p.ef, s.es, s.ef];
  switch (link.type) {
    case 'FS':
      return ss - pf - link.lag;
    case 'SS':
      return ss - ps - link.lag;
    case 'FF':
      return sf - pf - link.lag;
    case 'SF':
      return sf - ps - link.lag;
  }
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('CPM on random acyclic plans', () => {
  it('meets every link at early and late dates, with non-negative floats and a consistent critical path', () => {
    fc.assert(
      fc.property(planArbitrary(false), (plan) => {
        const result = schedule(plan);
        const tasks = indexById(result);
        const finish = result.finish.day;
        expect(finish).toBe(Math.max(0, ...result.tasks.map((t) => t.ef)));
        for (const l of plan.links) {
          const p = tasks.get(l.from)!;
          const s = tasks.get(l.to)!;
          expect(linkSlack(l, p, s, false)).toBeGreaterThanOrEqual(0);
          expect(linkSlack(l, p, s, true)).toBeGreaterThanOrEqual(0);
          // Free float is the least slack of the outgoing links.
          expect(p.freeFloat).toBeLessThanOrEqual(linkSlack(l, p, s, false));
        }
        for (const t of result.tasks) {
          expect(t.es).toBeGreaterThanOrEqual(0);
          expect(t.ef - t.es).toBe(plan.tasks.find((x) => x.id === t.id)!.duration);
          expect(t.lf).toBeLessThanOrEqual(finish);
          expect(t.ls).toBe(t.lf - (t.ef - t.es));
          expect(t.totalFloat).toBe(t.ls - t.es);
          expect(t.totalFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat);
          expect(t.freeFloat).toBeLessThanOrEqual(finish - t.ef);
          expect(t.critical).toBe(t.totalFloat === 0);
        }
        expect(result.tasks.some((t) => t.critical)).toBe(true);
        const path = result.criticalPath.map((id) => tasks.get(id)!);
        expect(path.length).toBeGreaterThan(0);
        expect(path.every((t) => t.critical)).toBe(true);
        expect(path[0]!.es).toBe(0);
        expect(path[path.length - 1]!.ef).toBe(finish);
        for (let i = 1; i < path.length; i++) {
          const [p, s] = [path[i - 1]!, path[i]!];
          const driving = plan.links.some((l) => l.from === p.id && l.to === s.id && linkSlack(l, p, s, false) === 0);
          expect(driving).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('meets every link and the deadline at late dates, and reports the slip', () => {
    fc.assert(
      fc.property(planArbitrary(true), (plan) => {
        const result = schedule(plan);
        const tasks = indexById(result);
        const forecast = result.forecast;
        if (forecast.kind === 'no-deadline') throw new Error('expected a deadline');
        const reference = forecast.deadline.day;
        for (const l of plan.links) expect(linkSlack(l, tasks.get(l.from)!, tasks.get(l.to)!, true)).toBeGreaterThanOrEqual(0);
        const least = Math.min(...result.tasks.map((t) => t.totalFloat));
        for (const t of result.tasks) {
          expect(t.lf).toBeLessThanOrEqual(reference);
          expect(t.critical).toBe(t.totalFloat === least);
        }
        expect(forecast.slip).toBe(result.finish.day - reference);
        expect(forecast.float).toBe(least);
        expect(forecast.kind).toBe(forecast.slip > 0 ? 'slips' : 'holds');
        expect(least + forecast.slip).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of tasks or links', () => {
    fc.assert(
      fc.property(planArbitrary(true), fc.integer(), (plan, seed) => {
        const shuffled = { ...plan, tasks: shuffle(plan.tasks, seed), links: shuffle(plan.links, seed + 1) };
        const a = indexById(schedule(plan));
        const b = indexById(schedule(shuffled));
        for (const [id, t] of a) expect(b.get(id)).toEqual(t);
      }),
      { numRuns: 200 },
    );
  });
});

describe('loops', () => {
  it('finds a loop whenever a back link closes one, and every reported loop is real', () => {
    fc.assert(
      fc.property(planArbitrary(false), fc.nat(), fc.nat(), (plan, pick, walkSeed) => {
        if (plan.links.length === 0) return;
        // Walk forward from a link's source along random links, then link back to where the walk began.
        const first = plan.links[pick % plan.links.length]!;
        let end = first.to;
        let seed = walkSeed;
        for (;;) {
          const next = plan.links.filter((l) => l.from === end);
          if (next.length === 0 || seed % 3 === 0) break;
          end = next[seed % next.length]!.to;
          seed = Math.floor(seed / 3);
        }
        const links = [...plan.links, { from: end, to: first.from, type: 'FS' as const, lag: 0 }];
        const result = computeSchedule({ ...plan, links });
        expect(result.kind).toBe('cycles');
        if (result.kind !== 'cycles') return;
        expect(result.cycles.length).toBeGreaterThan(0);
        const linked = new Set(links.map((l) => `${l.from}>${l.to}`));
        for (const loop of result.cycles) {
          expect(new Set(loop).size).toBe(loop.length);
          loop.forEach((id, i) => { expect(linked.has(`${id}>${loop[(i + 1) % loop.length]!}`)).toBe(true); });
        }
      }),
      { numRuns: 300 },
    );
  });
});
