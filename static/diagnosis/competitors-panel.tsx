// The competitor watch tab: the change log made from competitor snapshots ("X cut the taker fee on BTCUSDT to
// 0.04% on ..."), which the anomalies show as candidate causes, the snapshots kept, and a form for one exchange's
// snapshot of a day (it replaces any snapshot of that day and exchange), or a CSV of snapshots imported.
import { useState } from 'react';
import type { AppError } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { DateInput, TextInput } from '../ui/form/inputs';
import { useCall } from '../ui/use-call';
import { MetricsImport } from '../metrics-import/metrics-import';
import { blankSnapshotRow, changeWording, orderedChanges, readSnapshot, type SnapshotDraft, type SnapshotError } from './competitor-view';
import { formatDay } from './format';
import { CallFailure } from './not-available';

export function CompetitorsPanel({ projectKey }: { readonly projectKey: string }) {
  const { t, language } = useShell();
  const { state, reload } = useCall('diagnosis/competitors', { projectKey });
  const pct = (fee: number | undefined) => (fee === undefined ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 3 }).format(fee));
  return (
    <div className="dg-stack" data-testid="dg-competitors">
      {state.status === 'loading' ? <p className="lc-muted" role="status">{t('common.loading')}</p> : null}
      {state.status === 'failed' ? <CallFailure error={state.error} onRetry={reload} testId="dg-competitors" /> : null}
      {state.status === 'done' ? (
        <section className="dg-section">
          <h3>{t('diagnosis.competitors.log')}</h3>
          {state.data.changes.length === 0 ? <p className="lc-muted">{t('diagnosis.competitors.noChanges')}</p> : (
            <ul data-testid="dg-change-log">
              {orderedChanges(state.data.changes).map((change) => {
                const w = changeWording(change);
                return <li key={change.id} data-kind={w.kind}>{t(`diagnosis.competitors.kinds.${w.kind}`, { exchange: w.exchange, symbol: w.symbol, tier: w.tier, before: pct(w.before), after: pct(w.after), promotion: w.promotion, date: formatDay(language, w.date) })}</li>;
              })}
            </ul>
          )}
          <p className="lc-muted">{t('diagnosis.competitors.snapshots', { count: state.data.snapshots.length })}</p>
        </section>
      ) : null}
      <SnapshotForm projectKey={projectKey} onSaved={reload} />
      <section className="dg-section" data-testid="dg-competitors-import">
        <h3>{t('diagnosis.competitors.importTitle')}</h3>
        <MetricsImport target={{ projectKey, diagnosis: true }} formats={['competitors']} canImport={state.status === 'done' && state.data.canEdit} onImported={reload} />
      </section>
    </div>
  );
}

function SnapshotForm({ projectKey, onSaved }: { readonly projectKey: string; readonly onSaved: () => void }) {
  const { t } = useShell();
  const [draft, setDraft] = useState<SnapshotDraft>({ date: '', exchange: '', rows: [blankSnapshotRow()] });
  const [errors, setErrors] = useState<Readonly<Record<string, SnapshotError>>>({});
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const save = async () => {
    const reading = readSnapshot(draft);
    setErrors(reading.ok ? {} : reading.errors);
    if (!reading.ok) return;
    setError(undefined);
    const answer = await call('diagnosis/saveCompetitorSnapshot', { projectKey, ...reading.input });
    if (!answer.ok) { setError(answer.error); return; }
    setSaved(answer.data.changes.length);
    onSaved();
  };
  const err = (key: string) => { const e = errors[key]; return e === undefined ? null : <span className="lc-error" role="alert" data-testid={`dg-snap-error-${key}`}>{t(`diagnosis.competitors.errors.${e}`)}</span>; };
  const setRow = (n: number, field: keyof SnapshotDraft['rows'][number], value: string) => {
    setDraft({ ...draft, rows: draft.rows.map((row, i) => (i === n ? { ...row, [field]: value } : row)) });
  };
  return (
    <form className="dg-section dg-stack" data-testid="dg-snapshot-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{t('diagnosis.competitors.formTitle')}</h3>
      <div className="dg-form">
        <label className="lc-field"><span className="lc-field-label">{t('diagnosis.competitors.date')}</span>
          <DateInput data-testid="dg-snap-date" value={draft.date} onChange={(e) => { setDraft({ ...draft, date: e.target.value }); }} />{err('date')}</label>
        <label className="lc-field"><span className="lc-field-label">{t('diagnosis.competitors.exchange')}</span>
          <TextInput data-testid="dg-snap-exchange" value={draft.exchange} onChange={(e) => { setDraft({ ...draft, exchange: e.target.value }); }} />{err('exchange')}</label>
      </div>
      {draft.rows.map((row, n) => (
        <div key={n} className="dg-form" data-testid="dg-snap-row">
          {(['symbol', 'tier', 'makerPct', 'takerPct', 'promotion'] as const).map((field) => (
            <label key={field} className="lc-field"><span className="lc-field-label">{t(`diagnosis.competitors.fields.${field}`)}</span>
              <TextInput data-testid={`dg-snap-${field}-${String(n)}`} value={row[field]} onChange={(e) => { setRow(n, field, e.target.value); }} />{err(`rows.${String(n)}.${field}`)}</label>
          ))}
          <button type="button" className="lc-button" onClick={() => { setDraft({ ...draft, rows: draft.rows.filter((_, i) => i !== n) }); }}>{t('diagnosis.competitors.removeRow')}</button>
        </div>
      ))}
      {err('rows')}
      <div className="dg-row">
        <button type="button" className="lc-button" onClick={() => { setDraft({ ...draft, rows: [...draft.rows, blankSnapshotRow()] }); }}>{t('diagnosis.competitors.addRow')}</button>
        <button type="submit" className="lc-button dg-primary" data-testid="dg-snap-save">{t('diagnosis.competitors.save')}</button>
        {saved === undefined ? null : <span role="status" className="lc-muted" data-testid="dg-snap-saved">{t('diagnosis.competitors.saved', { count: saved })}</span>}
      </div>
      {error === undefined ? null : <CallFailure error={error} onRetry={() => { void save(); }} testId="dg-snapshot" />}
    </form>
  );
}
