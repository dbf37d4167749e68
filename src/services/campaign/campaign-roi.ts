// The campaign ROI use case: the pre-launch model of the macro's inputs (with the imported baseline volume
// suggested), and once participants are imported the post-campaign audit, with the analyst's flag overrides.
import { ok, type Result } from '../../contract';
import { FLAGGED_SHOWN } from '../../contract/campaign-roi';
import type { ImportRecordWire } from '../../contract/metrics';
import { campaignContentSchema, readDataset, readImports } from '../../adapters/storage/metric-datasets';
import { readOverrides } from '../../adapters/storage/flag-overrides';
import {
  auditCampaign, computeModel, rewardPerVolume, sensitivity,
  type AuditResult, type ModelInput, type ModelResult, type SensitivityBar,
} from '../../domain/campaign';
import type { CampaignRecord } from '../../domain/campaign/campaign-record';
import { formatIsoDate, parseIsoDate } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { EMPTY_CAMPAIGN, loadDailySeries } from '../metrics';
import { campaignFor } from './campaign-access';

const addDays = (date: string, days: number): string => formatIsoDate((parseIsoDate(date) ?? 0) + days);

export interface AuditSettings {
  readonly expectedTreatmentShare: number;
  readonly fixedCostUsd: number;
  readonly baseline: { readonly start: string; readonly end: string } | null;
  readonly segments: { readonly treatment: string; readonly control: string };
}

export interface CampaignRoi {
  readonly campaign: CampaignRecord;
  readonly model: ModelResult;
  readonly sensitivity: readonly SensitivityBar[];
  readonly reward: ReturnType<typeof rewardPerVolume>;
  readonly suggestedBaselineDailyVolume: number | null;
  readonly audit: (Omit<AuditResult, 'flagged'> & { flagged: AuditResult['flagged']; flaggedTotal: number; participants: number; tradesImported: boolean }) | null;
  readonly imports: readonly ImportRecordWire[];
  readonly canEdit: boolean;
}

export async function loadCampaignRoi(ctx: UserCallContext, projectKey: string, campaignId: string, model: ModelInput, settings: AuditSettings): Promise<Result<CampaignRoi>> {
  const access = await campaignFor(ctx, projectKey, campaignId, 'view');
  if (!access.ok) return access;
  const { campaign } = access.data;
  const window = settings.baseline ?? { start: addDays(campaign.start, -28), end: addDays(campaign.start, -1) };
  const from = window.start < campaign.start ? window.start : campaign.start;
  const series = await loadDailySeries(ctx, { from, to: campaign.end });
  if (!series.ok) return series;
  const perDay = new Map<string, number>();
  for (const p of series.data.market) if (p.date >= window.start && p.date <= window.end) perDay.set(p.date, (perDay.get(p.date) ?? 0) + p.volumeUsd);
  const suggested = perDay.size === 0 ? null : [...perDay.values()].reduce((s, v) => s + v, 0) / perDay.size;

  const data = await readDataset({ kind: 'campaign', campaignId }, campaignContentSchema, EMPTY_CAMPAIGN);
  if (!data.ok) return data;
  const seriesImports = await readImports({ kind: 'series' });
  if (!seriesImports.ok) return seriesImports;
  let audit: CampaignRoi['audit'] = null;
  if (data.data.content.participants.length > 0) {
    const overrides = await readOverrides(campaignId);
    if (!overrides.ok) return overrides;
    const result = auditCampaign({
      start: campaign.start, end: campaign.end, expectedTreatmentShare: settings.expectedTreatmentShare, fixedCostUsd: settings.fixedCostUsd,
      participants: data.data.content.participants, trades: data.data.content.trades, funnel: series.data.funnel,
      baseline: settings.baseline, segments: settings.segments, overrides: overrides.data.overrides,
    });
    audit = {
      ...result, flagged: result.flagged.slice(0, FLAGGED_SHOWN), flaggedTotal: result.flagged.length,
      participants: data.data.content.participants.length, tradesImported: data.data.content.trades !== null,
    };
  }
  const imports = [...(data.data.head?.imports ?? []), ...seriesImports.data.filter((r) => r.campaignId === campaignId)]
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0));
  return ok({
    campaign, model: computeModel(model), sensitivity: sensitivity(model), reward: rewardPerVolume(model),
    suggestedBaselineDailyVolume: suggested, audit, imports, canEdit: access.data.canEdit,
  });
}
