// A modal dialog in a portal over the page: a title with a close button, a body and an optional footer. Focus
// starts on the element marked `data-autofocus` (else the first control), Tab stays inside, Escape and ×
// close, focus returns to the opener, and the page behind is inert and hidden from assistive technology.
import { useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useShell } from '../app-shell';
import { useModalFocus } from './use-modal-focus';
import './dialog.css';

export interface DialogProps {
  readonly title: string;
  /** A short text at the top of the body: the dialog's accessible description. */
  readonly description?: ReactNode;
  readonly onClose: () => void;
  /** When given, body and footer are one form: Enter in a field, or a submit button in the footer, calls it. */
  readonly onSubmit?: () => void;
  readonly footer?: ReactNode;
  readonly children: ReactNode;
  readonly testId?: string;
}

/** Where mountSurface renders the page: what goes inert behind the dialog. */
const pageRoot = () => document.getElementById('root');

export function Dialog({ title, description, onClose, onSubmit, footer, children, testId }: DialogProps) {
  const { t } = useShell();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const onKeyDown = useModalFocus(dialog, onClose, pageRoot);
  const content = (
    <>
      <div className="lc-dialog-body">
        {description === undefined ? null : <p id={`${id}-description`} className="lc-dialog-description">{description}</p>}
        {children}
      </div>
      {footer === undefined ? null : <footer className="lc-dialog-foot">{footer}</footer>}
    </>
  );
  return createPortal(
    <div className="lc-dialog-backdrop">
      <div
        ref={dialog}
        className="lc-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description === undefined ? undefined : `${id}-description`}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="lc-dialog-head">
          <h2 id={`${id}-title`} className="lc-dialog-title">{title}</h2>
          <button type="button" className="lc-icon-button" aria-label={t('ui.dialog.close')} title={t('ui.dialog.close')} onClick={onClose}>×</button>
        </header>
        {onSubmit === undefined ? content : (
          <form className="lc-dialog-form" noValidate onSubmit={(event) => { event.preventDefault(); onSubmit(); }}>{content}</form>
        )}
      </div>
    </div>,
    document.body,
  );
}
