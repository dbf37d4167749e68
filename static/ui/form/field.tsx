// One labelled form control with its hint and error message. The control is rendered by the caller from the
// props it is handed (id, aria-invalid, aria-describedby, required), so any input fits.
import type { ReactNode } from 'react';
import { FieldErrorMessage } from './field-error-message';
import { fieldControlProps, fieldIds, type FieldControlProps } from './field-ids';
import './field.css';

export interface FieldProps {
  /** The control's id. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** The message to show, already in the user's language; undefined when the value is fine. */
  readonly error?: string | undefined;
  readonly required?: boolean;
  /** data-testid of the error message while one is shown. */
  readonly errorTestId?: string;
  readonly children: (control: FieldControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, required = false, errorTestId, children }: FieldProps) {
  const ids = fieldIds(id);
  return (
    <div className="lc-field">
      <label htmlFor={id} className="lc-field-label">
        {label}
        {required ? <span className="lc-field-required" aria-hidden="true"> *</span> : null}
      </label>
      {children(fieldControlProps(id, { hint: hint !== undefined, error: error !== undefined, required }))}
      {hint === undefined ? null : <span id={ids.hint} className="lc-field-hint">{hint}</span>}
      <FieldErrorMessage id={ids.error} reserveSpace data-testid={error === undefined ? undefined : errorTestId}>{error ?? ''}</FieldErrorMessage>
    </div>
  );
}
