// The post-mortem action items macro: every item with its kind, owner, due date, Jira issue and that issue's live
// status (refreshed every few seconds), overdue items flagged; add an item; create an item's issue with an
// assignee picker. Done items can be hidden (the macro's `showDone` setting decides the default).
import { useState, type ReactNode } from 'react';
import type { ActionItemsView, ActionItemView, AppError } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { Checkbox } from '../ui/form/checkbox';
import { Field } from '../ui/form/field';
import { DateInput, TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { Banner } from '../ui/status/banner';
import { Lozenge } from '../ui/status/lozenge';
import type { Appearance } from '../ui/status/appearance';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { useCall } from '../ui/use-call';
import { ActionIssueDialog } from './action-issue-dialog';
import { useRefreshingCall } from './use-refreshing-call';

const KIND_WORDS = { prevent: 'sop.postmortem.kinds.prevent', detect: 'sop.postmortem.kinds.detect', mitigate: 'sop.postmortem.kinds.mitigate' } as const;

/** The words of a kind the catalogue knows; a kind it does not (a newer server) shows as it is. */
function useKindWords(): (kind: string) => string {
  const { t } = useShell();
  return (kind) => (kind in KIND_WORDS ? t(KIND_WORDS[kind as keyof typeof KIND_WORDS]) : kind);
}

/** Jira's names of its status categories' usual statuses, which the status word already says. */
const CATEGORY_NAMES: Readonly<Record<ActionItemView['status'], string>> = { open: 'to do', 'in-progress': 'in progress', done: 'done', unknown: '' };

const STATUS_APPEARANCE: Readonly<Record<ActionItemView['status'], Appearance>> = { open: 'default', 'in-progress': 'info', done: 'success', unknown: 'warning' };

export function ActionItemsScreen({ pageId, showDone }: { readonly pageId: string; readonly showDone: boolean }) {
  const { t } = useShell();
  const { state, refresh } = useRefreshingCall('sop/actionItems', { pageId }, 10_000);
  const [shownDone, setShownDone] = useState(showDone);
  const [creating, setCreating] = useState<ActionItemView | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('sop.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={() => { void refresh(); }} />;
  const view = state.data;
  const names = new Map(view.people.map((p) => [p.accountId, p.displayName]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <section className="sop-stack" data-testid="pm-actions">
      <Banner
        appearance={view.counts.overdue > 0 ? 'warning' : 'info'} data-testid="pm-summary" data-overdue={view.counts.overdue}
        title={t('sop.postmortem.summary', { open: view.counts.open, done: view.counts.done, overdue: view.counts.overdue })}
      />
      {notice === undefined ? null : <Banner appearance="success" role="status" data-testid="pm-notice" title={notice} />}
      <ItemsTable view={view} shownDone={shownDone} nameOf={nameOf} onCreate={(item) => { setNotice(undefined); setCreating(item); }}
        toolbar={<Checkbox label={t('sop.postmortem.showDone')} checked={shownDone} data-testid="pm-show-done" onChange={setShownDone} />} />
      <AddItemForm pageId={pageId} kinds={view.kinds} today={view.today} onAdded={() => { void refresh(); }} />
      {creating === undefined ? null : (
        <ActionIssueDialog
          pageId={pageId} item={creating} ownerName={nameOf(creating.ownerId)} onClose={() => { setCreating(undefined); void refresh(); }}
          onCreated={(answer) => { setCreating(undefined); setNotice(t('sop.postmortem.created', { key: answer.issueKey })); void refresh(); }}
        />
      )}
    </section>
  );
}

function ItemsTable({ view, shownDone, nameOf, onCreate, toolbar }: {
  readonly view: ActionItemsView; readonly shownDone: boolean; readonly nameOf: (id: string) => string;
  readonly onCreate: (item: ActionItemView) => void; readonly toolbar: ReactNode;
}) {
  const { t } = useShell();
  const kindWords = useKindWords();
  const kindOf = (item: ActionItemView) => kindWords(item.kind);
  // Jira's own status name is added where it says more than the category (e.g. "In Review" is in progress).
  const jiraName = (item: ActionItemView) => {
    const name = item.issue?.statusName;
    return name === undefined || name.toLowerCase() === CATEGORY_NAMES[item.status] ? undefined : name;
  };
  const statusOf = (item: ActionItemView) => {
    const name = jiraName(item);
    return name === undefined ? t(`sop.postmortem.statuses.${item.status}`) : `${t(`sop.postmortem.statuses.${item.status}`)} · ${name}`;
  };
  const issueText = (item: ActionItemView) => item.issue?.key ?? '';
  const columns: DataTableColumn<ActionItemView>[] = [
    { id: 'kind', header: t('sop.postmortem.colKind'), sortValue: kindOf, csvValue: kindOf, filterText: kindOf, cell: kindOf },
    { id: 'summary', header: t('sop.postmortem.colSummary'), sortValue: (i) => i.summary, csvValue: (i) => i.summary, filterText: (i) => i.summary, cell: (i) => i.summary },
    { id: 'owner', header: t('sop.postmortem.colOwner'), sortValue: (i) => nameOf(i.ownerId), csvValue: (i) => nameOf(i.ownerId), filterText: (i) => nameOf(i.ownerId), cell: (i) => nameOf(i.ownerId) },
    {
      id: 'due', header: t('sop.postmortem.colDue'), sortValue: (i) => i.effectiveDue, csvValue: (i) => i.effectiveDue,
      cell: (i) => (
        <span className="sop-row" data-testid="pm-due" data-overdue={i.overdue}>
          {i.effectiveDue}
          {i.overdue ? <Lozenge appearance="danger">{t('sop.postmortem.overdue', { days: i.daysOverdue })}</Lozenge> : null}
          {i.effectiveDue === i.due ? null : <span className="lc-muted">{t('sop.postmortem.dueMoved', { due: i.due })}</span>}
        </span>
      ),
    },
    {
      id: 'issue', header: t('sop.postmortem.colIssue'), sortValue: issueText, csvValue: issueText, filterText: issueText,
      cell: (i) => (i.issue === undefined
        ? <button type="button" className="lc-button" data-testid="pm-create" onClick={() => { onCreate(i); }}>{t('sop.postmortem.create')}</button>
        : i.issue.state === 'creating'
          ? <span className="lc-muted">{t('sop.postmortem.creating')}</span>
          : (
            <span className="sop-row" data-testid="pm-issue">
              <strong>{i.issue.key}</strong>
              {i.issue.assigneeId === undefined ? null : <span className="lc-muted">{t('sop.postmortem.assignedTo', { name: nameOf(i.issue.assigneeId) })}</span>}
              {i.issue.backLinked ? null : <Lozenge appearance="warning">{t('sop.postmortem.noBackLink')}</Lozenge>}
            </span>
          )),
    },
    {
      id: 'status', header: t('sop.postmortem.colStatus'), sortValue: statusOf, csvValue: statusOf, filterText: statusOf,
      cell: (i) => <span data-testid="pm-status" data-status={i.status}><Lozenge appearance={STATUS_APPEARANCE[i.status]}>{statusOf(i)}</Lozenge></span>,
    },
  ];
  return view.items.length === 0 ? <><div className="sop-row">{toolbar}</div><p className="lc-muted" data-testid="pm-empty">{t('sop.postmortem.none')}</p></> : (
    <DataTable
      rows={view.items} columns={columns} rowKey={(i) => i.id} csvFileName="post-mortem-actions.csv" toolbar={toolbar}
      keepRow={(i) => shownDone || i.status !== 'done'}
      rowClassName={(i) => (i.overdue ? 'pm-overdue' : '')}
      labels={{ filter: t('sop.postmortem.filter'), filterPlaceholder: t('sop.postmortem.filterPlaceholder'), count: (shown, total) => t('sop.postmortem.count', { shown, total }), noMatch: t('sop.postmortem.noMatch') }}
      testIds={{ table: 'pm-items', row: 'pm-row' }}
    />
  );
}

function AddItemForm({ pageId, kinds, today, onAdded }: { readonly pageId: string; readonly kinds: readonly string[]; readonly today: string; readonly onAdded: () => void }) {
  const { t } = useShell();
  const kindWords = useKindWords();
  const people = useCall('sop/groupMembers', { group: 'confluence-users' });
  const [kind, setKind] = useState(kinds[0] ?? '');
  const [summary, setSummary] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<AppError | undefined>(undefined);
  const members = people.state.status === 'done' ? people.state.data.members : [];
  const chosenOwner = owner === '' ? members[0]?.accountId ?? '' : owner;
  const submit = async () => {
    const gaps = new Set([...(summary.trim() === '' ? ['summary'] : []), ...(due === '' ? ['due'] : []), ...(chosenOwner === '' ? ['owner'] : [])]);
    setMissing(gaps);
    if (gaps.size > 0) return;
    setError(undefined);
    const answer = await call('sop/addActionItem', { pageId, kind, summary: summary.trim(), ownerId: chosenOwner, due });
    if (!answer.ok) { setError(answer.error); return; }
    setSummary(''); setDue('');
    onAdded();
  };
  return (
    <form noValidate className="sop-stack pm-add" data-testid="pm-add" aria-label={t('sop.postmortem.addTitle')} onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3>{t('sop.postmortem.addTitle')}</h3>
      <div className="sop-row pm-add-fields">
        <Field id="pm-add-kind" label={t('sop.postmortem.colKind')}>
          {(control) => <Select {...control} data-testid="pm-add-kind" value={kind} onChange={setKind} options={kinds.map((k) => ({ value: k, label: kindWords(k) }))} />}
        </Field>
        <Field id="pm-add-summary" label={t('sop.postmortem.colSummary')} required error={missing.has('summary') ? t('sop.postmortem.summaryRequired') : undefined}>
          {(control) => <TextInput {...control} data-testid="pm-add-summary" value={summary} maxLength={255} onChange={(e) => { setSummary(e.target.value); }} />}
        </Field>
        <Field id="pm-add-owner" label={t('sop.postmortem.colOwner')} required error={missing.has('owner') ? t('sop.postmortem.ownerRequired') : undefined}>
          {(control) => <Select {...control} data-testid="pm-add-owner" value={chosenOwner} onChange={setOwner} options={members.map((m) => ({ value: m.accountId, label: m.displayName }))} />}
        </Field>
        <Field id="pm-add-due" label={t('sop.postmortem.colDue')} required error={missing.has('due') ? t('sop.postmortem.dueRequired') : undefined}>
          {(control) => <DateInput {...control} data-testid="pm-add-due" value={due} min={today} onChange={(e) => { setDue(e.target.value); }} />}
        </Field>
        <button type="submit" className="lc-button sop-primary" data-testid="pm-add-submit">{t('sop.postmortem.add')}</button>
      </div>
      {people.state.status === 'failed' ? <ErrorMessage error={people.state.error} onRetry={people.reload} /> : null}
      {error === undefined ? null : <ErrorMessage error={error} />}
    </form>
  );
}
