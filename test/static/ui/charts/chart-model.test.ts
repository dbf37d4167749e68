// The charts' model: a waterfall's bars float from the running total and totals stand on zero; a series keeps a
// missing day as a break (null), never as zero, and incomplete days are marked; day arithmetic crosses months.
import fc from 'fast-check';
import { chartRows, dayRows, excludesZero, intervalDomain, nextDay, shareOfSpan, shareWidth, tornadoBars, waterfallBars, type WaterfallStep } from '../../../../static/ui/charts/chart-model';

describe('waterfallBars', () => {
  const steps: WaterfallStep[] = [
    { id: 'fees', label: 'Fees', value: 100, kind: 'change' },
    { id: 'rebates', label: 'Rebates', value: -30, kind: 'change' },
    { id: 'funding', label: 'Funding', value: -10, kind: 'change' },
    { id: 'campaigns', label: 'Campaigns', value: -80, kind: 'change' },
    { id: 'net', label: 'Net', value: -20, kind: 'total' },
  ];

  it('floats each change from the running total and stands the total on zero', () => {
    expect(waterfallBars(steps).map((bar) => [bar.id, bar.range, bar.kind])).toEqual([
      ['fees', [0, 100], 'increase'],
      ['rebates', [70, 100], 'decrease'],
      ['funding', [60, 70], 'decrease'],
      ['campaigns', [-20, 60], 'decrease'],
      ['net', [-20, 0], 'total'],
    ]);
  });

  it('ends every change bar where the next one starts (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 12 }), (values) => {
      const bars = waterfallBars(values.map((value, i) => ({ id: String(i), label: String(i), value, kind: 'change' as const })));
      let running = 0;
      for (const [i, bar] of bars.entries()) {
        const next = running + (values[i] ?? 0);
        expect(bar.range).toEqual([Math.min(running, next), Math.max(running, next)]);
        running = next;
      }
    }));
  });
});

describe('chartRows', () => {
  it('keeps a missing day as null between the days that have values, and marks incomplete days', () => {
    const rows = chartRows([
      { date: '2026-11-29', value: 5 },
      { date: '2026-12-02', value: 7, incomplete: true },
      { date: '2026-11-30', value: undefined },
    ]);
    expect(rows).toEqual([
      { date: '2026-11-29', value: 5, incomplete: null },
      { date: '2026-11-30', value: null, incomplete: null },
      { date: '2026-12-01', value: null, incomplete: null },
      { date: '2026-12-02', value: 7, incomplete: 7 },
    ]);
  });

  it('is empty without points', () => {
    expect(chartRows([])).toEqual([]);
  });
});

describe('nextDay', () => {
  it.each([['2026-02-28', '2026-03-01'], ['2028-02-28', '2028-02-29'], ['2026-12-31', '2027-01-01'], ['2026-03-29', '2026-03-30']])('%s -> %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });
});

describe('dayRows', () => {
  it('has a row per day 1..N with a column per series, null past a shorter series', () => {
    expect(dayRows([{ id: 'a', label: 'A', values: [1, 2, 3] }, { id: 'b', label: 'B', values: [5] }]))
      .toEqual([{ day: 1, s0: 1, s1: 5 }, { day: 2, s0: 2, s1: null }, { day: 3, s0: 3, s1: null }]);
    expect(dayRows([])).toEqual([]);
  });
});

describe('tornadoBars', () => {
  it('spans base, low and high, widest swing first; a missing outcome is no change', () => {
    const bars = tornadoBars(0.5, [
      { id: 'fixed', label: 'Fixed', low: 0.52, high: 0.48 },
      { id: 'lift', label: 'Lift', low: 0.2, high: 0.8 },
      { id: 'none', label: 'None', low: null, high: 0.6 },
    ]);
    expect(bars.map((b) => [b.id, b.range, b.swing])).toEqual([
      ['lift', [0.2, 0.8], expect.closeTo(0.6) as unknown], ['none', [0.5, 0.6], expect.closeTo(0.1) as unknown], ['fixed', [0.48, 0.52], expect.closeTo(0.04) as unknown],
    ]);
  });

  it('always holds the base inside every bar, and the base splits it at a share in 0..1 (property)', () => {
    const value = fc.double({ min: -10, max: 10, noNaN: true });
    fc.assert(fc.property(value, fc.array(fc.tuple(value, value), { maxLength: 9 }), (base, pairs) => {
      const bars = tornadoBars(base, pairs.map(([low, high], i) => ({ id: String(i), label: String(i), low, high })));
      for (const bar of bars) {
        expect(bar.range[0]).toBeLessThanOrEqual(base);
        expect(bar.range[1]).toBeGreaterThanOrEqual(base);
        const share = shareOfSpan(base, bar.range);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < bars.length; i++) expect((bars[i - 1]?.swing ?? 0)).toBeGreaterThanOrEqual(bars[i]?.swing ?? 0);
    }));
  });
});

describe('intervals', () => {
  it('tells an interval that leaves out zero, and takes zero into the axis', () => {
    expect(excludesZero({ low: 0.1, high: 0.3 })).toBe(true);
    expect(excludesZero({ low: -0.3, high: -0.1 })).toBe(true);
    expect(excludesZero({ low: -0.1, high: 0.3 })).toBe(false);
    const [from, to] = intervalDomain([{ id: 'v', label: 'V', estimate: 20, low: 10, high: 30 }]);
    expect(from).toBeLessThan(0);
    expect(to).toBeGreaterThan(30);
  });
});

describe('shareWidth', () => {
  it('is the share in percent to one decimal, clamped to the bar', () => {
    expect([shareWidth(0.9819), shareWidth(0), shareWidth(1.2), shareWidth(-0.1)]).toEqual([98.2, 0, 100, 0]);
  });
});
