// Numbers of the campaign ROI macro in the user's language: money compact above ten thousand ($1.2M; US$1.2亿),
// ratios as percentages (ROI, shares, rates), fees and rewards per $1 of volume in basis points, p-values.
import type { Language } from '../ui/i18n';
import { numberFormat } from '../ui/number-format';

/** A dollar amount, compact from ten thousand on, exact below. */
export function formatUsd(language: Language, value: number): string {
  const compact = Math.abs(value) >= 10_000;
  return numberFormat(language, compact ? 'usd-compact' : 'usd', compact
    ? { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2 }
    : { style: 'currency', currency: 'USD', maximumFractionDigits: 2 }).format(value);
}

/** A ratio as a percentage with one decimal (0.604 -> 60.4%). */
export function formatPercent(language: Language, value: number): string {
  return numberFormat(language, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A change as a signed percentage (+5.2%, −30%). */
export function formatSignedPercent(language: Language, value: number): string {
  return numberFormat(language, 'signed-percent', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value);
}

/** A rate per $1 of volume in basis points (0.00035 -> 3.5 bp). */
export function formatBps(language: Language, rate: number): string {
  return `${numberFormat(language, 'bps', { maximumFractionDigits: 2 }).format(rate * 10_000)} bp`;
}

/** A count or any plain figure, with `digits` decimals at most. */
export function formatNumber(language: Language, value: number, digits = 0): string {
  return numberFormat(language, `n${String(digits)}`, { maximumFractionDigits: digits }).format(value);
}

/** A signed plain figure (+12.5, −3). */
export function formatSigned(language: Language, value: number, digits = 1): string {
  return numberFormat(language, `s${String(digits)}`, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** A p-value: three significant digits, and "< 0.001" below that. */
export function formatP(language: Language, p: number): string {
  return p < 0.001 ? `< ${formatNumber(language, 0.001, 3)}` : numberFormat(language, 'p', { maximumSignificantDigits: 3 }).format(p);
}
