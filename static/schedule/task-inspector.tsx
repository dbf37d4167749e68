// The selected task's details and what-if editor: duration, and each link in and out (type, lag, remove), a
// new predecessor; with edit rights, a link's changed type or lag can be kept for that Jira link, and a kept one
// forgotten so Jira's link counts again.
import { useEffect, useState } from 'react';
import type { AppError } from '../../src/contract';
import { LINK_TYPES, type IssueLink, type IssueTask, type LinkType, type PlanEdit, type PlanLink } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { formatNumber } from '../ui/i18n';
import { DurationInput } from './duration-input';
import { SourceLozenge } from './source-lozenge';
import type { TaskRow } from './task-rows';
import type { WhatIfState } from './what-if-state';
import { workingDays } from './wording';

export interface SavedLink {
  readonly linkId: string;
  readonly type: LinkType;
  readonly lag: number;
}

export interface TaskInspectorProps {
  readonly row: TaskRow;
  readonly state: WhatIfState;
  readonly issues: ReadonlyMap<string, IssueTask>;
  /** The Jira links of the loaded plan, by id. */
  readonly jiraLinks: ReadonlyMap<string, IssueLink>;
  readonly canEdit: boolean;
  readonly issueKey: string;
  readonly savedLinks: ReadonlyMap<string, SavedLink>;
  readonly onEdit: (edit: PlanEdit) => void;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
  readonly onSaved: (saved: SavedLink) => void;
  /** A link's kept type and lag were forgotten: the schedule must be loaded again. */
  readonly onCleared: () => void;
}

export function TaskInspector(props: TaskInspectorProps) {
  const { row, state, issues, onEdit, onClose } = props;
  const { t, language } = useShell();
  const incoming = state.plan.links.map((link, i) => ({ link, i })).filter(({ link }) => link.to === row.id);
  const outgoing = state.plan.links.map((link, i) => ({ link, i })).filter(({ link }) => link.from === row.id);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => { document.removeEventListener('keydown', onKey); };
  }, [onClose]);
  return (
    <aside className="dp-inspector" aria-labelledby="dp-inspector-title" data-testid="inspector" data-key={row.id}>
      <header className="dp-inspector-head">
        <div>
          <h3 id="dp-inspector-title" className="dp-inspector-title">{row.id}</h3>
          <p className="dp-inspector-summary">{row.summary}</p>
        </div>
        <button type="button" className="dp-icon-button" aria-label={t('schedule.inspector.close')} title={t('schedule.inspector.close')} onClick={onClose}>×</button>
      </header>
      <div className="dp-lozenges">
        {row.status === '' ? null : <span className={`dp-lozenge dp-status-${row.statusCategory}`}>{row.status}</span>}
        {row.critical ? <span className="dp-lozenge dp-lozenge-danger">{t('schedule.common.criticalLozenge')}</span> : null}
        {row.external ? <span className="dp-lozenge">{t('schedule.common.external')}</span> : null}
      </div>
      <dl className="dp-facts">
        <dt>{t('schedule.table.assignee')}</dt>
        <dd>{row.assignee ?? t('schedule.inspector.unassigned')}</dd>
        <dt>{t('schedule.table.duration')}</dt>
        <dd className="dp-inline">
          <DurationInput value={row.duration} disabled={row.done} label={t('schedule.table.editDuration', { key: row.id })} testId="inspector-duration" onCommit={(duration) => { onEdit({ kind: 'set-duration', taskId: row.id, duration }); }} />
          <SourceLozenge row={row} />
        </dd>
        <dt>{t('schedule.inspector.early')}</dt>
        <dd>{row.start} → {row.finish}</dd>
        <dt>{t('schedule.inspector.late')}</dt>
        <dd>{row.lateStart} → {row.lateFinish}</dd>
        <dt>{t('schedule.table.totalFloat')}</dt>
        <dd className={row.totalFloat < 0 ? 'dp-negative' : undefined}>{workingDays(t, language, row.totalFloat)}</dd>
        <dt>{t('schedule.table.freeFloat')}</dt>
        <dd>{workingDays(t, language, row.freeFloat)}</dd>
      </dl>
      <h4 className="dp-subtitle">{t('schedule.inspector.predecessors', { n: formatNumber(language, incoming.length) })}</h4>
      <ul className="dp-link-list">
        {incoming.map(({ link, i }) => (
          <LinkEditor key={`${link.from}>${link.to}#${i}`} {...props} link={link} other={link.from} otherSummary={issues.get(link.from)?.name ?? ''} />
        ))}
      </ul>
      <AddPredecessor row={row} state={state} onEdit={onEdit} />
      <h4 className="dp-subtitle">{t('schedule.inspector.successors', { n: formatNumber(language, outgoing.length) })}</h4>
      <ul className="dp-link-list">
        {outgoing.map(({ link, i }) => (
          <LinkEditor key={`${link.from}>${link.to}#${i}`} {...props} link={link} other={link.to} otherSummary={issues.get(link.to)?.name ?? ''} />
        ))}
      </ul>
      {incoming.length + outgoing.length === 0 ? <p className="dp-muted">{t('schedule.inspector.noLinks')}</p> : null}
      <p className="dp-muted dp-small">{t('schedule.inspector.browserOnly')}</p>
    </aside>
  );
}

