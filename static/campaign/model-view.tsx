// The pre-launch model: the scenarios table (also the burn chart's figures), the capital burn per day per scenario
// with each break-even day marked, and the tornado of the base ROI's sensitivity to each input with its table.
import type { ModelInputWire } from '../campaign-config/model-form';
import { baseScenarioOf } from '../../src/domain/campaign';
import { useShell } from '../ui/app-shell';
import { DayLinesChart } from '../ui/charts/day-lines-chart';
import { TornadoChart } from '../ui/charts/tornado-chart';
import type { Translate } from '../ui/i18n';
import type { RoiView } from './campaign-screen';
import { formatPercent, formatUsd } from './format';

const NAMED = ['low', 'base', 'high'] as const;

/** A scenario's name in the user's language when it is one of low / base / high, else as the analyst named it. */
export function scenarioLabel(t: Translate, name: string): string {
  const named = NAMED.find((n) => n === name.toLowerCase());
  return named === undefined ? name : t(`roi.scenarios.${named}`);
}

export function ModelView({ view, model }: { readonly view: RoiView; readonly model: ModelInputWire }) {
  const { t } = useShell();
  return (
    <section className="cr-section" aria-labelledby="cr-model-title">
      <h3 id="cr-model-title">{t('roi.modelTitle')}</h3>
      <ScenarioTable view={view} model={model} />
      <Burn view={view} />
      <Sensitivity view={view} model={model} />
    </section>
  );
}

function ScenarioTable({ view, model }: { readonly view: RoiView; readonly model: ModelInputWire }) {
  const { t, language } = useShell();
  const usd = (v: number) => formatUsd(language, v);
  return (
    <table className="cr-table" data-testid="cr-scenarios">
      <caption>{t('roi.scenarios.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('roi.scenarios.name')}</th>
          <th scope="col">{t('roi.scenarios.dailyLift')}</th>
          <th scope="col">{t('roi.scenarios.incrementalVolume')}</th>
          <th scope="col">{t('roi.scenarios.incrementalRevenue')}</th>
          <th scope="col">{t('roi.scenarios.cost')}</th>
          <th scope="col">{t('roi.scenarios.incrementalNet')}</th>
          <th scope="col">{t('roi.scenarios.roi')}</th>
          <th scope="col">{t('roi.scenarios.breakEvenDay')}</th>
        </tr>
      </thead>
      <tbody>
        {view.model.scenarios.map((s, i) => (
          <tr key={s.name} data-testid="cr-scenario" data-key={s.name} data-roi={s.roi ?? ''} data-break-even={s.breakEvenDay ?? ''}>
            <th scope="row">{scenarioLabel(t, s.name)}</th>
            <td className="cr-num">{usd(model.scenarios[i]?.dailyLift ?? 0)}</td>
            <td className="cr-num">{usd(s.incrementalVolume)}</td>
            <td className="cr-num">{usd(s.incrementalRevenue)}</td>
            <td className="cr-num">{usd(s.cost)}</td>
            <td className={`cr-num ${s.incrementalNet < 0 ? 'cr-negative' : ''}`}>{usd(s.incrementalNet)}</td>
            <td className={`cr-num ${s.roi !== null && s.roi < 0 ? 'cr-negative' : ''}`}>{s.roi === null ? '—' : formatPercent(language, s.roi)}</td>
            <td className="cr-num">{s.breakEvenDay === null ? t('roi.scenarios.never') : t('roi.scenarios.dayN', { day: s.breakEvenDay })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Burn({ view }: { readonly view: RoiView }) {
  const { t, language } = useShell();
  const scenarios = view.model.scenarios;
  const days = Math.max(0, ...scenarios.map((s) => s.burn.length));
  const lines = scenarios.map((s) => t('roi.burn.line', {
    scenario: scenarioLabel(t, s.name), cost: formatUsd(language, s.burn[s.burn.length - 1] ?? 0),
    breakEven: s.breakEvenDay === null ? t('roi.scenarios.never') : t('roi.scenarios.dayN', { day: s.breakEvenDay }),
  })).join(' ');
  return (
    <div className="cr-chart-block">
      <h4>{t('roi.burn.title')}</h4>
      <DayLinesChart
        testId="cr-burn"
        series={scenarios.map((s) => ({ id: s.name, label: scenarioLabel(t, s.name), values: s.burn }))}
        markers={scenarios.flatMap((s, n) => (s.breakEvenDay === null ? [] : [{ day: s.breakEvenDay, series: n, label: t('roi.burn.marker', { scenario: scenarioLabel(t, s.name), day: s.breakEvenDay }) }]))}
        format={(v) => formatUsd(language, v)}
        formatDay={(day) => t('roi.burn.day', { day })}
        label={t('roi.burn.summary', { days, lines })}
      />
    </div>
  );
}

function Sensitivity({ view, model }: { readonly view: RoiView; readonly model: ModelInputWire }) {
  const { t, language } = useShell();
  const base = baseScenarioOf(model)?.roi ?? null;
  if (base === null) return null;
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(language, v));
  const inputs = view.sensitivity.map((bar) => ({ id: bar.input, label: t(`roi.sensitivity.inputs.${bar.input}`), low: bar.low, high: bar.high }));
  return (
    <div className="cr-chart-block">
      <h4>{t('roi.sensitivity.title')}</h4>
      <TornadoChart
        testId="cr-tornado"
        base={base}
        inputs={inputs}
        format={(v) => formatPercent(language, v)}
        lowLabel={t('roi.sensitivity.lowLegend')}
        highLabel={t('roi.sensitivity.highLegend')}
        label={t('roi.sensitivity.summary', { roi: pct(base), inputs: inputs.slice(0, 3).map((i) => `${i.label} (${pct(i.low)} … ${pct(i.high)})`).join(', ') })}
      />
      <table className="cr-table" data-testid="cr-sensitivity">
        <thead>
          <tr>
            <th scope="col">{t('roi.sensitivity.input')}</th>
            <th scope="col">{t('roi.sensitivity.low')}</th>
            <th scope="col">{t('roi.sensitivity.high')}</th>
            <th scope="col">{t('roi.sensitivity.swing')}</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((i) => (
            <tr key={i.id} data-testid="cr-sensitivity-row" data-key={i.id}>
              <th scope="row">{i.label}</th>
              <td className="cr-num">{pct(i.low)}</td>
              <td className="cr-num">{pct(i.high)}</td>
              <td className="cr-num">{pct(Math.abs((i.high ?? base) - (i.low ?? base)))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
