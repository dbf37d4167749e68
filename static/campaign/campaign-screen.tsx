// The campaign ROI macro: the verdict first, then the pre-launch model (scenarios, burn, sensitivity) and, once
// participants are imported, the post-campaign audit (lift against control, net of abuse, funnel, flags), all
// from `campaign/roi` over the campaign and inputs the macro's settings saved.
import type { OutputOf } from '../../src/contract';
import { campaignDays } from '../campaign-config/model-form';
import { macroConfigOf, type MacroConfig } from '../campaign-config/macro-config';
import { useShell } from '../ui/app-shell';
import { ErrorMessage } from '../ui/error-message';
import { useCall } from '../ui/use-call';
import { AuditView } from './audit-view';
import { ModelView } from './model-view';
import { VerdictBanner } from './verdict-banner';

export type RoiView = OutputOf<'campaign/roi'>;
export type ConfiguredMacro = MacroConfig & { readonly model: NonNullable<MacroConfig['model']>; readonly audit: NonNullable<MacroConfig['audit']> };

const configured = (config: MacroConfig | undefined): config is ConfiguredMacro => config?.model !== undefined && config.audit !== undefined;

export function CampaignScreen() {
  const { context, t } = useShell();
  const config = macroConfigOf(context.extension);
  if (!configured(config)) return <p className="cr-not-configured" data-testid="cr-not-configured">{t('roi.notConfigured')}</p>;
  return <CampaignRoi config={config} />;
}

function CampaignRoi({ config }: { readonly config: ConfiguredMacro }) {
  const { t } = useShell();
  const { state, reload } = useCall('campaign/roi', { projectKey: config.projectKey, campaignId: config.campaignId, model: config.model, audit: config.audit });
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('roi.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={reload} />;
  const view = state.data;
  const { campaign } = view;
  return (
    <main className="cr-screen" data-testid="campaign-roi">
      <header>
        <h2 className="cr-title">{t('roi.title', { name: campaign.name })}</h2>
        <p className="lc-muted">
          {t('roi.meta', { type: t(`roi.types.${campaign.type}`), start: campaign.start, end: campaign.end, days: campaignDays(campaign.start, campaign.end) })}
        </p>
      </header>
      <VerdictBanner view={view} model={config.model} />
      <ModelView view={view} model={config.model} />
      <AuditView view={view} config={config} onChanged={reload} />
    </main>
  );
}
