// The robust window against a naive median/MAD (property), the seasonal scores on small tables: a gap is no
// score, a steady trend is expected, a weekday pattern is expected, a 5% drop of a flat series is found, too
// little history is not judged; and the contribution shares.
import fc from 'fast-check';
import { contributions } from '../../../src/domain/diagnosis/detect';
import { createRobustWindow, medianOf } from '../../../src/domain/diagnosis/robust-window';
import { scoreSeries, seasonalBaseline } from '../../../src/domain/diagnosis/score-series';

const naiveMad = (values: readonly number[]) => {
  const m = medianOf(values);
  return medianOf(values.map((v) => Math.abs(v - m)));
};

describe('robust window', () => {
  it('keeps the median and MAD of its values as values come and go (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (values, width) => {
      const window = createRobustWindow(width);
      for (let i = 0; i < values.length; i++) {
        if (i >= width) window.remove(values[i - width] ?? 0);
        window.add(values[i] ?? 0);
        const inWindow = values.slice(Math.max(0, i - width + 1), i + 1);
        expect(window.size()).toBe(inWindow.length);
        expect(window.median()).toBeCloseTo(medianOf(inWindow), 9);
        expect(window.mad(window.median())).toBeCloseTo(naiveMad(inWindow), 9);
      }
    }));
  });

  it('is empty as NaN', () => {
    expect(createRobustWindow(3).median()).toBeNaN();
  });
});

const series = (n: number, f: (t: number) => number) => Float64Array.from({ length: n }, (_, t) => f(t));
/** A small bounded wobble (deterministic) so the spread is not zero. */
const wobble = (t: number) => 1 + 0.01 * Math.sin(t * 1.7) + 0.006 * Math.cos(t * 3.1);

describe('seasonal scores', () => {
  it('takes the median of the same weekday 1..4 weeks before, and needs two of them', () => {
    const x = series(30, (t) => t);
    expect(seasonalBaseline(x, 29)).toBe((8 + 15) / 2);
    expect(seasonalBaseline(x, 13)).toBeNaN();
    expect(seasonalBaseline(x, 14)).toBe(3.5);
  });

  it.each([
    ['flat', (t: number) => 100 * wobble(t)],
    ['a steady trend of 1% a day', (t: number) => 100 * (1.01 ** t) * wobble(t)],
    ['quiet weekends', (t: number) => 100 * (t % 7 >= 5 ? 0.6 : 1) * wobble(t)],
  ])('leaves %s quiet', (_name, f) => {
    const { score } = scoreSeries(series(120, f));
    const judged = [...score].filter((s) => !Number.isNaN(s));
    expect(judged.length).toBeGreaterThan(80);
    expect(Math.max(...judged.map(Math.abs))).toBeLessThan(3.5);
  });

  it('finds a 5% drop of a flat series, and expects the level before it', () => {
    const x = series(90, (t) => 100 * wobble(t) * (t === 80 ? 0.95 : 1));
    const { score, expected } = scoreSeries(x);
    expect(score[80]).toBeLessThan(-3.5);
    expect(expected[80]).toBeCloseTo(100, -1);
  });

  it('gives a missing day no score (a gap, never a drop), and judges the days after it', () => {
    const x = series(90, (t) => (t === 60 ? NaN : 100 * wobble(t)));
    const { score } = scoreSeries(x);
    expect(score[60]).toBeNaN();
    expect(Math.abs(score[61] ?? NaN)).toBeLessThan(3.5);
  });

  it('does not judge before the minimum history', () => {
    const x = series(60, (t) => 100 * wobble(t));
    const { score } = scoreSeries(x, { window: 56, minHistory: 40, mode: 'relative', floor: 0.01 });
    expect([...score.slice(0, 40)].every(Number.isNaN)).toBe(true);
    expect(Number.isNaN(score[40] ?? NaN)).toBe(false);
  });
});

describe('contributions', () => {
  it.each([
    ['one key explains a drop', [{ key: 'BTC', change: -90 }, { key: 'ETH', change: -10 }, { key: 'SOL', change: 5 }], -95, [['BTC', 0.9], ['ETH', 0.1]]],
    ['a rise shared by two', [{ key: 'A', change: 30 }, { key: 'B', change: 10 }], 40, [['A', 0.75], ['B', 0.25]]],
    ['no change, no drivers', [{ key: 'A', change: 1 }], 0, []],
  ] as const)('%s', (_name, deltas, total, expected) => {
    expect(contributions(deltas, total).map((d) => [d.key, d.share])).toEqual(expected);
  });

  it('has shares summing to 1, largest first (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), change: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }), { maxLength: 8 }), (deltas) => {
      const negative = deltas.filter((d) => d.change < 0);
      const drivers = contributions(deltas, -1);
      if (negative.length === 0 || negative.length > 10) return;
      expect(drivers.reduce((a, d) => a + d.share, 0)).toBeCloseTo(1, 6);
      for (let i = 1; i < drivers.length; i++) expect((drivers[i - 1]?.share ?? 0) >= (drivers[i]?.share ?? 0)).toBe(true);
    }));
  });
});
