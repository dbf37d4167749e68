// Keyboard and focus behaviour of a modal dialog: the page behind goes inert, focus starts inside, Tab and
// Shift+Tab wrap around within the dialog, Escape closes it, and focus returns to the opener on close.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { focusAfterTab } from './focus-wrap';

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
    // Keys stay inside the modal: the page's own shortcuts (undo, Escape for a side panel) must not fire.
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
    const move = focusAfterTab<Element>(focusable, document.activeElement, element, event.shiftKey);
    switch (move.kind) {
      case 'native':
        return;
      case 'stay':
        event.preventDefault();
        return;
      case 'focus':
        event.preventDefault();
        if (move.target instanceof HTMLElement) move.target.focus();
    }
  }, [dialog, onClose]);
}
