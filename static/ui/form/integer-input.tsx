// A whole-number editor that commits on Enter or when it loses focus (one change, not one per keystroke);
// Escape, or anything but a whole number within bounds, puts the current value back.
import { useEffect, useState } from 'react';
import { NumberInput, type NativeInputProps } from './inputs';
import { parseInteger } from './integer-text';

export interface IntegerInputProps extends Omit<NativeInputProps, 'value' | 'min' | 'max' | 'step' | 'onChange' | 'onBlur' | 'onKeyDown'> {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onCommit: (value: number) => void;
}

export function IntegerInput({ value, min, max, onCommit, ...native }: IntegerInputProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => { setText(String(value)); }, [value]);
  const commit = () => {
    const next = parseInteger(text, min, max);
    if (next === undefined) setText(String(value));
    else if (next !== value) onCommit(next);
  };
  return (
    <NumberInput
      {...native}
      min={min}
      max={max}
      step={1}
      value={text}
      onChange={(event) => { setText(event.target.value); }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setText(String(value));
      }}
    />
  );
}
