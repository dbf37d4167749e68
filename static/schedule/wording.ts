// Small wording helpers shared by the panel's pieces: working-day counts with the right plural, signed deltas.
import { formatNumber, type Language, type Translate } from '../ui/i18n';

/** "1 working day", "3 working days", "3 个工作日"; with `withSign`, "+3 working days". */
export function workingDays(t: Translate, language: Language, n: number, withSign = false): string {
  const number = withSign ? signed(language, n) : formatNumber(language, n);
  return t(Math.abs(n) === 1 ? 'schedule.units.workingDay' : 'schedule.units.workingDays', { n: number });
}

/** "+3", "−2", "0". */
export function signed(language: Language, n: number): string {
  if (n > 0) return `+${formatNumber(language, n)}`;
  if (n < 0) return `−${formatNumber(language, -n)}`;
  return formatNumber(language, 0);
}
