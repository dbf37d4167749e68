// How long a unit of estimate is: hours per working day, working days per story point, and the days assumed
// for an issue with no data. Checked as typed; a field's error shows once it is left (or a save was tried).
import { useId } from 'react';
import { useShell } from '../../ui/app-shell';
import { Field } from '../../ui/form/field';
import { NumberInput } from '../../ui/form/inputs';
import type { FieldError, SettingsField, SettingsForm } from './settings-form';
import { fieldErrorText, numberSettingHint, numberSettingLabel, type NumberSetting } from './settings-wording';

export interface DurationUnitsSectionProps {
  readonly form: SettingsForm;
  readonly disabled: boolean;
  readonly errorOf: (field: SettingsField) => FieldError | undefined;
  readonly onEdit: (form: SettingsForm) => void;
  readonly onLeave: (field: SettingsField) => void;
}

const UNITS: readonly { readonly field: NumberSetting; readonly step: number; readonly min: number; readonly max: number }[] = [
  { field: 'hoursPerDay', step: 0.5, min: 0.5, max: 24 },
  { field: 'daysPerPoint', step: 0.5, min: 0.5, max: 30 },
  { field: 'assumedDays', step: 1, min: 0, max: 60 },
];

export function DurationUnitsSection({ form, disabled, errorOf, onEdit, onLeave }: DurationUnitsSectionProps) {
  const { t, language } = useShell();
  const id = useId();
  return (
    <div className="dp-field-grid">
      {UNITS.map(({ field, step, min, max }) => {
        const error = errorOf(field);
        return (
          <Field
            key={field}
            id={`${id}-${field}`}
            label={numberSettingLabel(t, field)}
            hint={numberSettingHint(t, field)}
            error={error === undefined ? undefined : fieldErrorText(t, language, error)}
            errorTestId="settings-field-error"
          >
            {(control) => (
              <NumberInput
                {...control}
                inputMode="decimal"
                className="dp-settings-number"
                step={step}
                min={min}
                max={max}
                value={form[field]}
                disabled={disabled}
                data-testid={`settings-${field}`}
                onChange={(event) => { onEdit({ ...form, [field]: event.target.value }); }}
                onBlur={() => { onLeave(field); }}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}
