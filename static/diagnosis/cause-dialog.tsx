// The cause picker of one anomaly or report item: a cause (a candidate beside it suggests its kind), a comment and
// whether the item stays open (carried over to tomorrow's report) or is closed. Saved with the day's report
// revision as read, so a colleague saving first is told, not overwritten.
import { useState } from 'react';
import type { AppError } from '../../src/contract';
import { CAUSES, type Cause, type ItemState } from '../../src/domain/diagnosis/vocabulary';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { Dialog } from '../ui/dialog/dialog';
import { Fieldset } from '../ui/form/fieldset';
import { RadioGroup } from '../ui/form/radio-group';
import { causeOfCandidate, type Candidate } from './anomaly-view';
import { CallFailure } from './not-available';

export interface CauseTarget {
  readonly itemId: string;
  readonly date: string;
  readonly title: string;
  readonly candidates: readonly Candidate[];
  readonly cause?: Cause | undefined;
  readonly comment?: string | undefined;
  readonly state?: ItemState | undefined;
  /** The report's revision, when the caller has read it. */
  readonly revision?: number | undefined;
}

export function CauseDialog({ projectKey, target, onClose, onSaved }: {
  readonly projectKey: string; readonly target: CauseTarget; readonly onClose: () => void; readonly onSaved: () => void;
}) {
  const { t } = useShell();
  const [cause, setCause] = useState<Cause>(target.cause ?? 'unknown');
  const [comment, setComment] = useState(target.comment ?? '');
  const [state, setState] = useState<ItemState>(target.state ?? 'open');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const save = async () => {
    setBusy(true);
    setError(undefined);
    let revision = target.revision;
    if (revision === undefined) {
      const report = await call('diagnosis/report', { projectKey, date: target.date });
      if (!report.ok) { setBusy(false); setError(report.error); return; }
      revision = report.data.revision;
    }
    const answer = await call('diagnosis/setCause', { projectKey, date: target.date, itemId: target.itemId, cause, comment, state, expectedRevision: revision });
    setBusy(false);
    if (!answer.ok) { setError(answer.error); return; }
    onSaved();
  };
  return (
    <Dialog title={t('diagnosis.cause.title')} description={target.title} onClose={onClose} onSubmit={() => { void save(); }} testId="dg-cause-dialog"
      footer={(
        <div className="dg-row">
          <span style={{ flex: '1 1 auto' }} />
          <button type="button" className="lc-button" data-testid="dg-cause-cancel" onClick={onClose}>{t('diagnosis.common.cancel')}</button>
          <button type="submit" className="lc-button dg-primary" data-testid="dg-cause-save" disabled={busy}>{t('diagnosis.cause.save')}</button>
        </div>
      )}>
      {target.candidates.length === 0 ? <p className="lc-muted">{t('diagnosis.cause.noCandidates')}</p> : (
        <ul className="dg-list">
          {target.candidates.map((candidate) => {
            const suggested = causeOfCandidate(candidate);
            return (
              <li key={`${candidate.kind}-${candidate.id}`} className="dg-row" data-testid="dg-cause-candidate" data-kind={candidate.kind}>
                <span>{t(`diagnosis.candidate.${candidate.kind}`)}: {candidate.label}</span>
                {suggested === undefined ? null : <button type="button" className="lc-button" data-testid="dg-cause-pick" onClick={() => { setCause(suggested); }}>{t('diagnosis.cause.pick')}</button>}
              </li>
            );
          })}
        </ul>
      )}
      <Fieldset legend={t('diagnosis.cause.legend')}>
        <RadioGroup name="dg-cause" value={cause} onChange={setCause} autoFocusChecked
          options={CAUSES.map((c) => ({ value: c, label: t(`diagnosis.causes.${c}`), testId: `dg-cause-${c}` }))} />
      </Fieldset>
      <label className="lc-field">
        <span className="lc-field-label">{t('diagnosis.cause.comment')}</span>
        <textarea className="dg-textarea" data-testid="dg-cause-comment" maxLength={4000} value={comment} onChange={(event) => { setComment(event.target.value); }} />
      </label>
      <Fieldset legend={t('diagnosis.cause.state')}>
        <RadioGroup name="dg-state" value={state} onChange={setState}
          options={[{ value: 'open', label: t('diagnosis.cause.open'), hint: t('diagnosis.cause.openHint') }, { value: 'closed', label: t('diagnosis.cause.closed') }]} />
      </Fieldset>
      {error === undefined ? null : <CallFailure error={error} onRetry={() => { void save(); }} testId="dg-cause" />}
    </Dialog>
  );
}
