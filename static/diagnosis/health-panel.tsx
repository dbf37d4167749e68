// The business-health tab: the day picked (latest by default), how fresh the data is, incomplete days and gaps said
// plainly, the eight KPI tiles with day-over-day and week-over-week change and a sparkline, the day's P&L waterfall
// beside its table, and every KPI by symbol or by segment.
import { useState } from 'react';
import { KPI_KEYS, type KpiKey } from '../../src/domain/diagnosis/vocabulary';
import { useShell } from '../ui/app-shell';
import { Sparkline } from '../ui/charts/sparkline';
import { WaterfallChart } from '../ui/charts/waterfall-chart';
import { DateInput } from '../ui/form/inputs';
import { formatAge } from '../ui/relative-age';
import { Banner } from '../ui/status/banner';
import { Lozenge } from '../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { useCall } from '../ui/use-call';
import { useNow } from '../ui/use-now';
import { formatChange, formatDay, formatShare, formatValue } from './format';
import { FunnelStages } from './funnel-stages';
import {
  changeTone, freshnessOf, incompleteDays, kpiKind, localToday, sparklinePoints, symbolRows, waterfallSteps,
  type Change, type Health, type KpiTile, type SymbolRow,
} from './health-view';
import { CallFailure } from './not-available';

export function HealthPanel({ projectKey }: { readonly projectKey: string }) {
  const { t } = useShell();
  const [date, setDate] = useState<string | undefined>(undefined);
  const { state, reload } = useCall('diagnosis/health', { projectKey, ...(date === undefined ? {} : { date }), days: 28 });
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('common.loading')}</p>;
  if (state.status === 'failed') return <CallFailure error={state.error} onRetry={reload} testId="dg-health" />;
  const health = state.data;
  if (health.date === null) return <Banner appearance="info" data-testid="dg-health-empty" title={t('diagnosis.health.emptyTitle')} detail={t('diagnosis.health.emptyDetail')} />;
  return <HealthView health={health} onDate={setDate} />;
}

function ChangeText({ kpi, change, label }: { readonly kpi: KpiKey; readonly change: Change; readonly label: string }) {
  const { t, language } = useShell();
  const tone = changeTone(kpi, change);
  const text = change.relative === null ? t('diagnosis.health.noChange') : formatChange(language, change.relative);
  return <span className={`dg-change dg-tone-${tone}`} data-tone={tone}>{label} {text}</span>;
}

function HealthView({ health, onDate }: { readonly health: Health; readonly onDate: (date: string | undefined) => void }) {
  const { t, language } = useShell();
  const now = useNow();
  const day = health.date ?? '';
  const freshness = freshnessOf(health.latestDate, localToday(now));
  const incompleteSet = new Set(health.incomplete.map((d) => d.date));
  const dayIncomplete = health.incomplete.find((d) => d.date === day);
  return (
    <div className="dg-stack" data-testid="dg-health" data-date={day}>
      <div className="dg-row">
        <label className="dg-row">
          <span>{t('diagnosis.health.day')}</span>
          <DateInput data-testid="dg-health-date" value={day} max={health.latestDate ?? undefined}
            onChange={(event) => { if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onDate(event.target.value); }} />
        </label>
        {day !== health.latestDate ? <button type="button" className="lc-button" data-testid="dg-health-latest" onClick={() => { onDate(undefined); }}>{t('diagnosis.health.latest')}</button> : null}
        <span className="lc-muted" data-testid="dg-freshness" data-kind={freshness.kind}>
          {t('diagnosis.health.dataUpTo', { date: formatDay(language, health.latestDate ?? day) })}
          {health.updatedAt === null ? '' : ` · ${t('diagnosis.health.received', { age: formatAge(language, health.updatedAt, now, t('diagnosis.common.justNow')) })}`}
        </span>
      </div>
      {freshness.kind === 'behind' ? <Banner appearance="warning" data-testid="dg-behind" title={t('diagnosis.health.behind', { days: freshness.days })} /> : null}
      {dayIncomplete === undefined ? null : (
        <Banner appearance="warning" data-testid="dg-day-incomplete" title={t('diagnosis.health.dayIncomplete')} detail={t('diagnosis.health.missingSymbols', { symbols: dayIncomplete.missingSymbols.join(', ') })} />
      )}
      <div className="dg-tiles">
        {health.tiles.map((tile) => <Tile key={tile.kpi} tile={tile} incompleteDates={incompleteSet} />)}
      </div>
      {health.incomplete.length === 0 ? null : (
        <section className="dg-note" data-testid="dg-incomplete">
          <h3>{t('diagnosis.health.incompleteTitle')}</h3>
          <p className="lc-muted">{t('diagnosis.health.incompleteDetail')}</p>
          <ul>
            {incompleteDays(health).map((d) => (
              <li key={d.date} data-date={d.date}>{formatDay(language, d.date)}: {t('diagnosis.health.missingSymbols', { symbols: d.missingSymbols.join(', ') })}</li>
            ))}
          </ul>
        </section>
      )}
      <Waterfall health={health} />
      <Breakdown health={health} />
    </div>
  );
}

