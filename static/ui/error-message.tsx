// An error value shown in the user's language, with a retry where one makes sense.
import type { AppError } from '../../src/contract';
import { useShell } from './app-shell';

export function ErrorMessage({ error, onRetry }: { readonly error: AppError; readonly onRetry?: () => void }) {
  const { t } = useShell();
  return (
    <div role="alert" className="lc-error" data-error-code={error.code}>
      <span>{t(`errors.${error.code}`, { message: error.message })}</span>
      {onRetry === undefined ? null : <button type="button" className="lc-button" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}
