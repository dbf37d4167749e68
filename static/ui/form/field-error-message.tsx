// A field's error message in the danger colour. With `reserveSpace` it keeps its line even when empty, so an
// error shown on blur does not move what is below it (under the pointer).
import type { HTMLAttributes } from 'react';
import './field.css';

export interface FieldErrorMessageProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'className'> {
  readonly reserveSpace?: boolean;
}

export function FieldErrorMessage({ reserveSpace = false, ...native }: FieldErrorMessageProps) {
  return <p {...native} className={reserveSpace ? 'lc-field-error lc-field-error-slot' : 'lc-field-error'} />;
}
