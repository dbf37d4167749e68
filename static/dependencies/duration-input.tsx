// A what-if duration editor: a number field that commits on Enter or when it loses focus (one undo step per
// change, not per keystroke); Escape puts the current value back.
import { useEffect, useState } from 'react';

export interface DurationInputProps {
  readonly value: number;
  readonly label: string;
  readonly disabled?: boolean;
  readonly testId?: string;
  readonly onCommit: (duration: number) => void;
}

export function DurationInput({ value, label, disabled = false, testId, onCommit }: DurationInputProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => { setText(String(value)); }, [value]);
  const commit = () => {
    const next = Number(text);
    if (text.trim() === '' || !Number.isInteger(next) || next < 0 || next > 9999) {
      setText(String(value));
      return;
    }
    if (next !== value) onCommit(next);
  };
  return (
    <input
      type="number"
      className="dp-number-input"
      min={0}
      max={9999}
      step={1}
      value={text}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => { setText(event.target.value); }}
      onBlur={commit}
      onClick={(event) => { event.stopPropagation(); }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setText(String(value));
      }}
    />
  );
}
