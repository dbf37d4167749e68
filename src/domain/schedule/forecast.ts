// The launch-date forecast: when the plan finishes, and against a deadline whether it holds (with how much
// float) or slips (by how many working days), with the chain of tasks that drives the finish.

import { dateOfIndex, type WorkCalendar } from './calendar';
import type { CpmTimes } from './cpm';
import type { Forecast } from './types';

/** Builds the forecast from the CPM times; `hasDeadline` says whether `times.reference` came from a deadline. */
export function computeForecast(
  calendar: WorkCalendar,
  times: CpmTimes,
  hasDeadline: boolean,
  criticalPath: readonly string[],
): Forecast {
  const finish = { day: times.finish, date: dateOfIndex(calendar, times.finish - 1) };
  if (!hasDeadline) return { kind: 'no-deadline', finish, float: times.minFloat, criticalPath };
  const slip = times.finish - times.reference;
  return {
    kind: slip > 0 ? 'slips' : 'holds',
    finish,
    deadline: { day: times.reference, date: dateOfIndex(calendar, times.reference - 1) },
    slip,
    float: times.minFloat,
    criticalPath,
  };
}