interface LinkEditorProps extends TaskInspectorProps {
  readonly link: PlanLink;
  readonly other: string;
  readonly otherSummary: string;
}

interface Failure {
  readonly error: AppError;
  readonly retry: () => void;
}

function LinkEditor({ link, other, otherSummary, jiraLinks, canEdit, issueKey, savedLinks, onEdit, onSelect, onSaved, onCleared }: LinkEditorProps) {
  const { t } = useShell();
  const [lagText, setLagText] = useState(String(link.lag));
  const [pending, setPending] = useState<'keep' | 'clear' | undefined>(undefined);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  useEffect(() => { setLagText(String(link.lag)); }, [link.lag]);
  const ref = { from: link.from, to: link.to, type: link.type };
  const linkId = link.id;
  const jira = linkId === undefined ? undefined : jiraLinks.get(linkId);
  const kept = linkId === undefined ? undefined : savedLinks.get(linkId);
  const stored = kept ?? jira;
  const changed = stored !== undefined && (stored.type !== link.type || stored.lag !== link.lag);
  const overridden = kept !== undefined || jira?.overridden === true;
  const commitLag = () => {
    const lag = Number(lagText);
    if (lagText.trim() === '' || !Number.isInteger(lag) || lag < -250 || lag > 250) {
      setLagText(String(link.lag));
      return;
    }
    if (lag !== link.lag) onEdit({ kind: 'change-link', link: ref, lag });
  };
  const keep = () => {
    if (linkId === undefined) return;
    setPending('keep');
    setFailure(undefined);
    void call('schedule/saveLinkOverride', { issueKey, linkId, type: link.type, lag: link.lag }).then((answer) => {
      setPending(undefined);
      if (answer.ok) onSaved({ linkId: answer.data.linkId, type: answer.data.type, lag: answer.data.lag });
      else setFailure({ error: answer.error, retry: keep });
    });
  };
  const restoreJiraLink = () => {
    if (linkId === undefined) return;
    setPending('clear');
    setFailure(undefined);
    void call('schedule/clearLinkOverride', { issueKey, linkId }).then((answer) => {
      setPending(undefined);
      if (answer.ok) onCleared();
      else setFailure({ error: answer.error, retry: restoreJiraLink });
    });
  };
  return (
    <li className="dp-link-item" data-testid="link-editor" data-from={link.from} data-to={link.to}>
      <div className="dp-link-head">
        <button type="button" className="dp-link-button dp-key" onClick={() => { onSelect(other); }}>{other}</button>
        <span className="dp-ellipsis dp-muted" title={otherSummary}>{otherSummary}</span>
      </div>
      <div className="dp-link-controls">
        <select
          className="dp-select"
          value={link.type}
          aria-label={t('schedule.inspector.linkType', { from: link.from, to: link.to })}
          data-testid="edit-link-type"
          onChange={(event) => {
            const type = LINK_TYPES.find((candidate) => candidate === event.target.value);
            if (type !== undefined && type !== link.type) onEdit({ kind: 'change-link', link: ref, type });
          }}
        >
          {LINK_TYPES.map((type) => <option key={type} value={type}>{t(`schedule.linkTypes.${type}`)}</option>)}
        </select>
        <label className="dp-lag">
          <span>{t('schedule.inspector.lag')}</span>
          <input
            type="number"
            className="dp-number-input"
            min={-250}
            max={250}
            step={1}
            value={lagText}
            data-testid="edit-lag"
            onChange={(event) => { setLagText(event.target.value); }}
            onBlur={commitLag}
            onKeyDown={(event) => { if (event.key === 'Enter') commitLag(); }}
          />
        </label>
        <button type="button" className="dp-icon-button" data-testid="remove-link" aria-label={t('schedule.inspector.removeLink', { from: link.from, to: link.to })} title={t('schedule.inspector.removeLink', { from: link.from, to: link.to })} onClick={() => { onEdit({ kind: 'remove-link', link: ref }); }}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 3h6l1 2h4v2H4V5h4l1-2zm-3 6h12l-1 12H7L6 9zm4 2v8h2v-8h-2zm4 0v8h2v-8h-2z" /></svg>
        </button>
      </div>
      {jira === undefined ? (
        linkId === undefined ? <span className="dp-lozenge dp-lozenge-whatif">{t('schedule.inspector.addedHere')}</span> : null
      ) : (
        <div className="dp-link-meta dp-muted">
          {t('schedule.inspector.jiraLink', { type: jira.issueLinkType })}
          {overridden ? <span className="dp-lozenge">{t('schedule.inspector.overridden')}</span> : null}
        </div>
      )}
      {changed && canEdit && linkId !== undefined ? (
        <button type="button" className="lc-button dp-primary dp-small-button" data-testid="keep-link" disabled={pending !== undefined} onClick={keep}>
          {pending === 'keep' ? t('schedule.inspector.saving') : t('schedule.inspector.keep')}
        </button>
      ) : null}
      {overridden && canEdit && linkId !== undefined ? (
        <button type="button" className="lc-button dp-small-button" data-testid="clear-link" disabled={pending !== undefined} onClick={restoreJiraLink}>
          {pending === 'clear' ? t('schedule.inspector.clearing') : t('schedule.inspector.useJira')}
        </button>
      ) : null}
      {failure === undefined ? null : <ErrorMessage error={failure.error} onRetry={failure.retry} />}
    </li>
  );
}

