// Gantt axis: non-working days come from the calendar (weekends and holidays), bars span working days.
import { buildGanttScale, ganttRange, scrollLeftForDay, spanOfIndices, xOfDay } from '../../../static/schedule/gantt-scale';
import { parseIsoDate } from '../../../src/domain/schedule';
import { calendar } from './fixture';

const day = (iso: string) => parseIsoDate(iso)!;

describe('buildGanttScale', () => {
  const cal = calendar();
  const scale = buildGanttScale(cal, day('2026-11-02'), day('2026-11-15'), 20);

  it('has one column per calendar day', () => {
    expect(scale.days).toHaveLength(14);
    expect(scale.width).toBe(280);
    expect(scale.days[0]).toMatchObject({ date: '2026-11-02', weekday: 0, dayOfMonth: 2 });
  });

  it('flags weekends and the holiday as non-working', () => {
    const off = scale.days.filter((d) => !d.working).map((d) => d.date);
    expect(off).toEqual(['2026-11-04', '2026-11-07', '2026-11-08', '2026-11-14', '2026-11-15']);
  });
});

describe('spanOfIndices', () => {
  const cal = calendar();
  const scale = buildGanttScale(cal, day('2026-11-02'), day('2026-11-30'), 10);

  it('spans from the first working day to the end of the last one, over the holiday and weekend', () => {
    // Index 0 = Mon 2nd, 1 = Tue 3rd, 2 = Thu 5th (Wed 4th is a holiday), 3 = Fri 6th, 4 = Mon 9th.
    expect(spanOfIndices(cal, scale, 2, 5)).toEqual({ x: xOfDay(scale, day('2026-11-05')), width: 50 });
    expect(spanOfIndices(cal, scale, 0, 2)).toEqual({ x: 0, width: 20 });
    expect(spanOfIndices(cal, scale, 4, 4)).toEqual({ x: 70, width: 0 });
  });
});

describe('ganttRange', () => {
  it('covers tasks, extra dates and a margin', () => {
    const cal = calendar();
    const range = ganttRange(cal, [{ es: 0, ef: 2, ls: 1, lf: 3 }], ['2026-11-20', undefined]);
    expect(range).toEqual({ from: day('2026-11-02') - 3, to: day('2026-11-20') + 3 });
  });
});

describe('scrollLeftForDay', () => {
  const cal = calendar();
  const scale = buildGanttScale(cal, day('2026-10-01'), day('2026-12-31'), 28);

  it('puts a week before the day at the left edge of the axis', () => {
    expect(scrollLeftForDay(scale, day('2026-11-20'))).toBe((day('2026-11-13') - day('2026-10-01')) * 28);
    expect(scrollLeftForDay(scale, day('2026-11-20'), 2)).toBe((day('2026-11-18') - day('2026-10-01')) * 28);
  });

  it('never scrolls before the first column', () => {
    expect(scrollLeftForDay(scale, day('2026-10-03'))).toBe(0);
    expect(scrollLeftForDay(scale, day('2026-10-08'))).toBe(0);
    expect(scrollLeftForDay(scale, day('2026-10-09'))).toBe(28);
  });
});
