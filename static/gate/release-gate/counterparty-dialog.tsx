// One market maker's row of a checklist criterion: its name, the state of each check (sandbox tests, production
// connectivity, depth commitment per symbol), an evidence link and a comment; or the row removed.
import { useState } from 'react';
import { CELL_STATES, CHECKLIST_COLUMNS, type CellState, type ChecklistColumn } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Field } from '../../ui/form/field';
import { TextInput } from '../../ui/form/inputs';
import { Select } from '../../ui/form/select';
import { ActionError } from '../shared/action-error';
import { checkCounterparty, checkEvidenceUrl } from '../shared/manual-input';
import { criterionName, type EvaluatedCriterion } from '../shared/wording';
import type { EditDialogProps } from './mark-dialog';

type Row = EvaluatedCriterion['rows'][number];

export function CounterpartyDialog({ view, item, row, action, onView, onClose }: EditDialogProps & { readonly row: Row | undefined }) {
  const { t } = useShell();
  const columns = CHECKLIST_COLUMNS.filter((c) => item.criterion.kind === 'manual' && (item.criterion.checklist ?? []).includes(c));
  const [name, setName] = useState(row?.counterparty ?? '');
  const [cells, setCells] = useState<Partial<Record<ChecklistColumn, CellState>>>(() => Object.fromEntries(columns.map((c) => [c, row?.cells[c] ?? 'pending'])));
  const [url, setUrl] = useState(row?.evidenceUrl ?? '');
  const [comment, setComment] = useState(row?.comment ?? '');
  const [tried, setTried] = useState(false);
  const nameError = row === undefined ? checkCounterparty(name, item.rows.map((r) => r.counterparty)) : undefined;
  const link = checkEvidenceUrl(url);
  const commentTooLong = comment.trim().length > 2000;
  const send = async (remove: boolean) => {
    setTried(true);
    if (!remove && (nameError !== undefined || !link.ok || commentTooLong)) return;
    const done = await action.run(() => call('gate/markCounterparty', {
      versionId: view.release.id, criterionId: item.criterion.id, counterparty: row?.counterparty ?? name.trim(),
      row: remove ? null : { cells, evidenceUrl: link.ok ? link.url : null, comment: comment.trim() },
      expectedVersion: row?.version ?? 0,
    }), onView);
    if (done) onClose();
  };
  const criterion = criterionName(t, item.criterion);
  const nameMessage = nameError === undefined ? undefined : nameError === 'tooLong' ? t('gate.mark.tooLong', { max: 100 }) : t(`gate.row.${nameError}`);
  return (
    <Dialog
      title={row === undefined ? t('gate.row.titleNew', { criterion }) : t('gate.row.titleEdit', { counterparty: row.counterparty, criterion })}
      onClose={onClose} onSubmit={() => { void send(false); }} testId="gate-row-dialog"
      footer={(
        <>
          <ActionError error={action.error} onReload={onClose} />
          <div className="gate-row">
            {row === undefined ? null : <button type="button" className="lc-button" data-testid="gate-row-remove" disabled={action.busy} onClick={() => { void send(true); }}>{t('gate.row.remove')}</button>}
            <span className="gate-spacer" />
            <button type="button" className="lc-button" onClick={onClose}>{t('gate.common.cancel')}</button>
            <button type="submit" className="lc-button gate-primary" data-testid="gate-row-submit" disabled={action.busy}>{t('gate.row.submit')}</button>
          </div>
        </>
      )}
    >
      {row === undefined ? (
        <Field id="gate-row-name" label={t('gate.row.name')} required error={tried ? nameMessage : undefined} errorTestId="gate-row-name-error">
          {(control) => <TextInput {...control} value={name} data-autofocus="" data-testid="gate-row-name" maxLength={100} onChange={(e) => { setName(e.target.value); }} />}
        </Field>
      ) : null}
      {columns.map((column) => (
        <Field key={column} id={`gate-row-${column}`} label={t(`gate.criteria.columns.${column}`)}>
          {(control) => (
            <Select<CellState> {...control} value={cells[column] ?? 'pending'} data-testid={`gate-row-${column}`}
              options={CELL_STATES.map((s) => ({ value: s, label: t(`gate.item.cells.${s}`) }))}
              onChange={(value) => { setCells({ ...cells, [column]: value }); }} />
          )}
        </Field>
      ))}
      <Field id="gate-row-url" label={t('gate.mark.evidenceUrl')} hint={t('gate.mark.evidenceHint')}
        error={tried && !link.ok ? (link.error === 'badUrl' ? t('gate.mark.badUrl') : t('gate.mark.tooLong', { max: 2000 })) : undefined}>
        {(control) => <TextInput {...control} value={url} inputMode="url" data-testid="gate-row-url" onChange={(e) => { setUrl(e.target.value); }} />}
      </Field>
      <Field id="gate-row-comment" label={t('gate.mark.comment')} error={tried && commentTooLong ? t('gate.mark.tooLong', { max: 2000 }) : undefined}>
        {(control) => <textarea {...control} className="gate-textarea" value={comment} data-testid="gate-row-comment" onChange={(e) => { setComment(e.target.value); }} />}
      </Field>
    </Dialog>
  );
}
