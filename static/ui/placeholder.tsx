// The honest screen of a surface that is not built yet: says so plainly, and proves the app is connected.
import type { MessageKey } from './i18n';
import { useShell } from './app-shell';
import { ErrorMessage } from './error-message';
import { useCall } from './use-call';

export function Placeholder({ message }: { readonly message: MessageKey }) {
  const { t } = useShell();
  const { state, reload } = useCall('app/info', {});
  return (
    <section className="lc-placeholder" aria-labelledby="lc-placeholder-title">
      <h2 id="lc-placeholder-title" className="lc-placeholder-tag">{t('placeholder.notBuilt')}</h2>
      <p>{t(message)}</p>
      {state.status === 'failed' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'done' ? (
        <p className="lc-muted" data-testid="app-info" data-account-id={state.data.accountId}>
          {t('common.appVersion', { version: state.data.version })}
        </p>
      ) : null}
    </section>
  );
}
