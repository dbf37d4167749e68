// The decision: GO only when the rules allow it (all green, every function validly signed); GO with exceptions
// for the release owner, with a reason per criterion that is not green; NO-GO with a reason. Sent with the log's
// head as the page saw it, so a decision someone recorded meanwhile is a conflict, not a lost write.
import { useState } from 'react';
import type { DecisionKind } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Field } from '../../ui/form/field';
import { Banner } from '../../ui/status/banner';
import { ActionError } from '../shared/action-error';
import { decisionProblems, goBlockers } from '../shared/decision-rules';
import { useGateAction } from '../shared/use-gate-action';
import { criterionName, decisionAppearance, decisionText, formatInstant, statusText, type GateView } from '../shared/wording';
import type { PanelProps } from './criteria-panel';

export function DecisionPanel({ view, onView, onReload }: PanelProps) {
  const { t, language } = useShell();
  const action = useGateAction();
  const [deciding, setDeciding] = useState<DecisionKind | undefined>(undefined);
  const blockers = goBlockers(view);
  const current = view.decision;
  const byName = (id: string) => view.history.records.find((r) => r.by === id)?.byName ?? id;
  return (
    <div className="gate-stack" data-testid="gate-decide">
      <p className="lc-muted">{t('gate.decide.intro')}</p>
      {current === null ? null : (
        <Banner appearance={decisionAppearance(current.kind)} data-testid="gate-current-decision"
          title={t('gate.decide.current', { decision: decisionText(t, current.kind), time: formatInstant(language, current.at), name: byName(current.by) })} />
      )}
      <ActionError error={deciding === undefined ? action.error : undefined} onReload={() => { action.clear(); onReload(); }} />
      <div className="gate-row">
        <button type="button" className="lc-button gate-primary" data-testid="gate-decide-go" disabled={!view.allowed.GO} onClick={() => { setDeciding('GO'); }}>{t('gate.decide.go')}</button>
        <button type="button" className="lc-button" data-testid="gate-decide-exceptions" disabled={!view.allowed.GO_WITH_EXCEPTIONS} onClick={() => { setDeciding('GO_WITH_EXCEPTIONS'); }}>{t('gate.decide.goWithExceptions')}</button>
        <button type="button" className="lc-button gate-danger" data-testid="gate-decide-nogo" disabled={!view.allowed.NO_GO} onClick={() => { setDeciding('NO_GO'); }}>{t('gate.decide.noGo')}</button>
      </div>
      {blockers.length === 0 ? null : (
        <p className="lc-muted" data-testid="gate-go-blocked">
          {t('gate.decide.goBlocked', { why: blockers.map((b) => (b === 'not-green' ? t('gate.decide.whyNotGreen') : t('gate.decide.whyNotSigned'))).join('; ') })}
        </p>
      )}
      {view.isOwner ? null : <p className="lc-muted gate-small">{t('gate.decide.ownerOnly')}</p>}
      {deciding === undefined ? null : (
        <DecisionDialog view={view} kind={deciding} action={action} onView={onView} onReload={onReload} onClose={() => { setDeciding(undefined); action.clear(); }} />
      )}
    </div>
  );
}

interface DecisionDialogProps {
  readonly view: GateView;
  readonly kind: DecisionKind;
  readonly action: ReturnType<typeof useGateAction>;
  readonly onView: (view: GateView) => void;
  readonly onReload: () => void;
  readonly onClose: () => void;
}

function DecisionDialog({ view, kind, action, onView, onReload, onClose }: DecisionDialogProps) {
  const { t } = useShell();
  const [reason, setReason] = useState('');
  const [exceptions, setExceptions] = useState<Readonly<Record<string, string>>>({});
  const [tried, setTried] = useState(false);
  const needing = kind === 'GO_WITH_EXCEPTIONS' ? view.criteria.filter((c) => view.needsException.includes(c.criterion.id)) : [];
  const problems = decisionProblems(kind, reason, needing.map((c) => c.criterion.id), exceptions);
  const submit = async () => {
    setTried(true);
    if (problems.reason || problems.exceptions.length > 0) return;
    const done = await action.run(() => call('gate/decide', {
      versionId: view.release.id, kind, reason: reason.trim(),
      exceptions: needing.map((c) => ({ criterionId: c.criterion.id, reason: (exceptions[c.criterion.id] ?? '').trim() })),
      expectedHead: view.history.chain.head,
    }), onView);
    if (done) onClose();
  };
  const title = kind === 'GO' ? t('gate.decide.titleGo', { release: view.release.name })
    : kind === 'GO_WITH_EXCEPTIONS' ? t('gate.decide.titleExceptions', { release: view.release.name })
    : t('gate.decide.titleNoGo', { release: view.release.name });
  return (
    <Dialog
      title={title} onClose={onClose} onSubmit={() => { void submit(); }} testId="gate-decide-dialog"
      footer={(
        <>
          <ActionError error={action.error} onReload={() => { onClose(); onReload(); }} />
          <div className="gate-row">
            <span className="gate-spacer" />
            <button type="button" className="lc-button" onClick={onClose}>{t('gate.common.cancel')}</button>
            <button type="submit" className={`lc-button ${kind === 'NO_GO' ? 'gate-danger' : 'gate-primary'}`} data-testid="gate-decide-submit" disabled={action.busy}>{t('gate.decide.submit')}</button>
          </div>
        </>
      )}
    >
      <Field id="gate-decide-reason" label={t('gate.decide.reason')} required={kind !== 'GO'} errorTestId="gate-decide-reason-error"
        error={tried && problems.reason ? t('gate.decide.reasonRequired') : undefined}>
        {(control) => <textarea {...control} className="gate-textarea" data-autofocus="" data-testid="gate-decide-reason" value={reason} maxLength={2000} onChange={(e) => { setReason(e.target.value); }} />}
      </Field>
      {needing.length === 0 ? null : (
        <div className="gate-exceptions">
          {needing.map((c) => (
            <Field key={c.criterion.id} id={`gate-exception-${c.criterion.id}`} required
              label={t('gate.decide.exceptionReason', { criterion: criterionName(t, c.criterion), status: statusText(t, c.status) })}
              error={tried && problems.exceptions.includes(c.criterion.id) ? t('gate.decide.exceptionRequired') : undefined}>
              {(control) => (
                <textarea {...control} className="gate-textarea" data-testid={`gate-exception-${c.criterion.id}`} maxLength={1000}
                  value={exceptions[c.criterion.id] ?? ''} onChange={(e) => { setExceptions({ ...exceptions, [c.criterion.id]: e.target.value }); }} />
              )}
            </Field>
          ))}
        </div>
      )}
    </Dialog>
  );
}
