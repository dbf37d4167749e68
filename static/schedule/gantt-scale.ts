// The Gantt chart's time axis: one column per calendar day (working or not, from the plan's calendar, so
// weekends and holidays are shaded where they fall), and the x position of working-day indices on it.
import { dayNumberOfIndex, formatIsoDate, isWorkingDay, parseIsoDate, type IsoDate, type WorkCalendar } from '../../src/domain/schedule';

export interface GanttDay {
  readonly dayNumber: number;
  readonly date: IsoDate;
  readonly working: boolean;
  /** 0 = Monday .. 6 = Sunday. */
  readonly weekday: number;
  readonly dayOfMonth: number;
}

export interface GanttScale {
  /** Day number (days since 1970-01-01) of the first column. */
  readonly firstDay: number;
  readonly dayWidth: number;
  readonly days: readonly GanttDay[];
  readonly width: number;
}

/** Columns from `from` to `to` (day numbers, inclusive), with working days read from the calendar. */
export function buildGanttScale(calendar: WorkCalendar, from: number, to: number, dayWidth: number): GanttScale {
  const days: GanttDay[] = [];
  for (let dayNumber = from; dayNumber <= to; dayNumber++) {
    const date = formatIsoDate(dayNumber);
    days.push({
      dayNumber,
      date,
      working: isWorkingDay(calendar, dayNumber),
      weekday: (((dayNumber + 3) % 7) + 7) % 7,
      dayOfMonth: Number(date.slice(8, 10)),
    });
  }
  return { firstDay: from, dayWidth, days, width: days.length * dayWidth };
}

/** Left edge of a calendar day's column. */
export function xOfDay(scale: GanttScale, dayNumber: number): number {
  return (dayNumber - scale.firstDay) * scale.dayWidth;
}

/**
 * The scroll offset that puts `leadDays` days before `dayNumber` at the left edge of the day axis (the task
 * labels are sticky, so the axis starts right after them at any offset); never before the first column.
 */
export function scrollLeftForDay(scale: GanttScale, dayNumber: number, leadDays = 7): number {
  return Math.max(0, xOfDay(scale, dayNumber - leadDays));
}

/** The span covering working days [startIndex, endIndex): from the first day's column to the last day's end. */
export function spanOfIndices(calendar: WorkCalendar, scale: GanttScale, startIndex: number, endIndex: number): { readonly x: number; readonly width: number } {
  const x = xOfDay(scale, dayNumberOfIndex(calendar, startIndex));
  if (endIndex <= startIndex) return { x, width: 0 };
  const end = xOfDay(scale, dayNumberOfIndex(calendar, endIndex - 1)) + scale.dayWidth;
  return { x, width: end - x };
}

/** The day range to draw: every task's early and late dates, today and the deadline, with a margin. */
export function ganttRange(
  calendar: WorkCalendar,
  tasks: readonly { readonly es: number; readonly ef: number; readonly ls: number; readonly lf: number }[],
  extraDates: readonly (IsoDate | undefined)[],
  margin = 3,
): { readonly from: number; readonly to: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const include = (day: number) => {
    if (day < low) low = day;
    if (day > high) high = day;
  };
  for (const task of tasks) {
    include(dayNumberOfIndex(calendar, Math.min(task.es, task.ls)));
    include(dayNumberOfIndex(calendar, Math.max(task.ef, task.lf, task.es + 1) - 1));
  }
  for (const date of extraDates) {
    const day = date === undefined ? undefined : parseIsoDate(date);
    if (day !== undefined) include(day);
  }
  if (!Number.isFinite(low)) return { from: 0, to: 0 };
  return { from: low - margin, to: high + margin };
}
