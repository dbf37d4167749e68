// The post-campaign audit: the lift (against control after the sample-ratio check, a broken split said plainly and
// not analysed, difference-in-differences against the baseline window without a control), the figures net of abuse,
// the funnel by stage against control, and the abuse flags with the analyst's overrides.
import { useShell } from '../ui/app-shell';
import { IntervalChart } from '../ui/charts/interval-chart';
import { excludesZero, type IntervalRow } from '../ui/charts/chart-model';
import { Banner } from '../ui/status/banner';
import type { ConfiguredMacro, RoiView } from './campaign-screen';
import { FlagsView } from './flags-view';
import { formatNumber, formatP, formatPercent, formatSigned, formatSignedPercent, formatUsd } from './format';

type Audit = NonNullable<RoiView['audit']>;
type Lift = Audit['lift'];
type ControlLift = Extract<Lift, { method: 'control' }>;
type Srm = ControlLift['srm'];

export function AuditView({ view, config, onChanged }: { readonly view: RoiView; readonly config: ConfiguredMacro; readonly onChanged: () => void }) {
  const { t } = useShell();
  const { audit } = view;
  return (
    <section className="cr-section" aria-labelledby="cr-audit-title">
      <h3 id="cr-audit-title">{t('roi.auditTitle')}</h3>
      {audit === null ? <p className="lc-muted" data-testid="cr-no-audit">{t('roi.noAudit')}</p> : (
        <>
          <LiftView lift={audit.lift} />
          <SummaryView audit={audit} />
          <FunnelView audit={audit} />
          <FlagsView audit={audit} config={config} canEdit={view.canEdit} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}

function srmParams(language: Parameters<typeof formatNumber>[0], srm: Srm) {
  return {
    treatment: formatNumber(language, srm.treatment), control: formatNumber(language, srm.control),
    expected: formatPercent(language, srm.expectedTreatmentShare), chi: formatNumber(language, srm.chiSquare, 2), p: formatP(language, srm.pValue),
  };
}

function LiftView({ lift }: { readonly lift: Lift }) {
  const { t, language } = useShell();
  switch (lift.method) {
    case 'broken-split':
      return <Banner appearance="danger" role="alert" data-testid="cr-srm" data-mismatch="true" title={t('roi.lift.srmBrokenTitle')} detail={t('roi.lift.srmBroken', srmParams(language, lift.srm))} />;
    case 'none':
      return <Banner appearance="warning" data-testid="cr-lift-none" title={t('roi.lift.none')} />;
    case 'difference-in-differences':
      return <DidView lift={lift} />;
    case 'control':
      return (
        <div className="cr-chart-block" data-testid="cr-lift" data-method="control">
          <h4>{t('roi.lift.title')}</h4>
          <p data-testid="cr-srm" data-mismatch="false">{t('roi.lift.srmOk', srmParams(language, lift.srm))}</p>
          <ControlLiftView lift={lift} />
        </div>
      );
  }
}

function ControlLiftView({ lift }: { readonly lift: ControlLift }) {
  const { t, language } = useShell();
  const metrics = [
    { id: 'volume', estimate: lift.volume, format: (v: number) => formatUsd(language, v) },
    { id: 'firstTradeRate', estimate: lift.firstTradeRate, format: (v: number) => formatSignedPercent(language, v) },
  ] as const;
  if (metrics.every((m) => m.estimate === null)) return <p className="lc-muted">{t('roi.lift.tooFew')}</p>;
  const pct = (v: number) => formatSignedPercent(language, v);
  // One chart per metric, each on its own axis (dollars; points of rate), so a control mean of zero still draws.
  const charts = metrics.flatMap((m) => {
    const e = m.estimate;
    if (e === null) return [];
    const row: IntervalRow = { id: m.id, label: t(`roi.lift.${m.id}`), estimate: e.difference, low: e.low, high: e.high };
    const summary = t('roi.lift.chartLine', {
      metric: row.label, estimate: m.format(row.estimate), low: m.format(row.low), high: m.format(row.high),
      significance: excludesZero(row) ? t('roi.lift.significant') : t('roi.lift.notSignificant'),
    });
    return [{ row, format: m.format, summary }];
  });
  return (
    <>
      <div className="cr-lift-charts" data-testid="cr-lift-chart" aria-label={t('roi.lift.chart')} role="group">
        {charts.map((c) => <IntervalChart key={c.row.id} testId={`cr-lift-chart-${c.row.id}`} rows={[c.row]} format={c.format} width={540} label={t('roi.lift.chartSummary', { lines: c.summary })} />)}
      </div>
      <table className="cr-table" data-testid="cr-lift-table">
        <thead>
          <tr>
            <th scope="col">{t('roi.lift.metric')}</th>
            <th scope="col">{t('roi.lift.treatment')}</th>
            <th scope="col">{t('roi.lift.control')}</th>
            <th scope="col">{t('roi.lift.difference')}</th>
            <th scope="col">{t('roi.lift.interval')}</th>
            <th scope="col">{t('roi.lift.relative')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => {
            const e = m.estimate;
            const plain = m.id === 'volume' ? m.format : (v: number) => formatPercent(language, v);
            return (
              <tr key={m.id} data-testid="cr-lift-row" data-key={m.id} data-low={e?.low ?? ''} data-high={e?.high ?? ''}>
                <th scope="row">{t(`roi.lift.${m.id}`)}</th>
                {e === null ? <td colSpan={5} className="lc-muted">{t('roi.lift.tooFew')}</td> : (
                  <>
                    <td className="cr-num">{plain(e.treatmentMean)}</td>
                    <td className="cr-num">{plain(e.controlMean)}</td>
                    <td className="cr-num">{m.format(e.difference)}</td>
                    <td className="cr-num">{`${m.format(e.low)} … ${m.format(e.high)}`}</td>
                    <td className="cr-num">{e.relative === null ? '—' : pct(e.relative)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function DidView({ lift }: { readonly lift: Extract<Lift, { method: 'difference-in-differences' }> }) {
  const { t, language } = useShell();
  const n = (v: number) => formatNumber(language, v, 1);
  return (
    <div className="cr-chart-block" data-testid="cr-lift" data-method="difference-in-differences">
      <h4>{t('roi.lift.didTitle')}</h4>
      <table className="cr-table" data-testid="cr-did">
        <thead>
          <tr>
            <th scope="col">{t('roi.lift.didPeriod')}</th>
            <th scope="col">{t('roi.lift.didPre')}</th>
            <th scope="col">{t('roi.lift.didPost')}</th>
            <th scope="col">{t('roi.lift.didChange')}</th>
          </tr>
        </thead>
        <tbody>
          <tr><th scope="row">{t('roi.lift.treatment')}</th><td className="cr-num">{n(lift.treatmentPre)}</td><td className="cr-num">{n(lift.treatmentPost)}</td><td className="cr-num">{formatSigned(language, lift.treatmentPost - lift.treatmentPre)}</td></tr>
          <tr><th scope="row">{t('roi.lift.control')}</th><td className="cr-num">{n(lift.controlPre)}</td><td className="cr-num">{n(lift.controlPost)}</td><td className="cr-num">{formatSigned(language, lift.controlPost - lift.controlPre)}</td></tr>
        </tbody>
      </table>
      <p data-testid="cr-did-estimate" data-value={lift.firstTradesPerDay}>{t('roi.lift.didEstimate', { value: formatSigned(language, lift.firstTradesPerDay) })}</p>
    </div>
  );
}

function SummaryView({ audit }: { readonly audit: Audit }) {
  const { t, language } = useShell();
  const s = audit.summary;
  const usd = (v: number | null) => (v === null ? '—' : formatUsd(language, v));
  const share = (v: number | null) => (v === null ? '—' : formatPercent(language, v));
  const tiles = [
    ['participants', formatNumber(language, audit.participants)],
    ['firstTraders', formatNumber(language, s.firstTraders)],
    ['genuineFirstTraders', formatNumber(language, s.genuineFirstTraders)],
    ['baselineConversions', formatNumber(language, s.baselineConversions)],
    ['washVolumeShare', audit.tradesImported ? share(s.washVolumeShare) : t('roi.summary.noTrades')],
    ['costUsd', usd(s.costUsd)],
    ['naiveCac', usd(s.naiveCac)],
    ['trueCac', usd(s.trueCac)],
    ['capitalRetentionD30', share(s.capitalRetentionD30)],
  ] as const;
  return (
    <div className="cr-chart-block">
      <h4>{t('roi.summary.title')}</h4>
      <dl className="cr-tiles" data-testid="cr-summary">
        {tiles.map(([key, value]) => (
          <div key={key} className="cr-tile" data-testid={`cr-summary-${key}`}>
            <dt>{t(`roi.summary.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function FunnelView({ audit }: { readonly audit: Audit }) {
  const { t, language } = useShell();
  const rate = (v: number | null) => (v === null ? '—' : formatPercent(language, v));
  const empty = audit.funnel.every((f) => f.treatment === 0 && f.control === 0);
  return (
    <div className="cr-chart-block">
      <h4>{t('roi.funnel.title')}</h4>
      {empty ? <p className="lc-muted">{t('roi.funnel.empty')}</p> : (
        <table className="cr-table" data-testid="cr-funnel">
          <thead>
            <tr>
              <th scope="col">{t('roi.funnel.stage')}</th>
              <th scope="col">{t('roi.funnel.treatment')}</th>
              <th scope="col">{t('roi.funnel.treatmentConversion')}</th>
              <th scope="col">{t('roi.funnel.control')}</th>
              <th scope="col">{t('roi.funnel.controlConversion')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.funnel.map((f) => (
              <tr key={f.stage} data-testid="cr-funnel-row" data-key={f.stage}>
                <th scope="row">{t(`roi.funnel.stages.${f.stage}`)}</th>
                <td className="cr-num">{formatNumber(language, f.treatment)}</td>
                <td className="cr-num">{rate(f.treatmentConversion)}</td>
                <td className="cr-num">{formatNumber(language, f.control)}</td>
                <td className="cr-num">{rate(f.controlConversion)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
