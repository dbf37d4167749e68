// The clock of one call: the instant, and today's date for planning in the user's time zone (a planner in
// Singapore starts the day before UTC does). `LC_TODAY` pins the date: the workbench and its tests use the demo's.
import { parseIsoDate, type IsoDate } from '../domain/schedule';

export interface Clock {
  /** The current instant, ISO 8601 in UTC. */
  now(): string;
  /** Today's date where the user is. */
  today(): IsoDate;
}

export function createClock(timeZone: string | undefined): Clock {
  return {
    now: () => new Date().toISOString(),
    today: () => {
      const pinned = process.env.LC_TODAY;
      if (pinned !== undefined && parseIsoDate(pinned) !== undefined) return pinned;
      try {
        return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
      } catch {
        return new Date().toISOString().slice(0, 10);
      }
    },
  };
}
