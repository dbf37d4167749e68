// The anomalies tab: the days judged, the threshold and minimum history to try (and, for those who may, to save as
// the project's), the gaps listed apart (a missing day is never a drop), and one card per anomaly: score,
// direction, change against the expected value, its drivers as shares, the funnel stage that moved, candidate
// causes and the cause the analyst picked.
import { useState } from 'react';
import type { Anomaly, AppError } from '../../src/contract';
import { DIAGNOSIS_METRICS, type DiagnosisMetric } from '../../src/domain/diagnosis/vocabulary';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { Checkbox } from '../ui/form/checkbox';
import { DateInput, TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { ShareBars } from '../ui/charts/share-bars';
import { Lozenge } from '../ui/status/lozenge';
import { useCall } from '../ui/use-call';
import { driverBars, metricKind, orderedAnomalies, readTuning, type Anomalies, type TuningError } from './anomaly-view';
import { CauseDialog, type CauseTarget } from './cause-dialog';
import { formatChange, formatDay, formatDecimal, formatShare, formatValue } from './format';
import { CallFailure } from './not-available';

interface Query { readonly from?: string; readonly to?: string; readonly threshold?: number; readonly minHistory?: number }

export function AnomaliesPanel({ projectKey }: { readonly projectKey: string }) {
  const { t } = useShell();
  const [query, setQuery] = useState<Query>({});
  const [target, setTarget] = useState<CauseTarget | undefined>(undefined);
  const { state, reload } = useCall('diagnosis/anomalies', { projectKey, perSymbol: true, ...query });
  const settings = useCall('diagnosis/settings', { projectKey });
  return (
    <div className="dg-stack" data-testid="dg-anomalies">
      {settings.state.status === 'failed' ? <CallFailure error={settings.state.error} onRetry={settings.reload} testId="dg-settings" /> : null}
      {state.status === 'done' ? (
        <Tuning key={`${String(state.data.threshold)}-${String(state.data.minHistory)}`} data={state.data} projectKey={projectKey} query={query} onQuery={setQuery}
          settings={settings.state.status === 'done' ? settings.state.data : undefined} onSaved={settings.reload} />
      ) : null}
      {state.status === 'loading' ? <p className="lc-muted" role="status">{t('common.loading')}</p> : null}
      {state.status === 'failed' ? <CallFailure error={state.error} onRetry={reload} testId="dg-anomalies" /> : null}
      {state.status === 'done' ? <AnomalyList data={state.data} onCause={setTarget} /> : null}
      {target === undefined ? null : <CauseDialog projectKey={projectKey} target={target} onClose={() => { setTarget(undefined); }} onSaved={() => { setTarget(undefined); reload(); }} />}
    </div>
  );
}

type Settings = Extract<ReturnType<typeof useCall<'diagnosis/settings'>>['state'], { status: 'done' }>['data'];

function Tuning({ data, projectKey, query, onQuery, settings, onSaved }: {
  readonly data: Anomalies; readonly projectKey: string; readonly query: Query; readonly onQuery: (q: Query) => void;
  readonly settings: Settings | undefined; readonly onSaved: () => void;
}) {
  const { t } = useShell();
  const [threshold, setThreshold] = useState(String(data.threshold));
  const [minHistory, setMinHistory] = useState(String(data.minHistory));
  const [errors, setErrors] = useState<Partial<Record<'threshold' | 'minHistory', TuningError>>>({});
  const [saveError, setSaveError] = useState<AppError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const read = () => {
    const reading = readTuning(threshold, minHistory);
    setErrors(reading.ok ? {} : reading.errors);
    return reading.ok ? reading : undefined;
  };
  const save = async () => {
    const reading = read();
    if (reading === undefined || settings === undefined) return;
    setSaveError(undefined);
    const answer = await call('diagnosis/saveSettings', { projectKey, settings: { ...settings.settings, threshold: reading.threshold, minHistory: reading.minHistory }, expectedRevision: settings.revision });
    if (!answer.ok) { setSaveError(answer.error); return; }
    setSaved(true);
    onSaved();
  };
  const errorText = (field: 'threshold' | 'minHistory') => { const e = errors[field]; return e === undefined ? undefined : t(`diagnosis.tuning.errors.${e}`); };
  return (
    <form className="dg-stack" data-testid="dg-tuning" onSubmit={(event) => { event.preventDefault(); const r = read(); if (r !== undefined) onQuery({ ...query, threshold: r.threshold, minHistory: r.minHistory }); }}>
      <div className="dg-form">
      <label className="lc-field"><span className="lc-field-label">{t('diagnosis.tuning.from')}</span>
        <DateInput data-testid="dg-from" value={query.from ?? data.from ?? ''} onChange={(e) => { if (e.target.value !== '') onQuery({ ...query, from: e.target.value, to: query.to ?? data.to ?? e.target.value }); }} /></label>
      <label className="lc-field"><span className="lc-field-label">{t('diagnosis.tuning.to')}</span>
        <DateInput data-testid="dg-to" value={query.to ?? data.to ?? ''} onChange={(e) => { if (e.target.value !== '') onQuery({ ...query, to: e.target.value, from: query.from ?? data.from ?? e.target.value }); }} /></label>
      <label className="lc-field"><span className="lc-field-label">{t('diagnosis.tuning.threshold')}</span>
        <TextInput inputMode="decimal" data-testid="dg-threshold" value={threshold} aria-invalid={errors.threshold !== undefined} onChange={(e) => { setThreshold(e.target.value); }} />
        {errorText('threshold') === undefined ? null : <span className="lc-error" role="alert" data-testid="dg-threshold-error">{errorText('threshold')}</span>}</label>
      <label className="lc-field"><span className="lc-field-label">{t('diagnosis.tuning.minHistory')}</span>
        <TextInput inputMode="numeric" data-testid="dg-min-history" value={minHistory} aria-invalid={errors.minHistory !== undefined} onChange={(e) => { setMinHistory(e.target.value); }} />
        {errorText('minHistory') === undefined ? null : <span className="lc-error" role="alert" data-testid="dg-min-history-error">{errorText('minHistory')}</span>}</label>
      </div>
      <div className="dg-row">
        <button type="submit" className="lc-button" data-testid="dg-tuning-try">{t('diagnosis.tuning.try')}</button>
        {settings?.canEdit === true ? <button type="button" className="lc-button" data-testid="dg-tuning-save" onClick={() => { void save(); }}>{t('diagnosis.tuning.save')}</button> : null}
        {saved ? <span className="lc-muted" role="status" data-testid="dg-tuning-saved">{t('diagnosis.tuning.saved')}</span> : null}
      </div>
      {saveError === undefined ? null : <CallFailure error={saveError} onRetry={() => { void save(); }} testId="dg-tuning" />}
    </form>
  );
}

function AnomalyList({ data, onCause }: { readonly data: Anomalies; readonly onCause: (target: CauseTarget) => void }) {
  const { t, language } = useShell();
  const [metric, setMetric] = useState<DiagnosisMetric | 'all'>('all');
  const [totalsOnly, setTotalsOnly] = useState(false);
  const shown = orderedAnomalies(data.anomalies, { metric, totalsOnly });
  return (
    <>
      <p className="lc-muted" data-testid="dg-anomalies-summary">
        {t('diagnosis.anomalies.summary', { count: data.anomalies.length, from: formatDay(language, data.from ?? ''), to: formatDay(language, data.to ?? ''), threshold: formatDecimal(language, data.threshold) })}
        {data.notJudged > 0 ? ` ${t('diagnosis.anomalies.notJudged', { count: data.notJudged })}` : ''}
      </p>
      {data.gaps.length === 0 ? null : (
        <section className="dg-note" data-testid="dg-gaps">
          <h3>{t('diagnosis.anomalies.gapsTitle')}</h3>
          <p className="lc-muted">{t('diagnosis.anomalies.gapsDetail')}</p>
          <ul>{data.gaps.map((gap) => <li key={`${gap.date}-${gap.symbol}`} data-testid="dg-gap" data-date={gap.date} data-symbol={gap.symbol}>{formatDay(language, gap.date)}: {gap.symbol}</li>)}</ul>
        </section>
      )}
      <div className="dg-row">
        <Select<DiagnosisMetric | 'all'> aria-label={t('diagnosis.anomalies.metric')} data-testid="dg-metric-filter" value={metric} onChange={setMetric}
          options={[{ value: 'all', label: t('diagnosis.anomalies.allMetrics') }, ...DIAGNOSIS_METRICS.map((m) => ({ value: m, label: t(`diagnosis.metric.${m}`) }))]} />
        <Checkbox label={t('diagnosis.anomalies.totalsOnly')} checked={totalsOnly} onChange={setTotalsOnly} data-testid="dg-totals-only" />
      </div>
      {shown.length === 0 ? <p className="lc-muted" data-testid="dg-anomalies-none">{t('diagnosis.anomalies.none')}</p> : (
        <ul className="dg-list">{shown.map((anomaly) => <li key={anomaly.id}><AnomalyCard anomaly={anomaly} onCause={onCause} /></li>)}</ul>
      )}
    </>
  );
}

export function anomalyTitle(t: ReturnType<typeof useShell>['t'], language: ReturnType<typeof useShell>['language'], a: Pick<Anomaly, 'metric' | 'symbol' | 'date'>): string {
  return t('diagnosis.anomalies.cardTitle', { metric: t(`diagnosis.metric.${a.metric}`), scope: a.symbol ?? t('diagnosis.anomalies.total'), date: formatDay(language, a.date) });
}

export function DriverBars({ item }: { readonly item: Pick<Anomaly, 'drivers' | 'direction'> }) {
  const { t, language } = useShell();
  const bars = driverBars(item);
  if (bars.length === 0) return null;
  return (
    <ShareBars label={t('diagnosis.anomalies.drivers')} testId="dg-drivers" barTestId="dg-driver"
      bars={bars.map((bar) => ({ key: bar.key, label: bar.against ? `${bar.key} (${t('diagnosis.anomalies.against')})` : bar.key, share: bar.share, shareText: formatShare(language, bar.share), muted: bar.against }))} />
  );
}

/** The candidate causes beside an anomaly or a report item, each with its kind and the days it covers. */
export function CandidateList({ candidates, testId }: { readonly candidates: readonly Anomaly['candidates'][number][]; readonly testId: string }) {
  const { t, language } = useShell();
  return (
    <div data-testid={testId}>
      <span className="lc-muted">{t('diagnosis.anomalies.candidates')}</span>
      <ul className="dg-candidates">
        {candidates.map((c) => (
          <li key={`${c.kind}-${c.id}`} data-kind={c.kind}>
            <Lozenge appearance="info">{t(`diagnosis.candidate.${c.kind}`)}</Lozenge> {c.label}
            <span className="lc-muted"> · {c.from === c.to ? formatDay(language, c.from) : `${formatDay(language, c.from)} – ${formatDay(language, c.to)}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function AnomalyCard({ anomaly, onCause }: { readonly anomaly: Anomaly; readonly onCause: (target: CauseTarget) => void }) {
  const { t, language } = useShell();
  const kind = metricKind(anomaly.metric);
  const title = anomalyTitle(t, language, anomaly);
  return (
    <article className="dg-card" data-testid="dg-anomaly" data-id={anomaly.id} data-direction={anomaly.direction}>
      <div className="dg-row">
        <h4>{title}</h4>
        <Lozenge appearance={anomaly.direction === 'down' ? 'danger' : 'success'}>{t(`diagnosis.anomalies.${anomaly.direction}`)}</Lozenge>
        {anomaly.incomplete ? <Lozenge appearance="warning">{t('diagnosis.health.incomplete')}</Lozenge> : null}
        <span className="lc-muted" data-testid="dg-score">{t('diagnosis.anomalies.score', { score: formatDecimal(language, anomaly.score) })}</span>
      </div>
      <p>{t('diagnosis.anomalies.versus', {
        value: formatValue(language, kind, anomaly.value), expected: formatValue(language, kind, anomaly.expected),
        change: anomaly.change === null ? t('diagnosis.health.noChange') : formatChange(language, anomaly.change),
      })}</p>
      <DriverBars item={anomaly} />
      {anomaly.stage === undefined ? null : (
        <p data-testid="dg-stage">{t('diagnosis.anomalies.stage', {
          stage: t(`diagnosis.metric.${anomaly.stage.stage}`), conversion: formatShare(language, anomaly.stage.conversion), expected: formatShare(language, anomaly.stage.expected),
          segment: anomaly.stage.segment ?? t('diagnosis.anomalies.allSegments'),
        })}</p>
      )}
      {anomaly.candidates.length === 0 ? <p className="lc-muted" data-testid="dg-candidates">{t('diagnosis.anomalies.candidates')} {t('diagnosis.anomalies.noCandidates')}</p>
        : <CandidateList candidates={anomaly.candidates} testId="dg-candidates" />}
      <div className="dg-row">
        <span data-testid="dg-cause">{anomaly.cause === null ? t('diagnosis.anomalies.noCause') : `${t(`diagnosis.causes.${anomaly.cause.cause}`)}${anomaly.cause.comment === '' ? '' : `: ${anomaly.cause.comment}`}`}</span>
        <button type="button" className="lc-button" data-testid="dg-set-cause"
          onClick={() => { onCause({ itemId: anomaly.id, date: anomaly.date, title, candidates: anomaly.candidates, cause: anomaly.cause?.cause, comment: anomaly.cause?.comment, state: anomaly.cause?.state }); }}>
          {t('diagnosis.anomalies.setCause')}
        </button>
      </div>
    </article>
  );
}
