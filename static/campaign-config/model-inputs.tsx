// The model inputs of the config screen: duration, fees, fixed and variable costs, baseline volume, the low /
// base / high daily lift, the expected treatment share of the split and the audit's baseline window; each field
// with its unit and its error.
import { useShell } from '../ui/app-shell';
import { Field } from '../ui/form/field';
import { DateInput, TextInput } from '../ui/form/inputs';
import { DATE_FIELDS, MODEL_FIELDS, type FormReading, type ModelField, type ModelForm } from './model-form';

export interface ModelInputsProps {
  readonly form: ModelForm;
  readonly errors: Extract<FormReading, { ok: false }>['errors'];
  readonly onChange: (field: ModelField, value: string) => void;
}

export function ModelInputs({ form, errors, onChange }: ModelInputsProps) {
  const { t } = useShell();
  return (
    <div className="cc-model" data-testid="cc-model">
      {MODEL_FIELDS.map((field) => {
        const error = errors[field];
        return (
          <Field key={field} id={`cc-${field}`} label={t(`campaignConfig.model.${field}`)} error={error === undefined ? undefined : t(`campaignConfig.model.errors.${error}`)} errorTestId={`cc-${field}-error`}>
            {(control) => ((DATE_FIELDS as readonly string[]).includes(field)
              ? <DateInput {...control} data-testid={`cc-${field}`} value={form[field]} onChange={(event) => { onChange(field, event.target.value); }} />
              : <TextInput {...control} inputMode="decimal" data-testid={`cc-${field}`} value={form[field]} onChange={(event) => { onChange(field, event.target.value); }} />)}
          </Field>
        );
      })}
    </div>
  );
}
