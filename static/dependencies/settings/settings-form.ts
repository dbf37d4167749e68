// The schedule-settings dialog's form model: project settings -> editable form state (numbers kept as typed
// text), the edits the dialog makes, and back to settings checked with the contract's own zod schema, so the
// browser refuses exactly what the resolver would refuse and says which field is wrong.
import { scheduleSettingsSchema } from '../../../src/contract/schedule';
import { parseIsoDate, WEEKDAYS, type DurationSource, type LinkMapping, type ScheduleSettings, type Weekday } from '../../../src/domain/schedule';

/** Always offered, even in a project whose links use none yet: Jira's standard dependency link type. */
export const STANDARD_LINK_TYPE = 'Blocks';

export interface LinkTypeRow {
  readonly name: string;
  readonly mapping: LinkMapping;
}

export interface SettingsForm {
  readonly durationSource: DurationSource;
  readonly hoursPerDay: string;
  readonly daysPerPoint: string;
  readonly assumedDays: string;
  /** Kept in Monday-to-Sunday order. */
  readonly workdays: readonly Weekday[];
  /** Kept sorted and without duplicates. */
  readonly holidays: readonly string[];
  readonly linkTypes: readonly LinkTypeRow[];
}

export type SettingsField = 'durationSource' | 'hoursPerDay' | 'daysPerPoint' | 'assumedDays' | 'workdays' | 'holidays' | 'linkTypes';

export type FieldError =
  | { readonly code: 'required' }
  | { readonly code: 'no-date' }
  | { readonly code: 'not-number'; readonly value: string }
  | { readonly code: 'too-small'; readonly min: number; readonly inclusive: boolean }
  | { readonly code: 'too-big'; readonly max: number }
  | { readonly code: 'not-integer' }
  | { readonly code: 'no-workday' }
  | { readonly code: 'bad-date'; readonly value: string }
  | { readonly code: 'duplicate-date'; readonly value: string }
  | { readonly code: 'invalid' };

export type FieldErrors = Readonly<Partial<Record<SettingsField, FieldError>>>;

export type FormOutcome =
  | { readonly ok: true; readonly settings: ScheduleSettings }
  | { readonly ok: false; readonly errors: FieldErrors };

/**
 * The link type names the dialog offers: those on the epic's links, those the settings already map, and
 * "Blocks"; trimmed, without duplicates, in alphabetical order.
 */
export function linkTypeNames(settings: ScheduleSettings, jiraTypes: readonly string[]): readonly string[] {
  const names = new Set<string>();
  for (const name of [...jiraTypes, ...Object.keys(settings.linkTypes), STANDARD_LINK_TYPE]) {
    const trimmed = name.trim();
    if (trimmed !== '') names.add(trimmed);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0));
}

// Own properties only: a link type may be called "constructor".
function mappingOf(settings: ScheduleSettings, name: string): LinkMapping {
  return Object.hasOwn(settings.linkTypes, name) ? settings.linkTypes[name] ?? 'ignore' : 'ignore';
}

/** Form state for the settings; a link type the settings do not map is ignored, as the resolver does. */
export function toSettingsForm(settings: ScheduleSettings, jiraTypes: readonly string[]): SettingsForm {
  return {
    durationSource: settings.durationSource,
    hoursPerDay: String(settings.hoursPerDay),
    daysPerPoint: String(settings.daysPerPoint),
    assumedDays: String(settings.assumedDays),
    workdays: WEEKDAYS.filter((day) => settings.workdays.includes(day)),
    holidays: [...new Set(settings.holidays)].sort(),
    linkTypes: linkTypeNames(settings, jiraTypes).map((name) => ({ name, mapping: mappingOf(settings, name) })),
  };
}

/** Turns a weekday on or off, keeping Monday-to-Sunday order. */
export function toggleWorkday(form: SettingsForm, day: Weekday, on: boolean): SettingsForm {
  const chosen = new Set(form.workdays);
  if (on) chosen.add(day);
  else chosen.delete(day);
  return { ...form, workdays: WEEKDAYS.filter((candidate) => chosen.has(candidate)) };
}

