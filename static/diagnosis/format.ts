// Numbers and dates of the diagnosis screens in the user's language: money compact ($1.2M; US$1.2亿 in Chinese), counts,
// signed changes as percentages, shares, and a calendar day (ISO dates are days, never shifted by a time zone).
import type { Language } from '../ui/i18n';
import { numberFormat } from '../ui/number-format';

export type ValueKind = 'usd' | 'count';

/** A dollar amount, compact above ten thousand ($12.3K, $1.23M; US$1.23万, US$1.23亿 in Chinese), exact below. */
export function formatUsd(language: Language, value: number): string {
  const compact = Math.abs(value) >= 10_000;
  return numberFormat(language, compact ? 'usd-compact' : 'usd', compact
    ? { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 }
    : { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
}

/** A whole count, compact above a hundred thousand. */
export function formatCount(language: Language, value: number): string {
  const compact = Math.abs(value) >= 100_000;
  return numberFormat(language, compact ? 'count-compact' : 'count', compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }).format(value);
}

export function formatValue(language: Language, kind: ValueKind, value: number): string {
  return kind === 'usd' ? formatUsd(language, value) : formatCount(language, value);
}

/** A relative change (0.052 -> +5.2%, -0.3 -> -30%); zero shows without a sign. */
export function formatChange(language: Language, change: number): string {
  return numberFormat(language, 'change', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(change);
}

/** An absolute change of a share in percentage points (0.02 -> +2.0, -0.005 -> -0.5); the caller adds the unit. */
export function formatPoints(language: Language, change: number): string {
  return numberFormat(language, 'points', { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(change * 100);
}

/** A share of a whole (0.734 -> 73%). */
export function formatShare(language: Language, share: number): string {
  return numberFormat(language, 'share', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A plain number with the given decimals (a robust score, a threshold). */
export function formatDecimal(language: Language, value: number, digits = 1): string {
  return numberFormat(language, `decimal-${String(digits)}`, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** An ISO calendar day with its weekday (Wed, 25 Nov 2026; 2026年11月25日周三). */
export function formatDay(language: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${isoDate}T00:00:00Z`));
}

/** A short axis label of an ISO day (25 Nov; 11月25日). */
export function formatShortDay(language: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
