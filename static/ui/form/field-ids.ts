// How a form control is tied to its hint and error message for assistive technology: the ids, and the
// attributes the control carries (aria-describedby, aria-invalid, required). Pure, so it is tested without a DOM.

export interface FieldIds {
  readonly hint: string;
  readonly error: string;
}

/** The attributes a Field hands to its control. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
  readonly required: boolean;
}

export function fieldIds(id: string): FieldIds {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The ids that are there, space-separated; undefined when there are none. */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length === 0 ? undefined : present.join(' ');
}

export function fieldControlProps(
  id: string,
  shown: { readonly hint: boolean; readonly error: boolean; readonly required: boolean },
): FieldControlProps {
  const ids = fieldIds(id);
  return {
    id,
    'aria-invalid': shown.error,
    'aria-describedby': describedBy(shown.hint && ids.hint, shown.error && ids.error),
    required: shown.required,
  };
}
