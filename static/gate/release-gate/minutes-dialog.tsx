// Exports the meeting minutes (criteria, evidence, sign-offs, exceptions, decision) as a page in the Confluence
// space the person names, and links to the page written.
import { useState } from 'react';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Field } from '../../ui/form/field';
import { TextInput } from '../../ui/form/inputs';
import { Banner } from '../../ui/status/banner';
import { ActionError } from '../shared/action-error';
import { useGateAction } from '../shared/use-gate-action';
import type { GateView } from '../shared/wording';

export const isSpaceKey = (text: string): boolean => /^[A-Za-z0-9~]{1,255}$/.test(text.trim());

export function MinutesDialog({ view, onClose }: { readonly view: GateView; readonly onClose: () => void }) {
  const { t } = useShell();
  const action = useGateAction();
  const [space, setSpace] = useState('');
  const [tried, setTried] = useState(false);
  const [written, setWritten] = useState<{ readonly title: string; readonly url: string } | undefined>(undefined);
  const submit = async () => {
    setTried(true);
    if (!isSpaceKey(space)) return;
    await action.run(() => call('gate/exportMinutes', { versionId: view.release.id, spaceKey: space.trim() }), (page) => { setWritten(page); });
  };
  return (
    <Dialog
      title={t('gate.minutes.title')} description={t('gate.minutes.intro')} onClose={onClose} onSubmit={() => { void submit(); }} testId="gate-minutes-dialog"
      footer={(
        <>
          <ActionError error={action.error} onReload={onClose} />
          <div className="gate-row">
            <span className="gate-spacer" />
            <button type="button" className="lc-button" onClick={onClose}>{t('gate.common.cancel')}</button>
            <button type="submit" className="lc-button gate-primary" data-testid="gate-minutes-submit" disabled={action.busy}>{t('gate.minutes.submit')}</button>
          </div>
        </>
      )}
    >
      <Field id="gate-minutes-space" label={t('gate.minutes.space')} hint={t('gate.minutes.spaceHint')} required
        error={tried && !isSpaceKey(space) ? t('gate.minutes.badSpace') : undefined} errorTestId="gate-minutes-space-error">
        {(control) => <TextInput {...control} value={space} data-autofocus="" data-testid="gate-minutes-space" onChange={(e) => { setSpace(e.target.value); }} />}
      </Field>
      {written === undefined ? null : (
        <Banner appearance="success" data-testid="gate-minutes-done" title={t('gate.minutes.done', { title: written.title })}>
          <a href={written.url} target="_blank" rel="noreferrer noopener">{t('gate.minutes.open')}</a>
        </Banner>
      )}
    </Dialog>
  );
}
