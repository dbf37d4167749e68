// The criteria editor: this release's criteria listed by function, each to edit or remove, new ones added (kind,
// check and its settings, SOP page for SOP checks, checklist columns for per-market-maker criteria). Saved for this
// release (with the version read, so a parallel edit is a conflict), or as the project's template; a release that
// differs from its template says so and can follow the template again.
import { useState } from 'react';
import { GATE_FUNCTIONS, type AutoCheck, type ChecklistColumn, type GateFunction } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Checkbox } from '../../ui/form/checkbox';
import { Field } from '../../ui/form/field';
import { Fieldset } from '../../ui/form/fieldset';
import { TextInput } from '../../ui/form/inputs';
import { Select } from '../../ui/form/select';
import { Banner } from '../../ui/status/banner';
import { Lozenge } from '../../ui/status/lozenge';
import { ActionError } from '../shared/action-error';
import {
  CHECKS, COLUMNS, criterionOfDraft, draftOf, emptyDraft, putCriterion, removeCriterion, sameCriteria,
  type CriterionDraft, type DraftErrors,
} from '../shared/criteria-draft';
import { useGateAction } from '../shared/use-gate-action';
import { criterionName, functionText, type GateCriterion, type GateView } from '../shared/wording';

interface EditorProps {
  readonly view: GateView;
  readonly onView: (view: GateView) => void;
  readonly onReload: () => void;
  readonly onClose: () => void;
}

