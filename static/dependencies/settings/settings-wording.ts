// The settings dialog's words in the user's language: labels and hints of the number settings, duration
// sources, link-type mappings, weekday names and field errors.
import type { Language, MessageKey, Translate } from '../../ui/i18n';
import { WEEKDAYS, type DurationSource, type LinkMapping, type Weekday } from '../../../src/domain/schedule';
import type { FieldError } from './settings-form';

export type NumberSetting = 'hoursPerDay' | 'daysPerPoint' | 'assumedDays';

/** A field error in the user's language. */
export function fieldErrorText(t: Translate, language: Language, error: FieldError): string {
  switch (error.code) {
    case 'required':
      return t('dependencies.settings.errors.required');
    case 'no-date':
      return t('dependencies.settings.errors.noDate');
    case 'not-number':
      return t('dependencies.settings.errors.notNumber', { value: error.value });
    case 'too-small':
      return error.inclusive
        ? t('dependencies.settings.errors.tooSmall', { min: formatLimit(language, error.min) })
        : t('dependencies.settings.errors.tooSmallExclusive', { min: formatLimit(language, error.min) });
    case 'too-big':
      return t('dependencies.settings.errors.tooBig', { max: formatLimit(language, error.max) });
    case 'not-integer':
      return t('dependencies.settings.errors.notInteger');
    case 'no-workday':
      return t('dependencies.settings.errors.noWorkday');
    case 'bad-date':
      return t('dependencies.settings.errors.badDate', { value: error.value });
    case 'duplicate-date':
      return t('dependencies.settings.errors.duplicateDate', { value: error.value });
    case 'invalid':
      return t('dependencies.settings.errors.invalid');
  }
}

function formatLimit(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

const NUMBER_SETTING_WORDS: Readonly<Record<NumberSetting, { readonly label: MessageKey; readonly hint: MessageKey }>> = {
  hoursPerDay: { label: 'dependencies.settings.hoursPerDay', hint: 'dependencies.settings.hoursPerDayHint' },
  daysPerPoint: { label: 'dependencies.settings.daysPerPoint', hint: 'dependencies.settings.daysPerPointHint' },
  assumedDays: { label: 'dependencies.settings.assumedDays', hint: 'dependencies.settings.assumedDaysHint' },
};

const SOURCE_WORDS: Readonly<Record<DurationSource, { readonly label: MessageKey; readonly hint: MessageKey }>> = {
  estimate: { label: 'dependencies.settings.sourceEstimate', hint: 'dependencies.settings.sourceEstimateHint' },
  points: { label: 'dependencies.settings.sourcePoints', hint: 'dependencies.settings.sourcePointsHint' },
  dates: { label: 'dependencies.settings.sourceDates', hint: 'dependencies.settings.sourceDatesHint' },
};

export function numberSettingLabel(t: Translate, field: NumberSetting): string {
  return t(NUMBER_SETTING_WORDS[field].label);
}

export function numberSettingHint(t: Translate, field: NumberSetting): string {
  return t(NUMBER_SETTING_WORDS[field].hint);
}

export function sourceLabel(t: Translate, source: DurationSource): string {
  return t(SOURCE_WORDS[source].label);
}

export function sourceHint(t: Translate, source: DurationSource): string {
  return t(SOURCE_WORDS[source].hint);
}

export function mappingLabel(t: Translate, mapping: LinkMapping): string {
  return mapping === 'ignore' ? t('dependencies.settings.ignore') : t(`schedule.linkTypes.${mapping}`);
}

/** "Monday" / "Mon" (in the user's language). */
export function weekdayName(language: Language, day: Weekday, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

/** The short weekday of a `YYYY-MM-DD` date. */
export function weekdayOfDate(language: Language, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}
