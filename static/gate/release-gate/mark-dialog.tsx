// Marks a manual criterion met or not met, with an evidence link and a comment; sent with the mark's version as
// read, so a mark someone made meanwhile is a conflict, never overwritten.
import { useState } from 'react';
import type { MarkState } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Field } from '../../ui/form/field';
import { Fieldset } from '../../ui/form/fieldset';
import { TextInput } from '../../ui/form/inputs';
import { RadioGroup } from '../../ui/form/radio-group';
import { ActionError } from '../shared/action-error';
import { checkEvidenceUrl } from '../shared/manual-input';
import type { GateAction } from '../shared/use-gate-action';
import { criterionEvidence, criterionName, type EvaluatedCriterion, type GateView } from '../shared/wording';

export interface EditDialogProps {
  readonly view: GateView;
  readonly item: EvaluatedCriterion;
  readonly action: GateAction;
  readonly onView: (view: GateView) => void;
  readonly onClose: () => void;
}

export function MarkDialog({ view, item, action, onView, onClose }: EditDialogProps) {
  const { t } = useShell();
  const [state, setState] = useState<MarkState>(item.mark?.state ?? 'met');
  const [url, setUrl] = useState(item.mark?.evidenceUrl ?? '');
  const [comment, setComment] = useState(item.mark?.comment ?? '');
  const [tried, setTried] = useState(false);
  const link = checkEvidenceUrl(url);
  const commentTooLong = comment.trim().length > 2000;
  const submit = async () => {
    setTried(true);
    if (!link.ok || commentTooLong) return;
    const done = await action.run(() => call('gate/markCriterion', {
      versionId: view.release.id, criterionId: item.criterion.id, state, evidenceUrl: link.url, comment: comment.trim(), expectedVersion: item.mark?.version ?? 0,
    }), onView);
    if (done) onClose();
  };
  const name = criterionName(t, item.criterion);
  return (
    <Dialog
      title={t('gate.mark.title', { criterion: name })} description={criterionEvidence(t, item.criterion)} onClose={onClose}
      onSubmit={() => { void submit(); }} testId="gate-mark-dialog"
      footer={(
        <>
          <ActionError error={action.error} onReload={onClose} />
          <div className="gate-row">
            <span className="gate-spacer" />
            <button type="button" className="lc-button" onClick={onClose}>{t('gate.common.cancel')}</button>
            <button type="submit" className="lc-button gate-primary" data-testid="gate-mark-submit" disabled={action.busy}>{t('gate.mark.submit')}</button>
          </div>
        </>
      )}
    >
      <Fieldset legend={t('gate.mark.state')}>
        <RadioGroup<MarkState> name="gate-mark-state" value={state} onChange={setState} autoFocusChecked options={[
          { value: 'met', label: t('gate.mark.met'), testId: 'gate-mark-met' },
          { value: 'not-met', label: t('gate.mark.notMet'), testId: 'gate-mark-not-met' },
        ]} />
      </Fieldset>
      <Field id="gate-mark-url" label={t('gate.mark.evidenceUrl')} hint={t('gate.mark.evidenceHint')} errorTestId="gate-mark-url-error"
        error={tried && !link.ok ? (link.error === 'badUrl' ? t('gate.mark.badUrl') : t('gate.mark.tooLong', { max: 2000 })) : undefined}>
        {(control) => <TextInput {...control} value={url} inputMode="url" data-testid="gate-mark-url" onChange={(e) => { setUrl(e.target.value); }} />}
      </Field>
      <Field id="gate-mark-comment" label={t('gate.mark.comment')} error={tried && commentTooLong ? t('gate.mark.tooLong', { max: 2000 }) : undefined}>
        {(control) => <textarea {...control} className="gate-textarea" value={comment} data-testid="gate-mark-comment" onChange={(e) => { setComment(e.target.value); }} />}
      </Field>
    </Dialog>
  );
}
