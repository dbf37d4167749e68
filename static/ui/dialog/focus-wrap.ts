// Where Tab and Shift+Tab go inside a modal dialog: from the last focusable element round to the first and
// back; with nothing focusable, nowhere. Generic over the element type, so it is tested without a DOM.

export type FocusMove<Element> =
  | { readonly kind: 'native' }
  | { readonly kind: 'stay' }
  | { readonly kind: 'focus'; readonly target: Element };

/** The move for a Tab (`backwards` for Shift+Tab) from `active`, given the dialog's focusable elements in order. */
export function focusAfterTab<Element>(focusable: readonly Element[], active: Element | null, dialog: Element, backwards: boolean): FocusMove<Element> {
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (first === undefined || last === undefined) return { kind: 'stay' };
  if (backwards && (active === first || active === dialog)) return { kind: 'focus', target: last };
  if (!backwards && active === last) return { kind: 'focus', target: first };
  return { kind: 'native' };
}