export type AddHolidayOutcome =
  | { readonly ok: true; readonly form: SettingsForm }
  | { readonly ok: false; readonly error: FieldError };

/** Adds a holiday typed or picked as `YYYY-MM-DD` (a real calendar date), refusing a bad or repeated one. */
export function addHoliday(form: SettingsForm, text: string): AddHolidayOutcome {
  const value = text.trim();
  if (value === '') return { ok: false, error: { code: 'no-date' } };
  if (parseIsoDate(value) === undefined) return { ok: false, error: { code: 'bad-date', value } };
  if (form.holidays.includes(value)) return { ok: false, error: { code: 'duplicate-date', value } };
  return { ok: true, form: { ...form, holidays: [...form.holidays, value].sort() } };
}

export function removeHoliday(form: SettingsForm, date: string): SettingsForm {
  return { ...form, holidays: form.holidays.filter((holiday) => holiday !== date) };
}

export function setLinkMapping(form: SettingsForm, name: string, mapping: LinkMapping): SettingsForm {
  return { ...form, linkTypes: form.linkTypes.map((row) => (row.name === name ? { name, mapping } : row)) };
}

type NumberText = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: FieldError };

function readNumber(text: string): NumberText {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { code: 'required' } };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: { code: 'not-number', value: trimmed } };
}

const FIELDS: readonly SettingsField[] = ['durationSource', 'hoursPerDay', 'daysPerPoint', 'assumedDays', 'workdays', 'holidays', 'linkTypes'];

function fieldOf(path: readonly PropertyKey[]): SettingsField | undefined {
  const head = path[0];
  return FIELDS.find((field) => field === head);
}

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: unknown;
  readonly expected?: unknown;
}

function errorOfIssue(field: SettingsField, issue: SchemaIssue, form: SettingsForm): FieldError {
  if (field === 'workdays' && issue.code === 'too_small') return { code: 'no-workday' };
  if (field === 'holidays') {
    const index = issue.path[1];
    return { code: 'bad-date', value: (typeof index === 'number' ? form.holidays[index] : undefined) ?? '' };
  }
  switch (issue.code) {
    case 'too_small':
      return typeof issue.minimum === 'number' ? { code: 'too-small', min: issue.minimum, inclusive: issue.inclusive === true } : { code: 'invalid' };
    case 'too_big':
      return typeof issue.maximum === 'number' ? { code: 'too-big', max: issue.maximum } : { code: 'invalid' };
    case 'invalid_type':
      return issue.expected === 'int' ? { code: 'not-integer' } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** The settings the form describes, validated with `scheduleSettingsSchema`; otherwise the first error per field. */
export function fromSettingsForm(form: SettingsForm): FormOutcome {
  const errors: Partial<Record<SettingsField, FieldError>> = {};
  const numbers: Partial<Record<'hoursPerDay' | 'daysPerPoint' | 'assumedDays', number>> = {};
  for (const field of ['hoursPerDay', 'daysPerPoint', 'assumedDays'] as const) {
    const read = readNumber(form[field]);
    if (read.ok) numbers[field] = read.value;
    else errors[field] = read.error;
  }
  const candidate: Readonly<Record<string, unknown>> = {
    durationSource: form.durationSource,
    hoursPerDay: numbers.hoursPerDay ?? 1,
    daysPerPoint: numbers.daysPerPoint ?? 1,
    assumedDays: numbers.assumedDays ?? 0,
    workdays: form.workdays,
    holidays: form.holidays,
    linkTypes: Object.fromEntries(form.linkTypes.map((row) => [row.name, row.mapping])),
  };
  const parsed = scheduleSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field !== undefined && errors[field] === undefined) errors[field] = errorOfIssue(field, issue, form);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Every schema issue has a field, so a failed parse always left an error above.
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: { durationSource: { code: 'invalid' } } };
}

/** Whether the form says something other than it did when opened (both are kept in canonical order). */
export function isFormChanged(initial: SettingsForm, form: SettingsForm): boolean {
  return JSON.stringify(initial) !== JSON.stringify(form);
}
