// The SOP status macro and byline item: owner, approver, version, last and next review (overdue flagged), state;
// the moves the caller may make (the server checks them again: only the named approver approves).
import { useState } from 'react';
import type { AppError, SopStatusView } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { Checkbox } from '../ui/form/checkbox';
import { Lozenge } from '../ui/status/lozenge';
import type { Appearance } from '../ui/status/appearance';
import { useCall } from '../ui/use-call';

const STATE_TONES: Readonly<Record<SopStatusView['state'], Appearance>> = { draft: 'default', 'in-review': 'info', approved: 'success', retired: 'warning' };

export function StateLozenge({ state }: { readonly state: SopStatusView['state'] }) {
  const { t } = useShell();
  return <Lozenge appearance={STATE_TONES[state]} data-testid="sop-state">{t(`sop.states.${state}`)}</Lozenge>;
}

export function StatusScreen({ pageId, compact }: { readonly pageId: string; readonly compact: boolean }) {
  const { t } = useShell();
  const { state, reload } = useCall('sop/status', { pageId });
  const [moved, setMoved] = useState<SopStatusView | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [major, setMajor] = useState(false);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('sop.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={reload} />;
  const status = moved ?? state.data;
  const review = status.review.overdue
    ? <Lozenge appearance="danger" data-testid="sop-review-overdue">{t('sop.status.overdue')}{status.review.due === undefined ? '' : ` · ${status.review.due}`}</Lozenge>
    : <span>{status.review.due ?? t('sop.status.never')}</span>;
  if (compact) {
    return (
      <div className="sop-byline" data-testid="sop-byline">
        <StateLozenge state={status.state} />
        <span>{t('sop.status.versionValue', { n: status.version })}</span>
        <span>{t('sop.status.owner')}: {status.ownerName}</span>
        <span>{t('sop.status.nextReview')}:</span>{review}
      </div>
    );
  }
  const act = async (action: SopStatusView['allowed'][number]) => {
    setError(undefined);
    const answer = await call('sop/statusAction', { pageId, action, revision: status.revision, ...(action === 'revise' ? { major } : {}) });
    if (answer.ok) setMoved(answer.data); else setError(answer.error);
  };
  return (
    <section className="sop-stack" aria-label={t('sop.status.owner')}>
      <div className="sop-row"><StateLozenge state={status.state} /><strong>{status.title}</strong></div>
      <dl className="sop-facts">
        <dt>{t('sop.status.owner')}</dt><dd>{status.ownerName}</dd>
        <dt>{t('sop.status.approver')}</dt><dd data-testid="sop-approver">{status.approverName}</dd>
        <dt>{t('sop.status.version')}</dt><dd>{t('sop.status.versionValue', { n: status.version })}</dd>
        <dt>{t('sop.status.lastReview')}</dt><dd>{status.lastReviewed ?? t('sop.status.never')}</dd>
        <dt>{t('sop.status.nextReview')}</dt><dd>{review}</dd>
      </dl>
      {status.allowed.length === 0 ? null : (
        <div className="sop-row">
          {status.allowed.map((action) => (
            <button key={action} type="button" className="lc-button" data-testid={`sop-action-${action}`} onClick={() => { void act(action); }}>{t(`sop.actions.${action}`)}</button>
          ))}
          {status.allowed.includes('revise') ? <Checkbox label={t('sop.status.majorRevision')} checked={major} onChange={setMajor} /> : null}
        </div>
      )}
      {error === undefined ? null : <ErrorMessage error={error} />}
    </section>
  );
}
