// Creates an SOP page from a template in this space: title, the named approver (from the site's Confluence
// users), the roster group for an assessed SOP, and the page's language. Errors come back worded by reason.
import { useState } from 'react';
import type { AppError, OutputOf } from '../../src/contract';
import { SOP_LOCALES, type SopLocale } from '../../src/domain/sop/roles';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { Dialog } from '../ui/dialog/dialog';
import { ErrorMessage } from '../ui/error-message';
import { Field } from '../ui/form/field';
import { TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { useCall } from '../ui/use-call';

type Template = OutputOf<'sop/templates'>['templates'][number];

export function CreatePageDialog({ spaceKey, template, initialLocale, onCreated, onClose }: {
  readonly spaceKey: string; readonly template: Template; readonly initialLocale: SopLocale;
  readonly onCreated: (page: OutputOf<'sop/createPage'>) => void; readonly onClose: () => void;
}) {
  const { t } = useShell();
  const people = useCall('sop/groupMembers', { group: 'confluence-users' });
  const [title, setTitle] = useState(template.title);
  const [approver, setApprover] = useState('');
  const [roster, setRoster] = useState(template.questions > 0 ? 'lc-cs' : '');
  const [locale, setLocale] = useState<SopLocale>(initialLocale);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [titleError, setTitleError] = useState(false);
  const members = people.state.status === 'done' ? people.state.data.members : [];
  const chosen = approver === '' ? members[0]?.accountId ?? '' : approver;
  const submit = async () => {
    if (title.trim() === '') { setTitleError(true); return; }
    setError(undefined);
    const answer = await call('sop/createPage', {
      spaceKey, templateId: template.id, locale, title: title.trim(), approverId: chosen,
      ...(roster.trim() === '' ? {} : { rosterGroup: roster.trim() }),
    });
    if (answer.ok) onCreated(answer.data); else setError(answer.error);
  };
  return (
    <Dialog
      title={t('sop.create.title', { template: template.title })} onClose={onClose} onSubmit={() => { void submit(); }} testId="sop-create"
      footer={<><button type="button" className="lc-button" onClick={onClose}>{t('sop.create.cancel')}</button><button type="submit" className="lc-button sop-primary" data-testid="sop-create-submit" disabled={chosen === ''}>{t('sop.create.submit')}</button></>}
    >
      <Field id="sop-create-title" label={t('sop.create.pageTitle')} required error={titleError ? t('sop.create.titleRequired') : undefined}>
        {(control) => <TextInput {...control} data-autofocus="" data-testid="sop-create-title" value={title} maxLength={255} onChange={(e) => { setTitle(e.target.value); setTitleError(false); }} />}
      </Field>
      <Field id="sop-create-approver" label={t('sop.create.approver')} hint={t('sop.create.approverHint')} required>
        {(control) => <Select {...control} data-testid="sop-create-approver" options={members.map((m) => ({ value: m.accountId, label: m.displayName }))} value={chosen} onChange={setApprover} />}
      </Field>
      {people.state.status === 'failed' ? <ErrorMessage error={people.state.error} onRetry={people.reload} /> : null}
      {template.questions === 0 ? null : (
        <Field id="sop-create-roster" label={t('sop.create.roster')} hint={t('sop.create.rosterHint')}>
          {(control) => <TextInput {...control} data-testid="sop-create-roster" value={roster} maxLength={255} onChange={(e) => { setRoster(e.target.value); }} />}
        </Field>
      )}
      <Field id="sop-create-language" label={t('sop.create.language')}>
        {(control) => <Select {...control} options={SOP_LOCALES.map((l) => ({ value: l, label: t(`sop.languages.${l}`) }))} value={locale} onChange={setLocale} />}
      </Field>
      {error === undefined ? null : <ErrorMessage error={error} />}
    </Dialog>
  );
}
