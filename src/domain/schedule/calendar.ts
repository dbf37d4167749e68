// Working-day calendars: maps dates to working-day indices and back in O(log holidays) after a one-off setup,
// for any index (negative = before the start) and any span of years. Index 0 is the first working day on or
// after `start`. A non-working date has no index of its own: `indexOnOrAfter` gives the next working day's
// (how starts are read) and `indexOnOrBefore` the previous one's (how finishes and deadlines are read).

import { formatIsoDate, parseIsoDate, weekdayOf } from './dates';
import { WEEKDAYS, type CalendarSpec, type IsoDate, type Problem } from './types';

/** 1970-01-05, a Monday: weeks are counted from here. */
const REFERENCE_MONDAY = 4;

export interface WorkCalendar {
  /** Working weekdays per week. */
  readonly weekLength: number;
  /** prefix[d] = working weekdays before weekday d (0 = Monday) in a week; prefix[7] = weekLength. */
  readonly prefix: Int32Array;
  /** Weekday (0 = Monday) of the r-th working weekday of a week. */
  readonly offsets: Int32Array;
  /** Weekday ordinals (see `weekdayOrdinalOf`) of the holidays on working weekdays, ascending, distinct. */
  readonly holidayOrdinals: Float64Array;
  /** holidayOrdinals[j] - j: how many working days come before the j-th holiday (non-decreasing). */
  readonly holidayGaps: Float64Array;
  /** Working-day ordinal of index 0. */
  readonly origin: number;
}

export type CalendarOutcome =
  | { readonly kind: 'calendar'; readonly calendar: WorkCalendar }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

/** Validates a calendar spec and prepares the lookup tables. */
export function buildCalendar(spec: CalendarSpec, path = 'calendar'): CalendarOutcome {
  const problems: Problem[] = [];
  const startDay = parseIsoDate(spec.start);
  if (startDay === undefined) {
    problems.push({ code: 'bad-date', path: `${path}.start`, value: spec.start });
  }
  const isWorkday = new Uint8Array(7);
  spec.workdays.forEach((name, i) => {
    const weekday = (WEEKDAYS as readonly string[]).indexOf(name);
    if (weekday < 0) {
      problems.push({ code: 'bad-weekday', path: `${path}.workdays[${i}]`, value: name });
    } else {
      isWorkday[weekday] = 1;
    }
  });
  if (spec.workdays.length === 0) {
    problems.push({ code: 'no-workdays', path: `${path}.workdays` });
  }
  const holidayDays: number[] = [];
  (spec.holidays ?? []).forEach((text, i) => {
    const day = parseIsoDate(text);
    if (day === undefined) {
      problems.push({ code: 'bad-date', path: `${path}.holidays[${i}]`, value: text });
    } else if (isWorkday[weekdayOf(day)] === 1) {
      holidayDays.push(day);
    }
  });
  if (problems.length > 0 || startDay === undefined) return { kind: 'invalid', problems };

  const prefix = new Int32Array(8);
  const offsets: number[] = [];
  for (let d = 0; d < 7; d++) {
    prefix[d + 1] = (prefix[d] ?? 0) + (isWorkday[d] ?? 0);
    if (isWorkday[d] === 1) offsets.push(d);
  }
  const weekLength = offsets.length;
  const partial = { weekLength, prefix, offsets: Int32Array.from(offsets) };
  const ordinals = Array.from(new Set(holidayDays))
    .map((day) => weekdayOrdinalOf(partial, day))
    .sort((a, b) => a - b);
  const holidayOrdinals = Float64Array.from(ordinals);
  const holidayGaps = Float64Array.from(ordinals, (ordinal, j) => ordinal - j);
  const withoutOrigin: WorkCalendar = { ...partial, holidayOrdinals, holidayGaps, origin: 0 };
  return { kind: 'calendar', calendar: { ...withoutOrigin, origin: workingOrdinalOf(withoutOrigin, startDay) } };
}

/** True when the day number is a working weekday and not a holiday. */
export function isWorkingDay(calendar: WorkCalendar, dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  if ((calendar.prefix[weekday + 1] ?? 0) === (calendar.prefix[weekday] ?? 0)) return false;
  const ordinal = weekdayOrdinalOf(calendar, dayNumber);
  const j = countBelow(calendar.holidayOrdinals, ordinal);
  return calendar.holidayOrdinals[j] !== ordinal;
}

/** Index of the day if it is a working day, else of the next working day. */
export function indexOnOrAfter(calendar: WorkCalendar, dayNumber: number): number {
  return workingOrdinalOf(calendar, dayNumber) - calendar.origin;
}

/** Index of the day if it is a working day, else of the previous working day. */
export function indexOnOrBefore(calendar: WorkCalendar, dayNumber: number): number {
  const index = indexOnOrAfter(calendar, dayNumber);
  return isWorkingDay(calendar, dayNumber) ? index : index - 1;
}

/** Day number of the working day with this index (any integer, also negative). */
export function dayNumberOfIndex(calendar: WorkCalendar, index: number): number {
  const ordinal = index + calendar.origin;
  // The t-th working day sits after every holiday with fewer than t + 1 working days before it.
  const weekdayOrdinal = ordinal + countAtMost(calendar.holidayGaps, ordinal);
  const week = Math.floor(weekdayOrdinal / calendar.weekLength);
  const rank = weekdayOrdinal - week * calendar.weekLength;
  return REFERENCE_MONDAY + week * 7 + (calendar.offsets[rank] ?? 0);
}

/** Date of the working day with this index. */
export function dateOfIndex(calendar: WorkCalendar, index: number): IsoDate {
  return formatIsoDate(dayNumberOfIndex(calendar, index));
}

/** Working weekdays (holidays included) strictly before the day, counted from the reference Monday. */
function weekdayOrdinalOf(calendar: Pick<WorkCalendar, 'weekLength' | 'prefix'>, dayNumber: number): number {
  const delta = dayNumber - REFERENCE_MONDAY;
  const week = Math.floor(delta / 7);
  return week * calendar.weekLength + (calendar.prefix[delta - week * 7] ?? 0);
}

/** Working days (holidays excluded) strictly before the day; a non-working day gets the next one's. */
function workingOrdinalOf(calendar: WorkCalendar, dayNumber: number): number {
  const ordinal = weekdayOrdinalOf(calendar, dayNumber);
  return ordinal - countBelow(calendar.holidayOrdinals, ordinal);
}

/** How many sorted values are < x. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sorted values are <= x. */
function countAtMost(sorted: Float64Array, x: number): number {
  return countBelow(sorted, x + 1);
}
