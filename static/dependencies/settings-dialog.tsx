// The project's schedule settings in a modal dialog: where durations come from, the working calendar and how
// each Jira link type becomes a dependency. Checked in the browser with the contract's schema; the server
// decides on save whether the caller administers the project, and refuses a save over someone else's.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AppError, EpicSchedule } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import type { Language, Translate } from '../ui/i18n';
import {
  addHoliday, DURATION_SOURCES, fromSettingsForm, isFormChanged, LINK_MAPPINGS, removeHoliday, setLinkMapping, toggleWorkday,
  toSettingsForm, WEEKDAYS, type DurationSource, type FieldError, type LinkMapping, type SettingsField, type SettingsForm, type Weekday,
} from './settings-form';
import { useModalFocus } from './use-modal-focus';

export interface SettingsDialogProps {
  readonly issueKey: string;
  readonly data: Pick<EpicSchedule, 'settings' | 'settingsVersion' | 'plan' | 'issueLinkTypes' | 'epic' | 'canAdminister'>;
  readonly onClose: () => void;
  /** Called after a save, or after the latest settings were fetched: the schedule must be computed again. */
  readonly onChanged: () => void;
}

interface Loaded {
  readonly settings: EpicSchedule['settings'];
  readonly version: number;
  readonly jiraTypes: readonly string[];
}

type Notice = 'none' | 'reloaded';

const loadedOf = (data: Pick<EpicSchedule, 'settings' | 'settingsVersion' | 'issueLinkTypes'>): Loaded => ({
  settings: data.settings, version: data.settingsVersion, jiraTypes: data.issueLinkTypes,
});

