// A failed change of the gate: a conflict with someone else's change as a banner with a reload; anything else as
// the kit's error message.
import type { AppError } from '../../../src/contract';
import { useShell } from '../../ui/app-shell';
import { ErrorMessage } from '../../ui/error-message';
import { Banner } from '../../ui/status/banner';

export function ActionError({ error, onReload }: { readonly error: AppError | undefined; readonly onReload: () => void }) {
  const { t } = useShell();
  if (error === undefined) return null;
  if (error.code !== 'CONFLICT') return <ErrorMessage error={error} />;
  return (
    <Banner appearance="warning" role="alert" data-testid="gate-conflict" title={t('gate.common.conflictTitle')} detail={t('gate.common.conflictDetail')}>
      <button type="button" className="lc-button" data-testid="gate-conflict-reload" onClick={onReload}>{t('gate.common.reload')}</button>
    </Banner>
  );
}
