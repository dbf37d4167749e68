// Keyboard and focus behaviour of a modal dialog: the page behind goes inert, focus starts inside, Tab and
// Shift+Tab wrap around within the dialog, Escape closes it, and focus returns to the opener on close.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** `background` is made inert while the dialog is open (the dialog itself is rendered outside it). */
export function useModalFocus(
  dialog: RefObject<HTMLElement | null>,
  onClose: () => void,
  background: () => HTMLElement | null,
): (event: KeyboardEvent<HTMLElement>) => void {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    const behind = background();
    behind?.setAttribute('inert', '');
    behind?.setAttribute('aria-hidden', 'true');
    const element = dialog.current;
    const first = element?.querySelector<HTMLElement>('[data-autofocus]') ?? element?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? element)?.focus();
    return () => {
      behind?.removeAttribute('inert');
      behind?.removeAttribute('aria-hidden');
      const previous = opener.current;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, [dialog, background]);

  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    // Keys stay inside the modal: the panel's own shortcuts (undo, Escape for the inspector) must not fire.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const element = dialog.current;
    if (element === null) return;
    const focusable = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((candidate) => candidate.offsetParent !== null);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (first === undefined || last === undefined) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === element)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }, [dialog, onClose]);
}
