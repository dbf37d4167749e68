// The segments tab: whales (top volume), dormant (no trade in N days) and at-risk (volume down more than X% month
// over month) with counts per segment and region, funnel conversion by segment, and each list shown and exported as
// CSV, made in the browser, for a recall campaign; and the `accounts` import they come from (parsed in a worker).
import { useState } from 'react';
import type { AppError } from '../../src/contract';
import { SEGMENT_LISTS, type SegmentList } from '../../src/domain/diagnosis/vocabulary';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { downloadText } from '../ui/download';
import { TextInput } from '../ui/form/inputs';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { useCall } from '../ui/use-call';
import { MetricsImport } from '../metrics-import/metrics-import';
import { formatChange, formatShare, formatValue } from './format';
import { FunnelStages } from './funnel-stages';
import { CallFailure } from './not-available';
import { readSegmentSettings, segmentListCsv, segmentListFileName, type SegmentAccount, type SegmentSettingField } from './segments-view';

type Settings = Readonly<Record<SegmentSettingField, number>>;

export function SegmentsPanel({ projectKey }: { readonly projectKey: string }) {
  const { t } = useShell();
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const { state, reload } = useCall('diagnosis/segments', { projectKey, ...settings });
  const access = useCall('diagnosis/settings', { projectKey });
  return (
    <div className="dg-stack" data-testid="dg-segments">
      {state.status === 'loading' ? <p className="lc-muted" role="status">{t('common.loading')}</p> : null}
      {state.status === 'failed' ? <CallFailure error={state.error} onRetry={reload} testId="dg-segments" /> : null}
      {state.status === 'done' ? (
        <>
          <SettingsForm initial={{ whaleTopN: state.data.whaleTopN, dormantDays: state.data.dormantDays, atRiskDropPercent: state.data.atRiskDropPercent }} onApply={setSettings} />
          <Counts data={state.data} />
          {SEGMENT_LISTS.map((list) => <ListSection key={list} projectKey={projectKey} list={list} settings={settings} />)}
        </>
      ) : null}
      <section className="dg-section" data-testid="dg-accounts-import">
        <h3>{t('diagnosis.segments.importTitle')}</h3>
        <p className="lc-muted">{t('diagnosis.segments.importDetail')}</p>
        <MetricsImport target={{ projectKey, diagnosis: true }} formats={['accounts']} canImport={access.state.status === 'done' && access.state.data.canEdit} onImported={reload} />
      </section>
    </div>
  );
}

function SettingsForm({ initial, onApply }: { readonly initial: Settings; readonly onApply: (s: Settings) => void }) {
  const { t } = useShell();
  const [form, setForm] = useState<Record<SegmentSettingField, string>>({ whaleTopN: String(initial.whaleTopN), dormantDays: String(initial.dormantDays), atRiskDropPercent: String(initial.atRiskDropPercent) });
  const [errors, setErrors] = useState<Partial<Record<SegmentSettingField, string>>>({});
  return (
    <form className="dg-form" onSubmit={(e) => {
      e.preventDefault();
      const reading = readSegmentSettings(form);
      setErrors(reading.ok ? {} : Object.fromEntries(Object.entries(reading.errors).map(([k, v]) => [k, t(`diagnosis.segments.errors.${v}`)])));
      if (reading.ok) onApply(reading.settings);
    }}>
      {(['whaleTopN', 'dormantDays', 'atRiskDropPercent'] as const).map((field) => (
        <label key={field} className="lc-field"><span className="lc-field-label">{t(`diagnosis.segments.${field}`)}</span>
          <TextInput inputMode="numeric" data-testid={`dg-seg-${field}`} value={form[field]} aria-invalid={errors[field] !== undefined} onChange={(e) => { setForm({ ...form, [field]: e.target.value }); }} />
          {errors[field] === undefined ? null : <span className="lc-error" role="alert">{errors[field]}</span>}</label>
      ))}
      <button type="submit" className="lc-button">{t('diagnosis.segments.apply')}</button>
    </form>
  );
}

type SegmentsData = Extract<ReturnType<typeof useCall<'diagnosis/segments'>>['state'], { status: 'done' }>['data'];

