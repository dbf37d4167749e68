// What a tab shows when its call fails: UNAVAILABLE (a part whose service is not there yet, or cannot be reached)
// as a plain "not available yet" state that claims nothing; any other error as the kit's error message.
import type { AppError } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { ErrorMessage } from '../ui/error-message';
import { Banner } from '../ui/status/banner';

export function CallFailure({ error, onRetry, testId }: { readonly error: AppError; readonly onRetry: () => void; readonly testId: string }) {
  const { t } = useShell();
  if (error.code !== 'UNAVAILABLE') return <div data-testid={`${testId}-error`}><ErrorMessage error={error} onRetry={onRetry} /></div>;
  return (
    <Banner appearance="info" data-testid={`${testId}-unavailable`} title={t('diagnosis.common.notAvailableTitle')} detail={t('diagnosis.common.notAvailableDetail')}>
      <button type="button" className="lc-button" onClick={onRetry}>{t('common.retry')}</button>
    </Banner>
  );
}
