// An error value shown in the user's language, with a retry where one makes sense: worded by its reason when it
// has one, else by its code. The English `message` is for logs, never shown.
import type { AppError } from '../../src/contract';
import { useShell } from './app-shell';

export function ErrorMessage({ error, onRetry }: { readonly error: AppError; readonly onRetry?: () => void }) {
  const { t } = useShell();
  return (
    <div role="alert" className="lc-error" data-error-code={error.code} data-error-reason={error.reason}>
      <span>{error.reason === undefined ? t(`errors.${error.code}`) : t(`errors.reasons.${error.reason}`)}</span>
      {onRetry === undefined ? null : <button type="button" className="lc-button" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}
