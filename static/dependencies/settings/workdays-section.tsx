// The working week: a box per weekday, Monday first, named in the user's language; at least one is needed.
import { useShell } from '../../ui/app-shell';
import { Checkbox } from '../../ui/form/checkbox';
import { Fieldset } from '../../ui/form/fieldset';
import { WEEKDAYS, type Weekday } from '../../../src/domain/schedule';
import type { FieldError } from './settings-form';
import { fieldErrorText, weekdayName } from './settings-wording';

export interface WorkdaysSectionProps {
  readonly workdays: readonly Weekday[];
  readonly disabled: boolean;
  readonly error: FieldError | undefined;
  readonly onToggle: (day: Weekday, on: boolean) => void;
}

export function WorkdaysSection({ workdays, disabled, error, onToggle }: WorkdaysSectionProps) {
  const { t, language } = useShell();
  return (
    <Fieldset
      legend={t('dependencies.settings.workdays')}
      disabled={disabled}
      error={error === undefined ? undefined : fieldErrorText(t, language, error)}
      errorTestId="settings-field-error"
    >
      <div className="dp-weekdays">
        {WEEKDAYS.map((day) => (
          <Checkbox
            key={day}
            className="dp-weekday"
            title={weekdayName(language, day, 'long')}
            label={weekdayName(language, day, 'short')}
            checked={workdays.includes(day)}
            data-testid={`settings-workday-${day}`}
            onChange={(on) => { onToggle(day, on); }}
          />
        ))}
      </div>
    </Fieldset>
  );
}
