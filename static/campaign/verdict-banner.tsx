// The verdict of the pre-launch model, said first: profitable, marginal or all buzz and no profit, with the base
// ROI and the break-even daily lift; then the warnings: rewards that make wash trading pay, a baseline volume that
// differs from what the imported daily metrics say.
import type { ModelInputWire } from '../campaign-config/model-form';
import { baseScenarioOf } from '../../src/domain/campaign';
import { useShell } from '../ui/app-shell';
import { Banner } from '../ui/status/banner';
import type { Appearance } from '../ui/status/appearance';
import type { RoiView } from './campaign-screen';
import { formatBps, formatPercent, formatUsd } from './format';

const APPEARANCE: Readonly<Record<RoiView['model']['verdict'], Appearance>> = { profitable: 'success', marginal: 'warning', 'all-buzz-no-profit': 'danger' };

export function VerdictBanner({ view, model }: { readonly view: RoiView; readonly model: ModelInputWire }) {
  const { t, language } = useShell();
  const { verdict, breakEvenDailyLift, netFeeRate, variableCostRate } = view.model;
  const roi = baseScenarioOf(model)?.roi ?? null;
  const roiText = roi === null ? '—' : formatPercent(language, roi);
  const detail = breakEvenDailyLift === null
    ? t('roi.verdictNever', { roi: roiText, r: formatBps(language, netFeeRate), v: formatBps(language, variableCostRate) })
    : t('roi.verdictDetail', { roi: roiText, lift: formatUsd(language, breakEvenDailyLift) });
  const suggested = view.suggestedBaselineDailyVolume;
  const differs = suggested !== null && Math.abs(suggested - model.baselineDailyVolume) > 0.05 * Math.max(suggested, model.baselineDailyVolume);
  return (
    <>
      <Banner appearance={APPEARANCE[verdict]} title={t(`roi.verdict.${verdict}`)} detail={detail} data-testid="cr-verdict" data-verdict={verdict} />
      {view.reward.washTradingPays && view.reward.perDollar !== null ? (
        <Banner
          appearance="danger" role="alert" data-testid="cr-wash-warning"
          title={t('roi.washTradingPays', { reward: formatBps(language, view.reward.perDollar), limit: formatBps(language, 2 * model.fees.taker) })}
        />
      ) : null}
      {differs ? (
        <Banner appearance="info" data-testid="cr-baseline-differs"
          title={t('roi.baselineDiffers', { suggested: formatUsd(language, suggested), used: formatUsd(language, model.baselineDailyVolume) })} />
      ) : null}
      {suggested === null ? <p className="lc-muted" data-testid="cr-no-baseline">{t('roi.noImportedBaseline')}</p> : null}
    </>
  );
}
