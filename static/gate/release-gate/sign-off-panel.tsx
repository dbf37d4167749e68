// Sign-off per function: who signed and when, until when it holds, and why it no longer does (expired, or a
// criterion got worse); a member of the function signs after confirming. Jira's own version approvers sit beside,
// read-only, as Jira has them.
import { useState } from 'react';
import type { GateFunction } from '../../../src/domain/gate/types';
import { useShell } from '../../ui/app-shell';
import { call } from '../../ui/call';
import { Dialog } from '../../ui/dialog/dialog';
import { Lozenge } from '../../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../../ui/table/data-table';
import { ActionError } from '../shared/action-error';
import { useGateAction } from '../shared/use-gate-action';
import { criterionName, formatInstant, functionText, signOffExpiry, statusAppearance, statusText, type GateView } from '../shared/wording';
import type { PanelProps } from './criteria-panel';

type FunctionView = GateView['functions'][number];

export function SignOffPanel({ view, onView, onReload }: PanelProps) {
  const { t, language } = useShell();
  const action = useGateAction();
  const [signing, setSigning] = useState<FunctionView | undefined>(undefined);
  const names = new Map(view.criteria.map((c) => [c.criterion.id, criterionName(t, c.criterion)]));
  const stateText = (f: FunctionView): string => {
    const s = f.signOff;
    if (s === null) return t('gate.signOff.notSigned');
    if (s.valid) return t('gate.signOff.valid');
    if (s.invalid === null) return t('gate.signOff.notSigned');
    const why = s.invalid.reason === 'expired' ? t('gate.reasons.signOff.expired', { days: view.signOffMaxAgeDays }) : t(`gate.reasons.signOff.${s.invalid.reason}`);
    const which = s.invalid.criteria.map((id) => names.get(id) ?? id).join(', ');
    return which === '' ? why : `${why} (${which})`;
  };
  const columns: DataTableColumn<FunctionView>[] = [
    { id: 'function', header: t('gate.signOff.colFunction'), csvValue: (f) => f.function, cell: (f) => functionText(t, f.function) },
    { id: 'status', header: t('gate.signOff.colStatus'), csvValue: (f) => f.status, cell: (f) => <Lozenge appearance={statusAppearance(f.status)}>{statusText(t, f.status)}</Lozenge> },
    {
      id: 'signedBy', header: t('gate.signOff.colSignedBy'), csvValue: (f) => f.signOff?.displayName ?? f.signOff?.accountId ?? '',
      cell: (f) => (f.signOff === null ? '—' : <span data-testid="gate-signed-by">{t('gate.signOff.signedAt', { name: f.signOff.displayName ?? f.signOff.accountId, time: formatInstant(language, f.signOff.signedAt) })}</span>),
    },
    {
      id: 'expires', header: t('gate.signOff.colExpires'), csvValue: (f) => (f.signOff === null ? '' : signOffExpiry(f.signOff.signedAt, view.signOffMaxAgeDays)),
      cell: (f) => (f.signOff === null ? '—' : formatInstant(language, signOffExpiry(f.signOff.signedAt, view.signOffMaxAgeDays))),
    },
    {
      id: 'state', header: t('gate.signOff.colState'), csvValue: stateText, cellClassName: 'gate-wrap',
      cell: (f) => (
        <Lozenge appearance={f.signOff === null ? 'default' : f.signOff.valid ? 'success' : 'danger'} data-testid="gate-signoff-state" data-valid={f.signOff?.valid ?? false}>{stateText(f)}</Lozenge>
      ),
    },
    {
      id: 'sign', header: '',
      cell: (f) => (
        <button type="button" className="lc-button" data-testid={`gate-sign-${f.function}`} disabled={action.busy}
          title={f.canSign ? undefined : t('gate.signOff.notMember', { function: functionText(t, f.function) })}
          onClick={() => { setSigning(f); }}>
          {f.signOff?.valid === true ? t('gate.signOff.signAgain') : t('gate.signOff.sign', { function: functionText(t, f.function) })}
        </button>
      ),
    },
  ];
  const sign = async (fn: GateFunction) => {
    const done = await action.run(() => call('gate/signOff', { versionId: view.release.id, function: fn }), onView);
    if (done) setSigning(undefined);
  };
  return (
    <div className="gate-stack" data-testid="gate-signoffs">
      <p className="lc-muted">{t('gate.signOff.intro', { days: view.signOffMaxAgeDays })}</p>
      {signing === undefined ? <ActionError error={action.error} onReload={() => { action.clear(); onReload(); }} /> : null}
      <DataTable
        rows={view.functions} columns={columns} rowKey={(f) => f.function} csvFileName={`${view.release.name}-sign-offs.csv`}
        labels={{ filter: t('gate.signOff.colFunction'), filterPlaceholder: t('gate.signOff.colFunction'), count: () => t('gate.page.signedSummary', { signed: view.signedCount, total: view.functions.length }), noMatch: '—' }}
        testIds={{ table: 'gate-signoff-table', row: 'gate-signoff-row' }}
      />
      <section aria-labelledby="gate-approvers-title" data-testid="gate-approvers">
        <h3 id="gate-approvers-title">{t('gate.signOff.approversTitle')}</h3>
        <p className="lc-muted gate-small">{t('gate.signOff.approversIntro')}</p>
        {view.approvers.length === 0 ? <p className="lc-muted">{t('gate.signOff.noApprovers')}</p> : (
          <ul>
            {view.approvers.map((a) => (
              <li key={a.accountId}>
                {t('gate.signOff.approverStatus', { name: a.displayName ?? a.accountId, status: a.status })}
                {a.description === null || a.description === '' ? null : <span className="lc-muted"> · {a.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {signing === undefined ? null : (
        <Dialog
          title={t('gate.signOff.confirmTitle', { function: functionText(t, signing.function) })}
          description={t('gate.signOff.confirmDetail', { function: functionText(t, signing.function), status: statusText(t, signing.status) })}
          onClose={() => { setSigning(undefined); action.clear(); }} onSubmit={() => { void sign(signing.function); }} testId="gate-sign-dialog"
          footer={(
            <>
              <ActionError error={action.error} onReload={() => { setSigning(undefined); action.clear(); onReload(); }} />
              <div className="gate-row">
                <span className="gate-spacer" />
                <button type="button" className="lc-button" onClick={() => { setSigning(undefined); action.clear(); }}>{t('gate.common.cancel')}</button>
                <button type="submit" className="lc-button gate-primary" data-testid="gate-sign-confirm" data-autofocus="" disabled={action.busy}>{t('gate.signOff.confirm')}</button>
              </div>
            </>
          )}
        >
          <ul>
            {view.criteria.filter((c) => c.criterion.function === signing.function).map((c) => (
              <li key={c.criterion.id}><Lozenge appearance={statusAppearance(c.status)}>{statusText(t, c.status)}</Lozenge> {criterionName(t, c.criterion)}</li>
            ))}
          </ul>
        </Dialog>
      )}
    </div>
  );
}
