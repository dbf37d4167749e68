// The countermeasure calculator: a limited-time fee waiver or a targeted subsidy priced against the volume at risk
// (an anomaly's daily shortfall, or a figure typed), with the campaign model of issue 9: net fee rate, break-even
// lift, and per scenario the volume won back, revenue, cost, net and ROI; a reward that makes wash trading pay is
// flagged.
import { useState } from 'react';
import type { AppError, OutputOf } from '../../src/contract';
import { COUNTERMEASURES } from '../../src/domain/diagnosis/vocabulary';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { Banner } from '../ui/status/banner';
import { useCall } from '../ui/use-call';
import { COUNTERMEASURE_FIELDS, defaultCountermeasure, readCountermeasure, type CountermeasureDraft, type FormError } from './countermeasure-form';
import { formatChange, formatDay, formatValue } from './format';
import { CallFailure } from './not-available';

type Result = OutputOf<'diagnosis/countermeasure'>;
const SCENARIOS = ['low', 'base', 'high'] as const;

export function CountermeasurePanel({ projectKey }: { readonly projectKey: string }) {
  const { t, language } = useShell();
  const anomalies = useCall('diagnosis/anomalies', { projectKey, perSymbol: true });
  const [draft, setDraft] = useState<CountermeasureDraft>(defaultCountermeasure());
  const [errors, setErrors] = useState<Partial<Record<string, FormError>>>({});
  const [result, setResult] = useState<Result | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const drops = anomalies.state.status === 'done' ? anomalies.state.data.anomalies.filter((a) => a.direction === 'down' && a.metric === 'volume_usd') : [];
  const price = async () => {
    const reading = readCountermeasure(draft);
    setErrors(reading.ok ? {} : reading.errors);
    if (!reading.ok) return;
    setError(undefined);
    const answer = await call('diagnosis/countermeasure', { projectKey, ...reading.input });
    if (!answer.ok) { setError(answer.error); setResult(undefined); return; }
    setResult(answer.data);
  };
  const usd = (v: number) => formatValue(language, 'usd', v);
  const scenarioLabel = (name: string) => { const known = SCENARIOS.find((n) => n === name); return known === undefined ? name : t(`diagnosis.countermeasure.scenarios.${known}`); };
  return (
    <form className="dg-stack" data-testid="dg-countermeasure" onSubmit={(e) => { e.preventDefault(); void price(); }}>
      <div className="dg-form">
        <label className="lc-field"><span className="lc-field-label">{t('diagnosis.countermeasure.measure')}</span>
          <Select data-testid="dg-cm-measure" value={draft.measure} onChange={(measure) => { setDraft({ ...draft, measure }); }}
            options={COUNTERMEASURES.map((m) => ({ value: m, label: t(`diagnosis.countermeasure.measures.${m}`) }))} /></label>
        <label className="lc-field"><span className="lc-field-label">{t('diagnosis.countermeasure.anomaly')}</span>
          <Select data-testid="dg-cm-anomaly" value={draft.anomalyId} onChange={(anomalyId) => { setDraft({ ...draft, anomalyId }); }}
            options={[{ value: '', label: t('diagnosis.countermeasure.typed') }, ...drops.map((a) => ({ value: a.id, label: `${formatDay(language, a.date)} ${a.symbol ?? t('diagnosis.anomalies.total')} ${a.change === null ? '' : formatChange(language, a.change)}` }))]} /></label>
        {COUNTERMEASURE_FIELDS.map((field) => (
          <label key={field} className="lc-field"><span className="lc-field-label">{t(`diagnosis.countermeasure.fields.${field}`)}</span>
            <TextInput inputMode="decimal" data-testid={`dg-cm-${field}`} value={draft[field]} aria-invalid={errors[field] !== undefined} onChange={(e) => { setDraft({ ...draft, [field]: e.target.value }); }} />
            {errors[field] === undefined ? null : <span className="lc-error" role="alert" data-testid={`dg-cm-${field}-error`}>{t(`diagnosis.countermeasure.errors.${errors[field]}`)}</span>}</label>
        ))}
      </div>
      <div className="dg-row"><button type="submit" className="lc-button dg-primary" data-testid="dg-cm-price">{t('diagnosis.countermeasure.price')}</button></div>
      {error === undefined ? null : <CallFailure error={error} onRetry={() => { void price(); }} testId="dg-cm" />}
      {result === undefined ? null : (
        <section className="dg-section" data-testid="dg-cm-result" data-verdict={result.model.verdict}>
          <p>{t('diagnosis.countermeasure.atRisk', { atRisk: usd(result.volumeAtRiskDailyUsd), covered: usd(result.coveredDailyVolumeUsd) })}</p>
          <p>{t('diagnosis.countermeasure.breakEven', { lift: result.model.breakEvenDailyLift === null ? '—' : usd(result.model.breakEvenDailyLift) })}</p>
          <Banner appearance={result.model.verdict === 'profitable' ? 'success' : result.model.verdict === 'marginal' ? 'warning' : 'danger'} title={t(`diagnosis.countermeasure.verdicts.${result.model.verdict}`)} />
          {result.washTradingPays ? <Banner appearance="danger" data-testid="dg-cm-wash" title={t('diagnosis.countermeasure.washTrading')} /> : null}
          <table className="lc-table">
            <thead><tr>{(['scenario', 'volume', 'revenue', 'cost', 'net', 'roi'] as const).map((c) => <th key={c} scope="col">{t(`diagnosis.countermeasure.col.${c}`)}</th>)}</tr></thead>
            <tbody>{result.model.scenarios.map((s) => (
              <tr key={s.name} data-scenario={s.name}><th scope="row">{scenarioLabel(s.name)}</th><td className="lc-table-numeric">{usd(s.incrementalVolume)}</td>
                <td className="lc-table-numeric">{usd(s.incrementalRevenue)}</td><td className="lc-table-numeric">{usd(s.cost)}</td><td className="lc-table-numeric">{usd(s.incrementalNet)}</td>
                <td className="lc-table-numeric">{s.roi === null ? '—' : formatChange(language, s.roi)}</td></tr>
            ))}</tbody>
          </table>
        </section>
      )}
    </form>
  );
}
