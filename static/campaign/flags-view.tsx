// The abuse flags of the audit: per account the heuristics' reasons with their evidence (the shared value, the
// group, the amount), whether it counts as abuse after the analyst's override, and who overrode it and why; an
// analyst who may edit the campaign overrides a flag with a reason (kept), or forgets the override.
import { useState } from 'react';
import type { AppError } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { Dialog } from '../ui/dialog/dialog';
import { ErrorMessage } from '../ui/error-message';
import { Field } from '../ui/form/field';
import { Fieldset } from '../ui/form/fieldset';
import { TextInput } from '../ui/form/inputs';
import { RadioGroup } from '../ui/form/radio-group';
import { Lozenge } from '../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import type { ConfiguredMacro, RoiView } from './campaign-screen';
import { formatUsd } from './format';

type Audit = NonNullable<RoiView['audit']>;
type Flagged = Audit['flagged'][number];
type Choice = 'genuine' | 'abuse' | 'forget';

export function FlagsView({ audit, config, canEdit, onChanged }: { readonly audit: Audit; readonly config: ConfiguredMacro; readonly canEdit: boolean; readonly onChanged: () => void }) {
  const { t, language } = useShell();
  const [editing, setEditing] = useState<Flagged | undefined>(undefined);
  const reasonName = (r: Flagged['reasons'][number]) => t(`roi.flags.reasonNames.${r}`);
  const columns: DataTableColumn<Flagged>[] = [
    { id: 'account', header: t('roi.flags.account'), cell: (f) => <code>{f.account}</code>, sortValue: (f) => f.account, csvValue: (f) => f.account, filterText: (f) => f.account },
    {
      id: 'reasons', header: t('roi.flags.reasons'),
      cell: (f) => <span className="cr-reasons">{f.reasons.map((r) => <Lozenge key={r} appearance="warning" data-reason={r}>{reasonName(r)}</Lozenge>)}</span>,
      sortValue: (f) => f.reasons.length, csvValue: (f) => f.reasons.join('; '), filterText: (f) => f.reasons.map(reasonName).join(' '),
    },
    {
      id: 'evidence', header: t('roi.flags.evidence'),
      cell: (f) => (
        <ul className="cr-evidence">
          {f.evidence.map((e, i) => <li key={i}>{`${reasonName(e.reason)}: ${e.detail}${e.amountUsd === undefined ? '' : ` (${formatUsd(language, e.amountUsd)})`}`}</li>)}
        </ul>
      ),
      csvValue: (f) => f.evidence.map((e) => `${e.reason}: ${e.detail}`).join('; '), filterText: (f) => f.evidence.map((e) => e.detail).join(' '),
    },
    {
      id: 'counts', header: t('roi.flags.counts'),
      cell: (f) => <Lozenge appearance={f.abuse ? 'danger' : 'success'} data-abuse={String(f.abuse)}>{f.abuse ? t('roi.flags.abuse') : t('roi.flags.genuine')}</Lozenge>,
      sortValue: (f) => (f.abuse ? 1 : 0), csvValue: (f) => (f.abuse ? 'abuse' : 'genuine'),
    },
    {
      id: 'override', header: t('roi.flags.override'),
      cell: (f) => (
        <span className="cr-override">
          {f.override === null ? null : <span data-testid="cr-flag-override">{t('roi.flags.overrideBy', { verdict: t(`roi.flags.${f.override.verdict}`), by: f.override.by, reason: f.override.reason })}</span>}
          {canEdit ? <button type="button" className="lc-button" data-testid="cr-flag-edit" onClick={() => { setEditing(f); }}>{t('roi.flags.edit')}</button> : null}
        </span>
      ),
      csvValue: (f) => (f.override === null ? '' : `${f.override.verdict}: ${f.override.reason} (${f.override.by}, ${f.override.at})`),
      filterText: (f) => f.override?.reason ?? '',
    },
  ];
  return (
    <div className="cr-chart-block" data-testid="cr-flags">
      <h4>{t('roi.flags.title')}</h4>
      {audit.flagged.length === 0 ? <p className="lc-muted">{t('roi.flags.none')}</p> : (
        <>
          {audit.flaggedTotal > audit.flagged.length ? <p className="lc-muted">{t('roi.flags.shown', { shown: audit.flagged.length, total: audit.flaggedTotal })}</p> : null}
          <DataTable
            rows={audit.flagged}
            columns={columns}
            rowKey={(f) => f.account}
            csvFileName="abuse-flags.csv"
            labels={{ filter: t('roi.flags.filter'), filterPlaceholder: t('roi.flags.filterPlaceholder'), count: (shown, total) => t('roi.flags.count', { shown, total }), noMatch: t('roi.flags.noMatch') }}
            testIds={{ table: 'cr-flags-table', row: 'cr-flag' }}
          />
        </>
      )}
      {editing === undefined ? null : (
        <OverrideDialog flagged={editing} config={config} onClose={() => { setEditing(undefined); }} onSaved={() => { setEditing(undefined); onChanged(); }} />
      )}
    </div>
  );
}

function OverrideDialog({ flagged, config, onClose, onSaved }: { readonly flagged: Flagged; readonly config: ConfiguredMacro; readonly onClose: () => void; readonly onSaved: () => void }) {
  const { t } = useShell();
  const [choice, setChoice] = useState<Choice>(flagged.override?.verdict ?? (flagged.abuse ? 'genuine' : 'abuse'));
  const [reason, setReason] = useState(flagged.override?.reason ?? '');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const submit = async () => {
    if (choice !== 'forget' && reason.trim() === '') { setMissing(true); return; }
    setError(undefined);
    const answer = await call('campaign/overrideFlag', {
      projectKey: config.projectKey, campaignId: config.campaignId, account: flagged.account, verdict: choice === 'forget' ? null : choice, reason: reason.trim(),
    });
    if (answer.ok) onSaved(); else setError(answer.error);
  };
  const options = [
    { value: 'genuine' as const, label: t('roi.flags.verdictGenuine'), testId: 'cr-override-genuine' },
    { value: 'abuse' as const, label: t('roi.flags.verdictAbuse'), testId: 'cr-override-abuse' },
    ...(flagged.override === null ? [] : [{ value: 'forget' as const, label: t('roi.flags.verdictForget'), testId: 'cr-override-forget' }]),
  ];
  return (
    <Dialog
      title={t('roi.flags.dialogTitle', { account: flagged.account })} description={t('roi.flags.dialogHint')} onClose={onClose} onSubmit={() => { void submit(); }} testId="cr-override"
      footer={<><button type="button" className="lc-button" onClick={onClose}>{t('roi.flags.cancel')}</button><button type="submit" className="lc-button cr-primary" data-testid="cr-override-save">{t('roi.flags.save')}</button></>}
    >
      <Fieldset legend={t('roi.flags.counts')}>
        <RadioGroup name="cr-override-verdict" options={options} value={choice} onChange={setChoice} autoFocusChecked />
      </Fieldset>
      <Field id="cr-override-reason" label={t('roi.flags.reason')} required error={missing ? t('roi.flags.reasonRequired') : undefined} errorTestId="cr-override-reason-error">
        {(control) => <TextInput {...control} data-testid="cr-override-reason" value={reason} maxLength={500} onChange={(e) => { setReason(e.target.value); setMissing(false); }} />}
      </Field>
      {error === undefined ? null : <ErrorMessage error={error} />}
    </Dialog>
  );
}