export function SettingsDialog({ issueKey, data, onClose, onChanged }: SettingsDialogProps) {
  const { t, language } = useShell();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded>(() => loadedOf(data));
  const initial = useMemo(() => toSettingsForm(loaded.settings, loaded.jiraTypes), [loaded]);
  const [form, setForm] = useState<SettingsForm>(initial);
  const [touched, setTouched] = useState<ReadonlySet<SettingsField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [holidayDraft, setHolidayDraft] = useState('');
  const [holidayError, setHolidayError] = useState<FieldError | undefined>(undefined);
  const [busy, setBusy] = useState<'idle' | 'saving' | 'reloading'>('idle');
  const [failure, setFailure] = useState<AppError | undefined>(undefined);
  const [notice, setNotice] = useState<Notice>('none');
  const [refetched, setRefetched] = useState(false);

  const outcome = useMemo(() => fromSettingsForm(form), [form]);
  const changed = isFormChanged(initial, form);
  const errorOf = (field: SettingsField): FieldError | undefined =>
    outcome.ok || !(submitted || touched.has(field)) ? undefined : outcome.errors[field];
  const touch = (field: SettingsField) => { setTouched((previous) => new Set(previous).add(field)); };
  const edit = (next: SettingsForm) => { setForm(next); setFailure(undefined); setNotice('none'); };

  const close = useCallback(() => {
    onClose();
    if (refetched) onChanged();
  }, [onClose, onChanged, refetched]);
  const background = useCallback(() => document.getElementById('root'), []);
  const onKeyDown = useModalFocus(dialog, close, background);

  const save = () => {
    setSubmitted(true);
    if (!outcome.ok || busy !== 'idle') return;
    setBusy('saving');
    setFailure(undefined);
    void call('schedule/saveSettings', { issueKey, settings: outcome.settings, expectedVersion: loaded.version }).then((answer) => {
      setBusy('idle');
      if (answer.ok) {
        onClose();
        onChanged();
      } else {
        setFailure(answer.error);
      }
    });
  };

  const reloadSettings = () => {
    setBusy('reloading');
    void call('schedule/forEpic', { issueKey }).then((answer) => {
      setBusy('idle');
      if (!answer.ok) {
        setFailure(answer.error);
        return;
      }
      const fresh = loadedOf(answer.data);
      setLoaded(fresh);
      setForm(toSettingsForm(fresh.settings, fresh.jiraTypes));
      setTouched(new Set());
      setSubmitted(false);
      setFailure(undefined);
      setNotice('reloaded');
      setRefetched(true);
    });
  };

  const commitHoliday = () => {
    const added = addHoliday(form, holidayDraft);
    if (added.ok) {
      edit(added.form);
      setHolidayDraft('');
      setHolidayError(undefined);
    } else {
      setHolidayError(added.error);
    }
  };

  const usage = new Map<string, number>();
  for (const link of data.plan.links) usage.set(link.issueLinkType, (usage.get(link.issueLinkType) ?? 0) + 1);
  const weekdayName = (day: Weekday, style: 'long' | 'short') =>
    new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  const holidayWeekday = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  };
  const fieldId = (field: string) => `${id}-${field}`;
  // Only project administrators may save (the server checks again); everyone else sees the settings read-only.
  const disabled = busy !== 'idle' || !data.canAdminister;

  const numberField = (field: 'hoursPerDay' | 'daysPerPoint' | 'assumedDays', step: number, min: number, max: number) => {
    const error = errorOf(field);
    const hint = field === 'hoursPerDay' ? t('dependencies.settings.hoursPerDayHint') : field === 'daysPerPoint' ? t('dependencies.settings.daysPerPointHint') : t('dependencies.settings.assumedDaysHint');
    return (
      <div className="dp-field">
        <label htmlFor={fieldId(field)} className="dp-field-label">{fieldLabel(t, field)}</label>
        <input
          id={fieldId(field)}
          type="number"
          inputMode="decimal"
          className={`dp-number-input dp-settings-number ${error === undefined ? '' : 'dp-input-invalid'}`}
          step={step}
          min={min}
          max={max}
          value={form[field]}
          disabled={disabled}
          aria-invalid={error !== undefined}
          aria-describedby={`${fieldId(field)}-hint${error === undefined ? '' : ` ${fieldId(field)}-error`}`}
          data-testid={`settings-${field}`}
          onChange={(event) => { edit({ ...form, [field]: event.target.value }); }}
          onBlur={() => { touch(field); }}
        />
        <span id={`${fieldId(field)}-hint`} className="dp-field-hint">{hint}</span>
        {/* Always there, so that an error shown on blur does not move the fields under the pointer. */}
        <p id={`${fieldId(field)}-error`} className="dp-field-error dp-field-error-slot" data-testid={error === undefined ? undefined : 'settings-field-error'}>
          {error === undefined ? '' : fieldErrorText(t, language, error)}
        </p>
      </div>
    );
  };

  const workdaysError = errorOf('workdays');
  const holidaysError = errorOf('holidays');
  return createPortal(
    <div className="dp-dialog-backdrop">
      <div
        ref={dialog}
        className="dp-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={fieldId('title')}
        aria-describedby={fieldId('intro')}
        data-testid="settings-dialog"
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="dp-dialog-head">
          <h2 id={fieldId('title')} className="dp-dialog-title">{t('dependencies.settings.title')}</h2>
          <button type="button" className="dp-icon-button" aria-label={t('dependencies.settings.close')} title={t('dependencies.settings.close')} onClick={close}>×</button>
        </header>
        <form
          className="dp-dialog-body"
          noValidate
          onSubmit={(event) => { event.preventDefault(); save(); }}
          id={fieldId('form')}
        >
          <p id={fieldId('intro')} className="dp-muted dp-dialog-intro">{t('dependencies.settings.intro', { project: data.epic.projectKey })}</p>
          {notice === 'reloaded' ? <p role="status" className="dp-dialog-notice" data-testid="settings-reloaded">{t('dependencies.settings.reloaded')}</p> : null}

          <fieldset className="dp-fieldset" disabled={disabled}>
            <legend className="dp-legend-title">{t('dependencies.settings.durationSource')}</legend>
            <div className="dp-radio-list">
              {DURATION_SOURCES.map((source) => (
                <label key={source} className="dp-choice">
                  <input
                    type="radio"
                    name={fieldId('source')}
                    value={source}
                    checked={form.durationSource === source}
                    data-autofocus={form.durationSource === source ? '' : undefined}
                    data-testid={`settings-source-${source}`}
                    onChange={() => { edit({ ...form, durationSource: source }); }}
                  />
                  <span>
                    <span className="dp-choice-label">{sourceLabel(t, source)}</span>
                    <span className="dp-field-hint">{sourceHint(t, source)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <div className="dp-field-grid">
            {numberField('hoursPerDay', 0.5, 0.5, 24)}
            {numberField('daysPerPoint', 0.5, 0.5, 30)}
            {numberField('assumedDays', 1, 0, 60)}
          </div>

          <fieldset className="dp-fieldset" disabled={disabled} aria-describedby={workdaysError === undefined ? undefined : fieldId('workdays-error')}>
            <legend className="dp-legend-title">{t('dependencies.settings.workdays')}</legend>
            <div className="dp-weekdays">
              {WEEKDAYS.map((day) => (
                <label key={day} className="dp-weekday" title={weekdayName(day, 'long')}>
                  <input
                    type="checkbox"
                    checked={form.workdays.includes(day)}
                    data-testid={`settings-workday-${day}`}
                    onChange={(event) => { touch('workdays'); edit(toggleWorkday(form, day, event.target.checked)); }}
                  />
                  <span>{weekdayName(day, 'short')}</span>
                </label>
              ))}
            </div>
            {workdaysError === undefined ? null : <FieldErrorText id={fieldId('workdays-error')} error={workdaysError} t={t} language={language} />}
          </fieldset>

          <fieldset className="dp-fieldset" disabled={disabled}>
            <legend className="dp-legend-title">{t('dependencies.settings.holidays')}</legend>
            <p className="dp-field-hint">{t('dependencies.settings.holidaysHint')}</p>
            {form.holidays.length === 0 ? (
              <p className="dp-muted dp-small">{t('dependencies.settings.noHolidays')}</p>
            ) : (
              <ul className="dp-holiday-list" data-testid="settings-holidays">
                {form.holidays.map((date) => (
                  <li key={date} className="dp-holiday" data-date={date}>
                    <span className="dp-date">{date}</span>
                    <span className="dp-muted dp-small">{holidayWeekday(date)}</span>
                    <button
                      type="button"
                      className="dp-icon-button dp-holiday-remove"
                      aria-label={t('dependencies.settings.removeHoliday', { date })}
                      title={t('dependencies.settings.removeHoliday', { date })}
                      data-testid="settings-remove-holiday"
                      onClick={() => { edit(removeHoliday(form, date)); }}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="dp-holiday-add">
              <label htmlFor={fieldId('holiday')} className="dp-sr-only">{t('dependencies.settings.holidayInput')}</label>
              <input
                id={fieldId('holiday')}
                type="date"
                className={`dp-text-input ${holidayError === undefined ? '' : 'dp-input-invalid'}`}
                value={holidayDraft}
                aria-invalid={holidayError !== undefined}
                aria-describedby={holidayError === undefined ? undefined : fieldId('holiday-error')}
                data-testid="settings-holiday-input"
                onChange={(event) => { setHolidayDraft(event.target.value); setHolidayError(undefined); }}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  commitHoliday();
                }}
              />
              <button type="button" className="lc-button" data-testid="settings-add-holiday" onClick={commitHoliday}>{t('dependencies.settings.addHoliday')}</button>
            </div>
            {holidayError === undefined ? null : <FieldErrorText id={fieldId('holiday-error')} error={holidayError} t={t} language={language} />}
            {holidaysError === undefined ? null : <FieldErrorText id={fieldId('holidays-error')} error={holidaysError} t={t} language={language} />}
          </fieldset>

          <fieldset className="dp-fieldset" disabled={disabled}>
            <legend className="dp-legend-title">{t('dependencies.settings.linkTypes')}</legend>
            <p className="dp-field-hint">{t('dependencies.settings.linkTypesHint')}</p>
            <table className="dp-mapping-table">
              <thead>
                <tr>
                  <th scope="col">{t('dependencies.settings.linkTypeName')}</th>
                  <th scope="col">{t('dependencies.settings.linkTypeUsage')}</th>
                  <th scope="col">{t('dependencies.settings.linkTypeMapping')}</th>
                </tr>
              </thead>
              <tbody>
                {form.linkTypes.map((row) => (
                  <tr key={row.name} data-testid="settings-link-type" data-name={row.name}>
                    <th scope="row" className="dp-mapping-name">{row.name}</th>
                    <td className="dp-numeric dp-muted">{usage.get(row.name) ?? 0}</td>
                    <td>
                      <select
                        className="dp-select"
                        value={row.mapping}
                        aria-label={t('dependencies.settings.linkTypeSelect', { name: row.name })}
                        onChange={(event) => {
                          const mapping = LINK_MAPPINGS.find((candidate) => candidate === event.target.value);
                          if (mapping !== undefined) edit(setLinkMapping(form, row.name, mapping));
                        }}
                      >
                        {LINK_MAPPINGS.map((mapping) => <option key={mapping} value={mapping}>{mappingLabel(t, mapping)}</option>)}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {errorOf('linkTypes') === undefined ? null : <FieldErrorText id={fieldId('link-types-error')} error={{ code: 'invalid' }} t={t} language={language} />}
          </fieldset>
        </form>
        <footer className="dp-dialog-foot">
          {failure === undefined ? null : failure.code === 'FORBIDDEN' ? (
            <div role="alert" className="lc-error" data-error-code="FORBIDDEN" data-testid="settings-error">
              <span>{t('dependencies.settings.forbidden', { project: data.epic.projectKey })}</span>
            </div>
          ) : (
            <div className="dp-dialog-failure" data-testid="settings-error">
              {failure.code === 'CONFLICT' || failure.code === 'BAD_REQUEST' ? <ErrorMessage error={failure} /> : <ErrorMessage error={failure} onRetry={save} />}
              {failure.code === 'CONFLICT' ? (
                <button type="button" className="lc-button" data-testid="settings-reload" disabled={disabled} onClick={reloadSettings}>
                  {busy === 'reloading' ? t('dependencies.settings.reloading') : t('dependencies.settings.reload')}
                </button>
              ) : null}
            </div>
          )}
          {submitted && !outcome.ok ? <p role="alert" className="dp-field-error">{t('dependencies.settings.fixErrors')}</p> : null}
          <div className="dp-dialog-actions">
            <button type="button" className="lc-button" data-testid="cancel-settings" onClick={close}>{t('dependencies.settings.cancel')}</button>
            <button type="submit" form={fieldId('form')} className="lc-button dp-primary" data-testid="save-settings" disabled={disabled || !changed}>
              {busy === 'saving' ? t('dependencies.settings.saving') : t('dependencies.settings.save')}
            </button>
          </div>
          <p className="dp-field-hint dp-dialog-note" data-testid="settings-note">
            {!data.canAdminister
              ? t('dependencies.settings.readOnly')
              : changed ? t('dependencies.settings.adminOnly') : `${t('dependencies.settings.unchanged')} ${t('dependencies.settings.adminOnly')}`}
          </p>
        </footer>
      </div>
    </div>,
    document.body,
  );
}

function FieldErrorText({ id, error, t, language }: { readonly id: string; readonly error: FieldError; readonly t: Translate; readonly language: Language }) {
  return <p id={id} className="dp-field-error" data-testid="settings-field-error">{fieldErrorText(t, language, error)}</p>;
}

function formatLimit(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

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

function fieldLabel(t: Translate, field: 'hoursPerDay' | 'daysPerPoint' | 'assumedDays'): string {
  switch (field) {
    case 'hoursPerDay':
      return t('dependencies.settings.hoursPerDay');
    case 'daysPerPoint':
      return t('dependencies.settings.daysPerPoint');
    case 'assumedDays':
      return t('dependencies.settings.assumedDays');
  }
}

export function sourceLabel(t: Translate, source: DurationSource): string {
  switch (source) {
    case 'estimate':
      return t('dependencies.settings.sourceEstimate');
    case 'points':
      return t('dependencies.settings.sourcePoints');
    case 'dates':
      return t('dependencies.settings.sourceDates');
  }
}

function sourceHint(t: Translate, source: DurationSource): string {
  switch (source) {
    case 'estimate':
      return t('dependencies.settings.sourceEstimateHint');
    case 'points':
      return t('dependencies.settings.sourcePointsHint');
    case 'dates':
      return t('dependencies.settings.sourceDatesHint');
  }
}

function mappingLabel(t: Translate, mapping: LinkMapping): string {
  return mapping === 'ignore' ? t('dependencies.settings.ignore') : t(`dependencies.linkTypes.${mapping}`);
}
