// The criteria grouped by function: each with its status lozenge (unknown is neutral, never green), the reason in
// words, kind, evidence and freshness window, the manual mark and who made it, and for checklist criteria a row
// per market maker. Members of the owning function mark manual criteria and fill the rows.
import { useState } from 'react';
import { CHECKLIST_COLUMNS, type ChecklistColumn } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { Lozenge } from '../../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../../ui/table/data-table';
import { ActionError } from '../shared/action-error';
import { useGateAction } from '../shared/use-gate-action';
import {
  criterionEvidence, criterionName, formatInstant, functionText, reasonText, statusAppearance, statusText,
  type EvaluatedCriterion, type GateView,
} from '../shared/wording';
import { CounterpartyDialog } from './counterparty-dialog';
import { MarkDialog } from './mark-dialog';

export interface PanelProps {
  readonly view: GateView;
  readonly onView: (view: GateView) => void;
  readonly onReload: () => void;
}

type Row = EvaluatedCriterion['rows'][number];
type Editing =
  | { readonly kind: 'mark'; readonly criterion: EvaluatedCriterion }
  | { readonly kind: 'row'; readonly criterion: EvaluatedCriterion; readonly row: Row | undefined };

export function CriteriaPanel({ view, onView, onReload }: PanelProps) {
  const { t } = useShell();
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const action = useGateAction();
  const names = new Map(view.approvers.map((a) => [a.accountId, a.displayName ?? a.accountId]));
  for (const fn of view.functions) if (fn.signOff?.displayName != null) names.set(fn.signOff.accountId, fn.signOff.displayName);
  return (
    <div className="gate-stack" data-testid="gate-criteria">
      <ActionError error={action.error} onReload={() => { action.clear(); onReload(); }} />
      {view.functions.map((fn) => {
        const criteria = view.criteria.filter((c) => c.criterion.function === fn.function);
        return (
          <section key={fn.function} className="gate-function" data-testid={`gate-function-${fn.function}`} data-status={fn.status}>
            <div className="gate-row">
              <h3>{functionText(t, fn.function)}</h3>
              <Lozenge appearance={statusAppearance(fn.status)}>{statusText(t, fn.status)}</Lozenge>
              <span className="lc-muted gate-small">{t('gate.item.counts', fn.counts)}</span>
            </div>
            <ul className="gate-criteria">
              {criteria.map((c) => (
                <CriterionItem
                  key={c.criterion.id} item={c} canAct={fn.canSign} functionName={functionText(t, fn.function)} names={names}
                  onMark={() => { setEditing({ kind: 'mark', criterion: c }); }}
                  onRow={(row) => { setEditing({ kind: 'row', criterion: c, row }); }}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {editing?.kind === 'mark' ? (
        <MarkDialog view={view} item={editing.criterion} action={action} onView={onView} onClose={() => { setEditing(undefined); }} />
      ) : null}
      {editing?.kind === 'row' ? (
        <CounterpartyDialog view={view} item={editing.criterion} row={editing.row} action={action} onView={onView} onClose={() => { setEditing(undefined); }} />
      ) : null}
    </div>
  );
}

interface CriterionItemProps {
  readonly item: EvaluatedCriterion;
  readonly canAct: boolean;
  readonly functionName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly onMark: () => void;
  readonly onRow: (row: Row | undefined) => void;
}

function CriterionItem({ item, canAct, functionName, names, onMark, onRow }: CriterionItemProps) {
  const { t, language } = useShell();
  const { criterion, mark } = item;
  const evidence = criterionEvidence(t, criterion);
  const checklist = criterion.kind === 'manual' ? criterion.checklist : undefined;
  return (
    <li className="gate-criterion" data-testid={`gate-criterion-${criterion.id}`} data-status={item.status}>
      <div className="gate-row">
        <Lozenge appearance={statusAppearance(item.status)} data-testid="gate-criterion-status">{statusText(t, item.status)}</Lozenge>
        <h4>{criterionName(t, criterion)}</h4>
        <Lozenge appearance="default">{criterion.kind === 'automatic' ? t('gate.item.automatic') : checklist === undefined ? t('gate.item.manual') : t('gate.item.checklist')}</Lozenge>
        <span className="gate-spacer" />
        {criterion.kind === 'manual' && checklist === undefined ? (
          <button type="button" className="lc-button" data-testid="gate-mark" disabled={!canAct}
            title={canAct ? undefined : t('gate.item.notMember', { function: functionName })} onClick={onMark}>{t('gate.item.mark')}</button>
        ) : null}
        {checklist === undefined ? null : (
          <button type="button" className="lc-button" data-testid="gate-add-row" disabled={!canAct}
            title={canAct ? undefined : t('gate.item.notMember', { function: functionName })} onClick={() => { onRow(undefined); }}>{t('gate.item.addRow')}</button>
        )}
      </div>
      <p data-testid="gate-criterion-reason">{reasonText(t, item.reason, item.facts)}</p>
      {evidence === '' ? null : <p className="lc-muted gate-small">{t('gate.item.evidence', { evidence })}</p>}
      {criterion.freshnessDays === undefined ? null : <p className="lc-muted gate-small">{t('gate.item.freshness', { days: criterion.freshnessDays })}</p>}
      {mark === null ? null : (
        <p className="gate-small" data-testid="gate-mark-info">
          {t('gate.item.markedBy', { state: mark.state === 'met' ? t('gate.mark.met') : t('gate.mark.notMet'), name: names.get(mark.markedBy) ?? mark.markedBy, time: formatInstant(language, mark.markedAt) })}
          {mark.evidenceUrl === null ? null : <> · <a href={mark.evidenceUrl} target="_blank" rel="noreferrer noopener">{t('gate.item.evidenceLink')}</a></>}
          {mark.comment === '' ? null : <> · <q>{mark.comment}</q></>}
        </p>
      )}
      {checklist === undefined || item.rows.length === 0 ? null : <CounterpartyRows item={item} columns={checklist} canAct={canAct} names={names} onRow={onRow} />}
    </li>
  );
}

function cellAppearance(state: string | undefined) {
  return state === 'passed' ? 'success' as const : state === 'failed' ? 'danger' as const : 'default' as const;
}

function CounterpartyRows({ item, columns, canAct, names, onRow }: {
  readonly item: EvaluatedCriterion; readonly columns: readonly ChecklistColumn[]; readonly canAct: boolean;
  readonly names: ReadonlyMap<string, string>; readonly onRow: (row: Row) => void;
}) {
  const { t, language } = useShell();
  const shown = CHECKLIST_COLUMNS.filter((c) => columns.includes(c));
  const cellText = (row: Row, column: ChecklistColumn) => t(`gate.item.cells.${row.cells[column] ?? 'pending'}`);
  const tableColumns: DataTableColumn<Row>[] = [
    { id: 'counterparty', header: t('gate.item.colCounterparty'), sortValue: (r) => r.counterparty, csvValue: (r) => r.counterparty, filterText: (r) => r.counterparty, cell: (r) => r.counterparty },
    ...shown.map((column): DataTableColumn<Row> => ({
      id: column, header: t(`gate.criteria.columns.${column}`), sortValue: (r) => cellText(r, column), csvValue: (r) => r.cells[column] ?? 'pending',
      filterText: (r) => cellText(r, column), cell: (r) => <Lozenge appearance={cellAppearance(r.cells[column])} data-testid={`gate-cell-${column}`}>{cellText(r, column)}</Lozenge>,
    })),
    {
      id: 'comment', header: t('gate.item.colComment'), csvValue: (r) => r.comment, filterText: (r) => r.comment,
      cell: (r) => (
        <>
          {r.evidenceUrl === null ? null : <a href={r.evidenceUrl} target="_blank" rel="noreferrer noopener" onClick={(e) => { e.stopPropagation(); }}>{t('gate.item.evidenceLink')}</a>}
          {r.evidenceUrl !== null && r.comment !== '' ? ' · ' : null}
          {r.comment}
        </>
      ),
    },
    { id: 'updated', header: t('gate.item.colUpdated'), sortValue: (r) => r.updatedAt, csvValue: (r) => r.updatedAt, cell: (r) => `${names.get(r.updatedBy) ?? r.updatedBy}, ${formatInstant(language, r.updatedAt)}` },
    {
      id: 'edit', header: '',
      cell: (r) => (canAct ? <button type="button" className="lc-button" data-testid={`gate-edit-row-${r.counterparty}`} onClick={(e) => { e.stopPropagation(); onRow(r); }}>{t('gate.common.edit')}</button> : null),
    },
  ];
  const label = t('gate.item.rowsLabel', { criterion: criterionName(t, item.criterion) });
  return (
    <div aria-label={label} role="group">
      <DataTable
        rows={item.rows} columns={tableColumns} rowKey={(r) => r.counterparty} csvFileName={`${item.criterion.id}.csv`}
        labels={{ filter: t('gate.item.rowsFilter'), filterPlaceholder: t('gate.item.rowsFilter'), count: (s, total) => t('gate.item.rowsCount', { shown: s, total }), noMatch: t('gate.item.rowsNoMatch') }}
        testIds={{ table: `gate-rows-${item.criterion.id}`, row: 'gate-row' }}
      />
    </div>
  );
}