function Tile({ tile, incompleteDates }: { readonly tile: KpiTile; readonly incompleteDates: ReadonlySet<string> }) {
  const { t, language } = useShell();
  return (
    <article className="dg-tile" data-testid={`dg-tile-${tile.kpi}`} data-value={tile.value ?? ''}>
      <h3>{t(`diagnosis.kpi.${tile.kpi}`)}</h3>
      <p className="dg-tile-value">{tile.value === null ? t('diagnosis.health.noData') : formatValue(language, kpiKind(tile.kpi), tile.value)}</p>
      {tile.incomplete ? <Lozenge appearance="warning" title={t('diagnosis.health.dayIncomplete')}>{t('diagnosis.health.incomplete')}</Lozenge> : null}
      <p className="dg-tile-changes">
        <ChangeText kpi={tile.kpi} change={tile.dod} label={t('diagnosis.health.dod')} />
        <ChangeText kpi={tile.kpi} change={tile.wow} label={t('diagnosis.health.wow')} />
      </p>
      <Sparkline points={sparklinePoints(tile, incompleteDates)} width={180} testId={`dg-spark-${tile.kpi}`} />
    </article>
  );
}

function Waterfall({ health }: { readonly health: Health }) {
  const { t, language } = useShell();
  const steps = waterfallSteps(health.waterfall, (step) => t(`diagnosis.waterfall.${step}`));
  const usd = (value: number) => formatValue(language, 'usd', value);
  return (
    <section className="dg-section" data-testid="dg-waterfall">
      <h3>{t('diagnosis.waterfall.title', { date: formatDay(language, health.date ?? '') })}</h3>
      <div className="dg-row dg-top">
        <WaterfallChart steps={steps} format={usd} label={t('diagnosis.waterfall.title', { date: health.date ?? '' })} testId="dg-waterfall-chart" />
        <table className="lc-table dg-waterfall-table">
          <tbody>
            {steps.map((step) => <tr key={step.id} data-step={step.id}><th scope="row">{step.label}</th><td className="lc-table-numeric">{usd(step.value)}</td></tr>)}
          </tbody>
        </table>
      </div>
      <p className="lc-muted">{t('diagnosis.waterfall.formula')}</p>
    </section>
  );
}

type View = 'symbol' | 'segment';

function Breakdown({ health }: { readonly health: Health }) {
  const { t } = useShell();
  const [view, setView] = useState<View>('symbol');
  return (
    <section className="dg-section" data-testid="dg-breakdown">
      <div className="dg-row">
        <h3>{t('diagnosis.breakdown.title')}</h3>
        <div className="dg-switch" role="radiogroup" aria-label={t('diagnosis.breakdown.title')}>
          {(['symbol', 'segment'] as const).map((option) => (
            <button key={option} type="button" role="radio" aria-checked={view === option} className="lc-button" data-testid={`dg-by-${option}`}
              onClick={() => { setView(option); }}>{t(`diagnosis.breakdown.by.${option}`)}</button>
          ))}
        </div>
      </div>
      {view === 'symbol' ? <BySymbol health={health} /> : <BySegment health={health} />}
    </section>
  );
}

