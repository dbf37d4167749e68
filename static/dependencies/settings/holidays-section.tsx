// Holidays on top of the weekly pattern: the list, each with its weekday and a remove button, and a date field
// to add one (Enter or the button), refusing a bad or repeated date.
import { useId, useState } from 'react';
import { useShell } from '../../ui/app-shell';
import { FieldErrorMessage } from '../../ui/form/field-error-message';
import { fieldIds } from '../../ui/form/field-ids';
import { Fieldset } from '../../ui/form/fieldset';
import { DateInput } from '../../ui/form/inputs';
import { addHoliday, removeHoliday, type FieldError, type SettingsForm } from './settings-form';
import { fieldErrorText, weekdayOfDate } from './settings-wording';

export interface HolidaysSectionProps {
  readonly form: SettingsForm;
  readonly disabled: boolean;
  readonly error: FieldError | undefined;
  readonly onEdit: (form: SettingsForm) => void;
}

export function HolidaysSection({ form, disabled, error, onEdit }: HolidaysSectionProps) {
  const { t, language } = useShell();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<FieldError | undefined>(undefined);
  const commit = () => {
    const added = addHoliday(form, draft);
    if (!added.ok) {
      setDraftError(added.error);
      return;
    }
    onEdit(added.form);
    setDraft('');
    setDraftError(undefined);
  };
  const draftErrorId = fieldIds(inputId).error;
  return (
    <Fieldset
      legend={t('dependencies.settings.holidays')}
      hint={t('dependencies.settings.holidaysHint')}
      disabled={disabled}
      error={error === undefined ? undefined : fieldErrorText(t, language, error)}
      errorTestId="settings-field-error"
    >
      {form.holidays.length === 0 ? (
        <p className="dp-muted dp-small">{t('dependencies.settings.noHolidays')}</p>
      ) : (
        <ul className="dp-holiday-list" data-testid="settings-holidays">
          {form.holidays.map((date) => (
            <li key={date} className="dp-holiday" data-date={date}>
              <span className="dp-date">{date}</span>
              <span className="dp-muted dp-small">{weekdayOfDate(language, date)}</span>
              <button
                type="button"
                className="lc-icon-button dp-holiday-remove"
                aria-label={t('dependencies.settings.removeHoliday', { date })}
                title={t('dependencies.settings.removeHoliday', { date })}
                data-testid="settings-remove-holiday"
                onClick={() => { onEdit(removeHoliday(form, date)); }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dp-holiday-add">
        <label htmlFor={inputId} className="dp-sr-only">{t('dependencies.settings.holidayInput')}</label>
        <DateInput
          id={inputId}
          value={draft}
          aria-invalid={draftError !== undefined}
          aria-describedby={draftError === undefined ? undefined : draftErrorId}
          data-testid="settings-holiday-input"
          onChange={(event) => { setDraft(event.target.value); setDraftError(undefined); }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            commit();
          }}
        />
        <button type="button" className="lc-button" data-testid="settings-add-holiday" onClick={commit}>{t('dependencies.settings.addHoliday')}</button>
      </div>
      {draftError === undefined ? null : (
        <FieldErrorMessage id={draftErrorId} data-testid="settings-field-error">{fieldErrorText(t, language, draftError)}</FieldErrorMessage>
      )}
    </Fieldset>
  );
}
