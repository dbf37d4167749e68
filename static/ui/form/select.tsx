// A select over a closed set of string values: the options are passed in, and onChange hands back one of
// them, typed, never the raw text of the DOM event.
import type { SelectHTMLAttributes } from 'react';
import { withKitClass } from '../with-kit-class';
import './inputs.css';

export interface SelectOption<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

export interface SelectProps<Value extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  readonly options: readonly SelectOption<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}

export function Select<Value extends string>({ options, value, onChange, className, ...native }: SelectProps<Value>) {
  return (
    <select
      {...native}
      className={withKitClass('lc-input lc-select', className)}
      value={value}
      onChange={(event) => {
        const chosen = options.find((option) => option.value === event.target.value);
        if (chosen !== undefined) onChange(chosen.value);
      }}
    >
      {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
    </select>
  );
}
