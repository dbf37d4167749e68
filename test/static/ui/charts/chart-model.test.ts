// The charts' model: a waterfall's bars float from the running total and totals stand on zero; a series keeps a
// missing day as a break (null), never as zero, and incomplete days are marked; day arithmetic crosses months.
import fc from 'fast-check';
import { chartRows, nextDay, shareWidth, waterfallBars, type WaterfallStep } from '../../../../static/ui/charts/chart-model';

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

describe('shareWidth', () => {
  it('is the share in percent to one decimal, clamped to the bar', () => {
    expect([shareWidth(0.9819), shareWidth(0), shareWidth(1.2), shareWidth(-0.1)]).toEqual([98.2, 0, 100, 0]);
  });
});
