// One choice out of a few, as radios each with a label and an optional hint below it. Put it in a Fieldset,
// whose legend names the choice.
import './field.css';

export interface RadioOption<Value extends string> {
  readonly value: Value;
  readonly label: string;
  readonly hint?: string;
  readonly testId?: string;
}

export interface RadioGroupProps<Value extends string> {
  /** The radios' name: unique on the page. */
  readonly name: string;
  readonly options: readonly RadioOption<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  /** Marks the checked radio as where a Dialog puts focus when it opens. */
  readonly autoFocusChecked?: boolean;
}

export function RadioGroup<Value extends string>({ name, options, value, onChange, autoFocusChecked = false }: RadioGroupProps<Value>) {
  return (
    <div className="lc-radio-list">
      {options.map((option) => (
        <label key={option.value} className="lc-choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            data-autofocus={autoFocusChecked && option.value === value ? '' : undefined}
            data-testid={option.testId}
            onChange={() => { onChange(option.value); }}
          />
          <span>
            <span className="lc-choice-label">{option.label}</span>
            {option.hint === undefined ? null : <span className="lc-field-hint">{option.hint}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}
