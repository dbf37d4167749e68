import fc from 'fast-check';
import {
  buildCalendar,
  dateOfIndex,
  dayNumberOfIndex,
  formatIsoDate,
  indexOnOrAfter,
  indexOnOrBefore,
  isWorkingDay,
  parseIsoDate,
  type CalendarSpec,
  type WorkCalendar,
} from '../../../src/domain/schedule';
import type { Weekday } from '../../../src/domain/schedule';

const ALL_DAYS: readonly Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function calendarOf(spec: CalendarSpec): WorkCalendar {
  const outcome = buildCalendar(spec);
  if (outcome.kind !== 'calendar') throw new Error(JSON.stringify(outcome.problems));
  return outcome.calendar;
}

function day(text: string): number {
  const value = parseIsoDate(text);
  if (value === undefined) throw new Error(text);
  return value;
}

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2026-12-01', 20788],
    ['1969-12-31', -1],
  ])('%s is day %d', (text, number) => {
    expect(parseIsoDate(text)).toBe(number);
    expect(formatIsoDate(number)).toBe(text);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '2026-04-31', 'tomorrow', '2026-12-01T00:00'])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('round-trips every day between years 1 and 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => parseIsoDate(formatIsoDate(n)) === n));
  });
});

describe('working-day calendar', () => {
  // 2026-12-01 is a Tuesday; 2026-12-25 a Friday.
  const december = calendarOf({ start: '2026-12-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-12-25', '2026-12-26'] });

  it.each([
    [0, '2026-12-01'],
    [3, '2026-12-04'],
    [4, '2026-12-07'],
    [17, '2026-12-24'],
    [18, '2026-12-28'],
    [-1, '2026-11-30'],
    [-2, '2026-11-27'],
  ])('index %d is %s', (index, date) => {
    expect(dateOfIndex(december, index)).toBe(date);
    expect(indexOnOrAfter(december, day(date))).toBe(index);
    expect(indexOnOrBefore(december, day(date))).toBe(index);
  });

  it('maps a non-working date forward for starts and backward for finishes', () => {
    expect(isWorkingDay(december, day('2026-12-05'))).toBe(false);
    expect(indexOnOrAfter(december, day('2026-12-05'))).toBe(4);
    expect(indexOnOrBefore(december, day('2026-12-05'))).toBe(3);
    expect(isWorkingDay(december, day('2026-12-25'))).toBe(false);
    expect(indexOnOrAfter(december, day('2026-12-25'))).toBe(18);
    expect(indexOnOrBefore(december, day('2026-12-27'))).toBe(17);
  });

  it('starts on the first working day on or after the start date', () => {
    const weekend = calendarOf({ start: '2026-12-05', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] });
    expect(dateOfIndex(weekend, 0)).toBe('2026-12-07');
    expect(dateOfIndex(weekend, -1)).toBe('2026-12-04');
  });

  it('reaches far-away indices in both directions', () => {
    const plain = calendarOf({ start: '2026-12-01', workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] });
    // 5 working days a week: 52,180 weeks later is 365,260 days after a Tuesday, also a Tuesday.
    expect(dayNumberOfIndex(plain, 5 * 52_180)).toBe(day('2026-12-01') + 7 * 52_180);
    expect(dayNumberOfIndex(plain, -5 * 1000)).toBe(day('2026-12-01') - 7 * 1000);
  });

  it('rejects an empty week and bad dates, naming the field', () => {
    const outcome = buildCalendar({ start: '2026-12-32', workdays: [], holidays: ['x'] });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.problems.map((p) => p.path).sort()).toEqual(['calendar.holidays[0]', 'calendar.start', 'calendar.workdays']);
  });

  const calendarSpec = fc.record({
    startDay: fc.integer({ min: 18000, max: 22000 }),
    workdays: fc.subarray([...ALL_DAYS], { minLength: 1 }),
    holidayOffsets: fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 40 }),
  });

  it('agrees with a day-by-day walk, forwards and backwards, for random calendars', () => {
    fc.assert(
      fc.property(calendarSpec, ({ startDay, workdays, holidayOffsets }) => {
        const holidays = holidayOffsets.map((o) => formatIsoDate(startDay + o));
        const calendar = calendarOf({ start: formatIsoDate(startDay), workdays, holidays });
        const holidaySet = new Set(holidays);
        const working = (d: number): boolean =>
          workdays.includes(ALL_DAYS[(((d + 3) % 7) + 7) % 7] ?? 'Mon') && !holidaySet.has(formatIsoDate(d));
        let d = startDay;
        while (!working(d)) d++;
        const origin = d;
        for (let i = 0; i < 60; i++) {
          expect(dayNumberOfIndex(calendar, i)).toBe(d);
          expect(indexOnOrAfter(calendar, d)).toBe(i);
          d++;
          while (!working(d)) {
            expect(isWorkingDay(calendar, d)).toBe(false);
            expect(indexOnOrAfter(calendar, d)).toBe(i + 1);
            expect(indexOnOrBefore(calendar, d)).toBe(i);
            d++;
          }
        }
        d = origin;
        for (let i = 0; i > -60; i--) {
          expect(dayNumberOfIndex(calendar, i)).toBe(d);
          d--;
          while (!working(d)) d--;
        }
      }),
      { numRuns: 60 },
    );
  });
});