function Counts({ data }: { readonly data: SegmentsData }) {
  const { t, language } = useShell();
  if (data.imported === null) return <p className="lc-muted" data-testid="dg-segments-none">{t('diagnosis.segments.noImport')}</p>;
  return (
    <section className="dg-section">
      <p data-testid="dg-segments-totals" data-accounts={data.totals.accounts} data-whales={data.totals.whales} data-dormant={data.totals.dormant} data-at-risk={data.totals.atRisk}>{t('diagnosis.segments.totals', { accounts: data.totals.accounts, whales: data.totals.whales, dormant: data.totals.dormant, atRisk: data.totals.atRisk, share: data.totals.whaleVolumeShare === null ? '—' : formatShare(language, data.totals.whaleVolumeShare) })}</p>
      <table className="lc-table" data-testid="dg-segment-counts">
        <thead><tr>{(['segment', 'region', 'accounts', 'whales', 'dormant', 'atRisk', 'volume'] as const).map((c) => <th key={c} scope="col">{t(`diagnosis.segments.col.${c}`)}</th>)}</tr></thead>
        <tbody>{data.counts.map((row) => (
          <tr key={`${row.segment}|${row.region}`}><td>{row.segment}</td><td>{row.region}</td><td className="lc-table-numeric">{row.accounts}</td><td className="lc-table-numeric">{row.whales}</td>
            <td className="lc-table-numeric">{row.dormant}</td><td className="lc-table-numeric">{row.atRisk}</td><td className="lc-table-numeric">{formatValue(language, 'usd', row.volume30dUsd)}</td></tr>
        ))}</tbody>
      </table>
      {data.funnel.length === 0 ? null : (
        <table className="lc-table" data-testid="dg-segment-funnel">
          <tbody>{data.funnel.map((f) => (
            <tr key={f.segment}><th scope="row">{f.segment}</th><td><FunnelStages stages={f.stages} /></td></tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}

function ListSection({ projectKey, list, settings }: { readonly projectKey: string; readonly list: SegmentList; readonly settings: Settings | undefined }) {
  const { t, language } = useShell();
  const [accounts, setAccounts] = useState<{ readonly rows: readonly SegmentAccount[]; readonly total: number; readonly asOf: string } | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const load = async () => {
    setError(undefined);
    const answer = await call('diagnosis/segmentList', { projectKey, list, ...settings });
    if (!answer.ok) { setError(answer.error); return; }
    setAccounts({ rows: answer.data.accounts, total: answer.data.total, asOf: answer.data.asOf });
  };
  const columns: DataTableColumn<SegmentAccount>[] = [
    { id: 'account', header: t('diagnosis.segments.col.account'), sortValue: (a) => a.account, filterText: (a) => a.account, cell: (a) => a.account },
    { id: 'segment', header: t('diagnosis.segments.col.segment'), sortValue: (a) => a.segment, filterText: (a) => `${a.segment} ${a.region}`, cell: (a) => `${a.segment} / ${a.region}` },
    { id: 'volume', header: t('diagnosis.segments.col.volume'), numeric: true, sortValue: (a) => a.volume30dUsd, cell: (a) => formatValue(language, 'usd', a.volume30dUsd) },
    { id: 'change', header: t('diagnosis.segments.col.change'), numeric: true, sortValue: (a) => a.volumeChange ?? 0, cell: (a) => (a.volumeChange === null ? '—' : formatChange(language, a.volumeChange)) },
    { id: 'days', header: t('diagnosis.segments.col.daysSinceTrade'), numeric: true, sortValue: (a) => a.daysSinceTrade ?? -1, cell: (a) => a.daysSinceTrade ?? '—' },
  ];
  return (
    <section className="dg-section" data-testid={`dg-list-${list}`}>
      <div className="dg-row">
        <h3>{t(`diagnosis.segments.lists.${list}`)}</h3>
        <button type="button" className="lc-button" data-testid={`dg-list-${list}-load`} onClick={() => { void load(); }}>{t('diagnosis.segments.show')}</button>
        {accounts === undefined ? null : (
          <button type="button" className="lc-button" data-testid={`dg-list-${list}-csv`}
            onClick={() => { downloadText(segmentListCsv(accounts.rows), segmentListFileName(list, accounts.asOf), 'text/csv;charset=utf-8'); }}>⤓ {t('diagnosis.segments.exportList')}</button>
        )}
      </div>
      {error === undefined ? null : <CallFailure error={error} onRetry={() => { void load(); }} testId={`dg-list-${list}`} />}
      {accounts === undefined ? null : (
        <DataTable rows={accounts.rows} columns={columns} rowKey={(a) => a.account} csvFileName={segmentListFileName(list, accounts.asOf)}
          labels={{ filter: t('diagnosis.segments.filter'), filterPlaceholder: t('diagnosis.segments.filter'), count: (shown) => t('diagnosis.breakdown.count', { shown, total: accounts.total }), noMatch: t('diagnosis.breakdown.noMatch') }} />
      )}
    </section>
  );
}
