// A what-if duration editor: the kit's whole-number editor over 0 to 9999 working days (one undo step per
// committed change); a click on it does not also select the row it sits in.
import { IntegerInput } from '../ui/form/integer-input';

export interface DurationInputProps {
  readonly value: number;
  readonly label: string;
  readonly disabled?: boolean;
  readonly testId?: string;
  readonly onCommit: (duration: number) => void;
}

export function DurationInput({ value, label, disabled = false, testId, onCommit }: DurationInputProps) {
  return (
    <IntegerInput
      value={value}
      min={0}
      max={9999}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onCommit={onCommit}
      onClick={(event) => { event.stopPropagation(); }}
    />
  );
}
