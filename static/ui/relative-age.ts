// How long ago something happened, in the user's language ("3 minutes ago", "3分钟前"): the unit picked here, the
// wording (and its plural) by Intl.RelativeTimeFormat, so no catalogue needs one message per unit and plural.
import type { Language } from './i18n';

export type AgeUnit = 'second' | 'minute' | 'hour' | 'day';

export interface Age {
  /** Whole units ago, at least 0. */
  readonly value: number;
  readonly unit: AgeUnit;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The age of instant `from` at `nowMs`, in the largest unit that is at least one (seconds under a minute). */
export function ageOf(from: string, nowMs: number): Age {
  const elapsed = Math.max(0, nowMs - Date.parse(from));
  if (elapsed < MINUTE) return { value: Math.floor(elapsed / SECOND), unit: 'second' };
  if (elapsed < HOUR) return { value: Math.floor(elapsed / MINUTE), unit: 'minute' };
  if (elapsed < DAY) return { value: Math.floor(elapsed / HOUR), unit: 'hour' };
  return { value: Math.floor(elapsed / DAY), unit: 'day' };
}

/**
 * `justNow` (the caller's own words) under ten seconds, so a clock a little ahead of the server's reads as now;
 * else "3 minutes ago", "yesterday", "3分钟前".
 */
export function formatAge(language: Language, from: string, nowMs: number, justNow: string): string {
  const age = ageOf(from, nowMs);
  if (age.unit === 'second' && age.value < 10) return justNow;
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-age.value, age.unit);
}
