// Calendar arithmetic for the demo data, in UTC and on ISO dates, anchored on the fixed "demo today".
// Weekends are the only non-working days here; holidays are the app's business, not the seed's.

/** The fixed date the demo pretends it is. */
export const DEMO_TODAY = '2026-11-25';

const DAY_MS = 86_400_000;

export function parseIsoDate(date: string): number {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${date}`);
  return ms;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(parseIsoDate(date) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / DAY_MS);
}

export function isWeekend(date: string): boolean {
  const day = new Date(parseIsoDate(date)).getUTCDay();
  return day === 0 || day === 6;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** `date` moved by `days` working days (0 = the day itself, rolled forward to a working day). */
export function addWorkingDays(date: string, days: number): string {
  let d = nextWorkingDay(date);
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

/** Jira's timestamp format, e.g. `2026-09-01T10:15:00.000+0800`. */
export function jiraTimestamp(date: string, minutesIntoDay: number, offset = '+0800'): string {
  const h = String(Math.floor(minutesIntoDay / 60) % 24).padStart(2, '0');
  const m = String(minutesIntoDay % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000${offset}`;
}

/** ISO 8601 UTC timestamp as Confluence v2 writes it, e.g. `2026-09-01T02:15:00.000Z`. */
export function isoTimestamp(date: string, minutesIntoDay: number): string {
  return new Date(parseIsoDate(date) + minutesIntoDay * 60_000).toISOString();
}