function AddPredecessor({ row, state, onEdit }: { readonly row: TaskRow; readonly state: WhatIfState; readonly onEdit: (edit: PlanEdit) => void }) {
  const { t } = useShell();
  const [from, setFrom] = useState('');
  const [type, setType] = useState<LinkType>('FS');
  const [lag, setLag] = useState('0');
  const candidates = state.plan.tasks.map((task) => task.id).filter((id) => id !== row.id);
  const valid = candidates.includes(from.trim()) && Number.isInteger(Number(lag)) && lag.trim() !== '';
  const listId = `dp-candidates-${row.id}`;
  return (
    <form
      className="dp-add-link"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        onEdit({ kind: 'add-link', link: { from: from.trim(), to: row.id, type, lag: Number(lag) } });
        setFrom('');
        setLag('0');
      }}
    >
      <input className="dp-text-input" list={listId} value={from} placeholder={t('schedule.inspector.addPlaceholder')} aria-label={t('schedule.inspector.addFrom')} data-testid="add-link-from" onChange={(event) => { setFrom(event.target.value.toUpperCase()); }} />
      <datalist id={listId}>
        {candidates.map((id) => <option key={id} value={id} />)}
      </datalist>
      <select className="dp-select" value={type} aria-label={t('schedule.inspector.addType')} onChange={(event) => { setType(LINK_TYPES.find((candidate) => candidate === event.target.value) ?? 'FS'); }}>
        {LINK_TYPES.map((name) => <option key={name} value={name}>{name}</option>)}
      </select>
      <input type="number" className="dp-number-input" value={lag} step={1} aria-label={t('schedule.inspector.lag')} onChange={(event) => { setLag(event.target.value); }} />
      <button type="submit" className="lc-button" disabled={!valid} data-testid="add-link">{t('schedule.inspector.add')}</button>
    </form>
  );
}
