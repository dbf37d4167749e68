// A group of controls under one legend (a set of checkboxes or radios, a list editor), with an optional hint
// below the legend and an error message at the end, both tied to the group with aria-describedby.
import { useId, type ReactNode } from 'react';
import { FieldErrorMessage } from './field-error-message';
import { describedBy, fieldIds } from './field-ids';
import './field.css';

export interface FieldsetProps {
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  /** data-testid of the error message while one is shown. */
  readonly errorTestId?: string;
  readonly disabled?: boolean;
  readonly children: ReactNode;
}

export function Fieldset({ legend, hint, error, errorTestId, disabled = false, children }: FieldsetProps) {
  const ids = fieldIds(useId());
  return (
    <fieldset className="lc-fieldset" disabled={disabled} aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}>
      <legend className="lc-fieldset-legend">{legend}</legend>
      {hint === undefined ? null : <p id={ids.hint} className="lc-field-hint">{hint}</p>}
      {children}
      {error === undefined ? null : <FieldErrorMessage id={ids.error} data-testid={errorTestId}>{error}</FieldErrorMessage>}
    </fieldset>
  );
}
