// Creates a post-mortem action item's Jira issue: the project (those the user may create issues in), the assignee
// (people assignable there, searched by name; the item's owner first when assignable) and, from the item, the
// summary and due date. The server creates it as the user, once, and links it back to the page.
import { useState } from 'react';
import type { ActionItemView, AppError, OutputOf } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { Dialog } from '../ui/dialog/dialog';
import { ErrorMessage } from '../ui/error-message';
import { Field } from '../ui/form/field';
import { TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { useCall } from '../ui/use-call';

export function ActionIssueDialog({ pageId, item, ownerName, onCreated, onClose }: {
  readonly pageId: string; readonly item: ActionItemView; readonly ownerName: string;
  readonly onCreated: (answer: OutputOf<'sop/createActionIssue'>) => void; readonly onClose: () => void;
}) {
  const { t } = useShell();
  const [projectKey, setProjectKey] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState('');
  const options = useCall('sop/actionIssueOptions', { ...(projectKey === undefined ? {} : { projectKey }), query });
  const [assignee, setAssignee] = useState<string | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const loaded = options.state.status === 'done' ? options.state.data : undefined;
  const assignees = loaded?.assignees ?? [];
  const chosenAssignee = assignee !== undefined && assignees.some((a) => a.accountId === assignee) ? assignee
    : assignees.find((a) => a.accountId === item.ownerId)?.accountId ?? assignees[0]?.accountId ?? '';
  const chosenProject = loaded?.projectKey ?? '';
  const submit = async () => {
    if (chosenProject === '' || chosenAssignee === '') return;
    setBusy(true);
    setError(undefined);
    const answer = await call('sop/createActionIssue', { pageId, itemId: item.id, projectKey: chosenProject, assigneeId: chosenAssignee });
    setBusy(false);
    if (answer.ok) onCreated(answer.data); else setError(answer.error);
  };
  return (
    <Dialog
      title={t('sop.postmortem.createTitle')} description={item.summary} onClose={onClose} onSubmit={() => { void submit(); }} testId="pm-create-issue"
      footer={<>
        <button type="button" className="lc-button" onClick={onClose}>{t('sop.create.cancel')}</button>
        <button type="submit" className="lc-button sop-primary" data-testid="pm-create-issue-submit" disabled={busy || chosenProject === '' || chosenAssignee === ''}>{t('sop.postmortem.createSubmit')}</button>
      </>}
    >
      <p className="lc-muted">{t('sop.postmortem.createFacts', { owner: ownerName, due: item.due })}</p>
      {loaded !== undefined && loaded.projects.length === 0 ? <p role="alert" className="lc-error">{t('sop.postmortem.noProjects')}</p> : null}
      <Field id="pm-project" label={t('sop.postmortem.project')} required>
        {(control) => (
          <Select {...control} data-testid="pm-project" value={chosenProject} onChange={(key) => { setProjectKey(key); setAssignee(undefined); }}
            options={(loaded?.projects ?? []).map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }))} />
        )}
      </Field>
      <Field id="pm-assignee-search" label={t('sop.postmortem.assigneeSearch')} hint={t('sop.postmortem.assigneeHint')}>
        {(control) => <TextInput {...control} type="search" data-testid="pm-assignee-search" value={query} maxLength={100} onChange={(e) => { setQuery(e.target.value); }} />}
      </Field>
      <Field id="pm-assignee" label={t('sop.postmortem.assignee')} required>
        {(control) => (
          <Select {...control} data-testid="pm-assignee" value={chosenAssignee} onChange={setAssignee}
            options={assignees.map((a) => ({ value: a.accountId, label: a.displayName }))} />
        )}
      </Field>
      {loaded !== undefined && assignees.length === 0 ? <p className="lc-muted">{t('sop.postmortem.noAssignees')}</p> : null}
      {options.state.status === 'failed' ? <ErrorMessage error={options.state.error} onRetry={options.reload} /> : null}
      {error === undefined ? null : <ErrorMessage error={error} />}
    </Dialog>
  );
}