function BySymbol({ health }: { readonly health: Health }) {
  const { t, language } = useShell();
  const rows = symbolRows(health, 'volumeUsd');
  const columns: DataTableColumn<SymbolRow>[] = [
    {
      id: 'symbol', header: t('diagnosis.breakdown.symbol'), sortValue: (r) => r.symbol, csvValue: (r) => r.symbol, filterText: (r) => r.symbol,
      cell: (r) => <span>{r.symbol} {r.missing ? <Lozenge appearance="warning">{t('diagnosis.breakdown.missing')}</Lozenge> : null}</span>,
    },
    { id: 'share', header: t('diagnosis.breakdown.share'), numeric: true, sortValue: (r) => r.share ?? -1, csvValue: (r) => r.share ?? '', cell: (r) => (r.share === null ? '—' : formatShare(language, r.share)) },
    ...KPI_KEYS.flatMap((kpi): DataTableColumn<SymbolRow>[] => [
      {
        id: kpi, header: t(`diagnosis.kpi.${kpi}`), numeric: true, sortValue: (r) => r.cells[kpi].value ?? -Infinity, csvValue: (r) => r.cells[kpi].value ?? '',
        cell: (r) => {
          const cell = r.cells[kpi];
          if (cell.value === null) return '—';
          return <span className="dg-cell"><span>{formatValue(language, kpiKind(kpi), cell.value)}</span><ChangeText kpi={kpi} change={cell.dod} label={t('diagnosis.health.dod')} /></span>;
        },
      },
      { id: `${kpi}-dod`, header: `${t(`diagnosis.kpi.${kpi}`)} ${t('diagnosis.health.dod')}`, csvValue: (r) => r.cells[kpi].dod.relative ?? '' },
      { id: `${kpi}-wow`, header: `${t(`diagnosis.kpi.${kpi}`)} ${t('diagnosis.health.wow')}`, csvValue: (r) => r.cells[kpi].wow.relative ?? '' },
    ]),
  ];
  return (
    <DataTable rows={rows} columns={columns} rowKey={(r) => r.symbol} csvFileName={`kpis-by-symbol-${health.date ?? ''}.csv`}
      labels={{ filter: t('diagnosis.breakdown.filter'), filterPlaceholder: t('diagnosis.breakdown.filter'), count: (shown, total) => t('diagnosis.breakdown.count', { shown, total }), noMatch: t('diagnosis.breakdown.noMatch') }}
      testIds={{ table: 'dg-by-symbol-table', row: 'dg-by-symbol-row' }} />
  );
}

function BySegment({ health }: { readonly health: Health }) {
  const { t, language } = useShell();
  if (health.bySegment.length === 0) return <p className="lc-muted" data-testid="dg-by-segment-empty">{t('diagnosis.breakdown.noSegments')}</p>;
  return (
    <table className="lc-table" data-testid="dg-by-segment-table">
      <thead>
        <tr><th scope="col">{t('diagnosis.breakdown.segment')}</th><th scope="col">{t('diagnosis.breakdown.accounts')}</th><th scope="col">{t('diagnosis.breakdown.volume30d')}</th><th scope="col">{t('diagnosis.breakdown.funnel')}</th></tr>
      </thead>
      <tbody>
        {health.bySegment.map((row) => (
          <tr key={row.segment} data-key={row.segment}>
            <th scope="row">{row.segment}</th>
            <td className="lc-table-numeric">{row.accounts === null ? '—' : formatValue(language, 'count', row.accounts.accounts)}</td>
            <td className="lc-table-numeric">{row.accounts === null ? '—' : formatValue(language, 'usd', row.accounts.volume30dUsd)}</td>
            <td>{row.funnel.length === 0 ? '—' : <FunnelStages stages={row.funnel} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