export function CriteriaEditorDialog({ view, onView, onReload, onClose }: EditorProps) {
  const { t } = useShell();
  const action = useGateAction();
  const [criteria, setCriteria] = useState<readonly GateCriterion[]>(() => view.criteria.map((c) => c.criterion));
  const [draft, setDraft] = useState<CriterionDraft | undefined>(undefined);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [template, setTemplate] = useState<{ readonly criteria: readonly GateCriterion[]; readonly version: number } | undefined>(undefined);
  const [savedTemplate, setSavedTemplate] = useState<number | undefined>(undefined);
  const projectKey = view.release.projectKey;

  const loadTemplate = async () => {
    const answer = await call('gate/template', { projectKey });
    if (answer.ok) setTemplate({ criteria: answer.data.criteria, version: answer.data.version });
    return answer;
  };
  const differs = template === undefined ? view.customised : !sameCriteria(criteria, template.criteria);

  const keep = () => {
    if (draft === undefined) return;
    const taken = new Set(criteria.map((c) => c.id).filter((id) => id !== draft.id));
    const result = criterionOfDraft(draft, taken);
    if (!result.ok) { setErrors(result.errors); return; }
    setCriteria(putCriterion(criteria, result.criterion));
    setDraft(undefined);
    setErrors({});
  };
  const saveRelease = async (next: readonly GateCriterion[] | null) => {
    const done = await action.run(() => call('gate/saveCriteria', { versionId: view.release.id, criteria: next, expectedVersion: view.configVersion }), onView);
    if (done) onClose();
  };
  const saveTemplate = async () => {
    const current = await loadTemplate();
    if (!current.ok) { await action.run(() => Promise.resolve(current), () => undefined); return; }
    await action.run(() => call('gate/saveTemplate', {
      projectKey, criteria, membership: current.data.membership, signOffMaxAgeDays: current.data.signOffMaxAgeDays, expectedVersion: current.data.version,
    }), (saved) => { setTemplate({ criteria: saved.criteria, version: saved.version }); setSavedTemplate(saved.version); });
  };

  return (
    <Dialog
      title={t('gate.editor.title', { release: view.release.name })} description={t('gate.editor.intro')} onClose={onClose} testId="gate-editor"
      footer={(
        <>
          <ActionError error={action.error} onReload={() => { onClose(); onReload(); }} />
          {savedTemplate === undefined ? null : <Banner appearance="success" data-testid="gate-template-saved" title={t('gate.editor.savedTemplate', { version: savedTemplate })} />}
          <div className="gate-row">
            <Lozenge appearance={differs ? 'warning' : 'success'} data-testid="gate-editor-differs">{differs ? t('gate.editor.differs') : t('gate.editor.same')}</Lozenge>
            <span className="gate-spacer" />
            {view.customised ? <button type="button" className="lc-button" data-testid="gate-follow-template" disabled={action.busy} onClick={() => { void saveRelease(null); }}>{t('gate.editor.followTemplate')}</button> : null}
            {view.isAdmin ? <button type="button" className="lc-button" data-testid="gate-save-template" disabled={action.busy || criteria.length === 0 || draft !== undefined} onClick={() => { void saveTemplate(); }}>{t('gate.editor.saveTemplate')}</button> : null}
            <button type="button" className="lc-button gate-primary" data-testid="gate-save-criteria" disabled={action.busy || criteria.length === 0 || draft !== undefined} onClick={() => { void saveRelease(criteria); }}>{t('gate.editor.saveRelease')}</button>
          </div>
        </>
      )}
    >
      {criteria.length === 0 ? <p className="lc-error">{t('gate.editor.empty')}</p> : null}
      {GATE_FUNCTIONS.map((fn) => {
        const own = criteria.filter((c) => c.function === fn);
        if (own.length === 0) return null;
        return (
          <section key={fn} aria-label={functionText(t, fn)}>
            <h3 className="gate-small">{functionText(t, fn)}</h3>
            <ul className="gate-editor-list">
              {own.map((c) => (
                <li key={c.id} data-testid={`gate-editor-${c.id}`}>
                  <span>{criterionName(t, c)}</span>
                  <Lozenge>{c.kind === 'automatic' ? t('gate.item.automatic') : t('gate.item.manual')}</Lozenge>
                  <button type="button" className="lc-button" onClick={() => { setDraft(draftOf(c)); setErrors({}); }}>{t('gate.common.edit')}</button>
                  <button type="button" className="lc-button" data-testid={`gate-editor-remove-${c.id}`} onClick={() => { setCriteria(removeCriterion(criteria, c.id)); if (draft?.id === c.id) setDraft(undefined); }}>{t('gate.common.remove')}</button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {draft === undefined
        ? <div className="gate-row"><button type="button" className="lc-button" data-testid="gate-editor-add" onClick={() => { setDraft(emptyDraft('rnd')); setErrors({}); }}>+ {t('gate.editor.add')}</button></div>
        : <DraftForm draft={draft} errors={errors} onChange={setDraft} onKeep={keep} onCancel={() => { setDraft(undefined); setErrors({}); }} />}
    </Dialog>
  );
}

interface DraftFormProps {
  readonly draft: CriterionDraft;
  readonly errors: DraftErrors;
  readonly onChange: (draft: CriterionDraft) => void;
  readonly onKeep: () => void;
  readonly onCancel: () => void;
}

function DraftForm({ draft, errors, onChange, onKeep, onCancel }: DraftFormProps) {
  const { t } = useShell();
  const set = (patch: Partial<CriterionDraft>) => { onChange({ ...draft, ...patch }); };
  const error = (field: keyof DraftErrors) => { const e = errors[field]; return e === undefined ? undefined : t(`gate.editor.errors.${e}`); };
  const sop = draft.kind === 'automatic' && (draft.check === 'sop-drill' || draft.check === 'sop-attestation');
  return (
    <Fieldset legend={draft.id === '' ? t('gate.editor.newOne') : t('gate.editor.editOne', { criterion: criterionName(t, { id: draft.id, ...(draft.name === '' ? {} : { name: draft.name }) }) })}>
      <div className="gate-stack" data-testid="gate-editor-form">
        <div className="gate-row">
          <Field id="gate-draft-function" label={t('gate.editor.function')}>
            {(control) => <Select<GateFunction> {...control} value={draft.function} data-testid="gate-draft-function" options={GATE_FUNCTIONS.map((f) => ({ value: f, label: functionText(t, f) }))} onChange={(value) => { set({ function: value }); }} />}
          </Field>
          <Field id="gate-draft-kind" label={t('gate.editor.kind')}>
            {(control) => <Select<'automatic' | 'manual'> {...control} value={draft.kind} data-testid="gate-draft-kind" options={[{ value: 'manual', label: t('gate.item.manual') }, { value: 'automatic', label: t('gate.item.automatic') }]} onChange={(value) => { set({ kind: value }); }} />}
          </Field>
        </div>
        <Field id="gate-draft-name" label={t('gate.editor.name')} required={draft.id === ''} {...(draft.id === '' ? {} : { hint: t('gate.editor.nameHint') })} error={error('name')} errorTestId="gate-draft-name-error">
          {(control) => <TextInput {...control} value={draft.name} data-autofocus="" data-testid="gate-draft-name" onChange={(e) => { set({ name: e.target.value }); }} />}
        </Field>
        <Field id="gate-draft-evidence" label={t('gate.editor.evidence')} error={error('evidence')}>
          {(control) => <TextInput {...control} value={draft.evidence} data-testid="gate-draft-evidence" onChange={(e) => { set({ evidence: e.target.value }); }} />}
        </Field>
        <Field id="gate-draft-freshness" label={t('gate.editor.freshness')} hint={t('gate.editor.freshnessHint')} error={error('freshnessDays')} errorTestId="gate-draft-freshness-error">
          {(control) => <TextInput {...control} value={draft.freshnessDays} inputMode="numeric" data-testid="gate-draft-freshness" onChange={(e) => { set({ freshnessDays: e.target.value }); }} />}
        </Field>
        {draft.kind === 'automatic' ? (
          <Field id="gate-draft-check" label={t('gate.editor.check')}>
            {(control) => <Select<AutoCheck> {...control} value={draft.check} data-testid="gate-draft-check" options={CHECKS.map((c) => ({ value: c, label: t(`gate.editor.checks.${c}`) }))} onChange={(value) => { set({ check: value }); }} />}
          </Field>
        ) : (
          <Fieldset legend={t('gate.editor.columns')}>
            {COLUMNS.map((column) => (
              <Checkbox key={column} label={t(`gate.criteria.columns.${column}`)} checked={draft.checklist.includes(column)}
                onChange={(checked) => { set({ checklist: checked ? [...draft.checklist, column] : draft.checklist.filter((c: ChecklistColumn) => c !== column) }); }} />
            ))}
          </Fieldset>
        )}
        {sop ? (
          <Field id="gate-draft-page" label={t('gate.editor.pageId')} hint={t('gate.editor.pageIdHint')} error={error('pageId')}>
            {(control) => <TextInput {...control} value={draft.pageId} inputMode="numeric" data-testid="gate-draft-page" onChange={(e) => { set({ pageId: e.target.value }); }} />}
          </Field>
        ) : null}
        {draft.kind === 'automatic' && draft.check === 'sop-attestation' ? (
          <Field id="gate-draft-coverage" label={t('gate.editor.minCoverage')} error={error('minCoverage')}>
            {(control) => <TextInput {...control} value={draft.minCoverage} inputMode="numeric" onChange={(e) => { set({ minCoverage: e.target.value }); }} />}
          </Field>
        ) : null}
        {draft.kind === 'automatic' && draft.check === 'critical-path-float' ? (
          <Field id="gate-draft-float" label={t('gate.editor.minFloat')} error={error('minFloat')}>
            {(control) => <TextInput {...control} value={draft.minFloat} inputMode="numeric" onChange={(e) => { set({ minFloat: e.target.value }); }} />}
          </Field>
        ) : null}
        {draft.kind === 'automatic' && draft.check === 'open-blocker-bugs' ? (
          <Field id="gate-draft-priorities" label={t('gate.editor.priorities')} error={error('priorities')}>
            {(control) => <TextInput {...control} value={draft.priorities} onChange={(e) => { set({ priorities: e.target.value }); }} />}
          </Field>
        ) : null}
        <div className="gate-row">
          <span className="gate-spacer" />
          <button type="button" className="lc-button" onClick={onCancel}>{t('gate.common.cancel')}</button>
          <button type="button" className="lc-button gate-primary" data-testid="gate-draft-keep" onClick={onKeep}>{t('gate.editor.apply')}</button>
        </div>
      </div>
    </Fieldset>
  );
}
