// The status API token, for project admins: whether one exists and since when, create or rotate (rotating asks
// first, since it cuts off the pipelines that use the old one), and the new token shown this once.
import { useState } from 'react';
import { call } from '../../ui/call';
import { useShell } from '../../ui/app-shell';
import { Dialog } from '../../ui/dialog/dialog';
import { ErrorMessage } from '../../ui/error-message';
import { Banner } from '../../ui/status/banner';
import { useGateAction } from '../shared/use-gate-action';
import { formatInstant } from '../shared/wording';

interface TokenPanelProps {
  readonly projectKey: string;
  readonly token: { readonly exists: boolean; readonly createdAt: string | null };
}

export function TokenPanel({ projectKey, token: initial }: TokenPanelProps) {
  const { t, language } = useShell();
  const action = useGateAction();
  const [confirming, setConfirming] = useState(false);
  const [fresh, setFresh] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  // Kept here, not reloaded with the list: a reload would unmount the panel and lose the token shown once.
  const [token, setToken] = useState(initial);
  const rotate = async () => {
    setConfirming(false);
    await action.run(() => call('gate/rotateToken', { projectKey }), (data) => { setFresh(data.token); setCopied(false); setToken({ exists: true, createdAt: data.createdAt }); });
  };
  return (
    <div className="gate-stack" data-testid="gate-token">
      <p className="lc-muted">{t('gate.token.intro')}</p>
      <p data-testid="gate-token-state">{token.exists && token.createdAt !== null ? t('gate.token.exists', { date: formatInstant(language, token.createdAt) }) : t('gate.token.none')}</p>
      <div className="gate-row">
        <button type="button" className="lc-button gate-primary" data-testid="gate-token-rotate" disabled={action.busy}
          onClick={() => { if (token.exists) setConfirming(true); else void rotate(); }}>
          {token.exists ? t('gate.token.rotate') : t('gate.token.create')}
        </button>
      </div>
      {action.error === undefined ? null : <ErrorMessage error={action.error} />}
      {fresh === undefined ? null : (
        <Banner appearance="warning" title={t('gate.token.shownOnce')}>
          <div className="gate-row">
            <code className="gate-token" aria-label={t('gate.token.tokenLabel')} data-testid="gate-token-value">{fresh}</code>
            <button type="button" className="lc-button" onClick={() => {
              void navigator.clipboard.writeText(fresh).then(() => { setCopied(true); }, () => { setCopied(false); });
            }}>{copied ? t('gate.token.copied') : t('gate.token.copy')}</button>
          </div>
        </Banner>
      )}
      {confirming ? (
        <Dialog
          title={t('gate.token.rotateTitle')} description={t('gate.token.rotateDetail')} onClose={() => { setConfirming(false); }}
          onSubmit={() => { void rotate(); }} testId="gate-token-confirm"
          footer={(
            <div className="gate-row">
              <span className="gate-spacer" />
              <button type="button" className="lc-button" onClick={() => { setConfirming(false); }}>{t('gate.common.cancel')}</button>
              <button type="submit" className="lc-button gate-danger" data-autofocus="">{t('gate.token.rotate')}</button>
            </div>
          )}
        >
          <span />
        </Dialog>
      ) : null}
    </div>
  );
}
