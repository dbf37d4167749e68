// The use cases of the daily business diagnosis: the analyst's settings, business health and the anomalies with
// drivers and candidate causes, over the site's imported daily series (the same imports as campaign ROI), and the
// countermeasure calculator on the campaign model. Each starts with the project access check.
import { appError, err, ok, type Result } from '../../contract';
import type { DiagnosisSettings } from '../../contract/diagnosis';
import { readDiagnosisSettings, saveDiagnosisSettings } from '../../adapters/storage/diagnosis-settings';
import { listCampaigns } from '../../adapters/storage/campaigns';
import { candidateCauses, type CandidateCause } from '../../domain/diagnosis/candidates';
import { detectFunnelAnomalies, detectMarketAnomalies, type DetectedAnomaly } from '../../domain/diagnosis/detect';
import { computeHealth, type Health } from '../../domain/diagnosis/kpis';
import { priceCountermeasure, type CountermeasureInput } from '../../domain/diagnosis/countermeasure';
import { DEFAULT_SETTINGS, type Cause, type DiagnosisMetric, type ItemState } from '../../domain/diagnosis/vocabulary';
import { readReportsBetween } from '../../adapters/storage/diagnosis-reports';
import { accountsContentSchema, ACCOUNTS_SCOPE, EMPTY_ACCOUNTS } from '../../adapters/storage/diagnosis-datasets';
import { readDataset } from '../../adapters/storage/metric-datasets';
import { segmentBreakdown, type SegmentBreakdown } from '../../domain/diagnosis/segments';
import { causeSources } from './cause-sources';
import { formatIsoDate, parseIsoDate } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { loadDailySeries } from '../metrics';
import { diagnosisAccess } from './access';

export const DEFAULT_DIAGNOSIS_SETTINGS: DiagnosisSettings = {
  threshold: DEFAULT_SETTINGS.threshold, minHistory: DEFAULT_SETTINGS.minHistory, lookbackDays: DEFAULT_SETTINGS.lookbackDays,
  whaleTopN: DEFAULT_SETTINGS.whaleTopN, dormantDays: DEFAULT_SETTINGS.dormantDays, atRiskDropPercent: DEFAULT_SETTINGS.atRiskDropPercent,
  spaceKey: null, campaignCosts: [],
};

export async function loadSettings(ctx: UserCallContext, projectKey: string) {
  const access = await diagnosisAccess(ctx, projectKey, 'view');
  if (!access.ok) return access;
  const stored = await readDiagnosisSettings(projectKey, DEFAULT_DIAGNOSIS_SETTINGS);
  if (!stored.ok) return stored;
  return ok({ ...stored.data, ...access.data });
}

export async function saveSettings(ctx: UserCallContext, projectKey: string, settings: DiagnosisSettings, expectedRevision: number) {
  const access = await diagnosisAccess(ctx, projectKey, 'edit');
  if (!access.ok) return access;
  const saved = await saveDiagnosisSettings(projectKey, settings, expectedRevision, ctx.principal.accountId, ctx.clock.now());
  return saved.ok ? ok({ settings, revision: saved.data }) : saved;
}

const ALL_TIME = { from: '0000-01-01', to: '9999-12-31' } as const;

/** Campaign records of the project with the costs the settings give them. */
async function campaignsWithCosts(projectKey: string, settings: DiagnosisSettings) {
  const campaigns = await listCampaigns(projectKey);
  if (!campaigns.ok) return campaigns;
  const costs = new Map(settings.campaignCosts.map((c) => [c.campaignId, c.totalUsd]));
  return ok(campaigns.data.map((c) => ({ ...c, totalUsd: costs.get(c.id) ?? 0 })));
}

export async function loadHealth(ctx: UserCallContext, projectKey: string, date: string | undefined, days: number): Promise<Result<Health & { updatedAt: string | null; bySegment: SegmentBreakdown[]; segments: string[] }>> {
  const settings = await loadSettings(ctx, projectKey);
  if (!settings.ok) return settings;
  const series = await loadDailySeries(ctx, ALL_TIME);
  if (!series.ok) return series;
  const campaigns = await campaignsWithCosts(projectKey, settings.data.settings);
  if (!campaigns.ok) return campaigns;
  const health = computeHealth(series.data.market, date, days, campaigns.data);
  const accounts = await readDataset(ACCOUNTS_SCOPE, accountsContentSchema, EMPTY_ACCOUNTS);
  if (!accounts.ok) return accounts;
  const bySegment = health.date === null ? [] : segmentBreakdown(series.data.funnel, accounts.data.content.accounts, health.date);
  const segments = [...new Set([...series.data.funnel.map((p) => p.segment), ...accounts.data.content.accounts.map((a) => a.segment)])].sort();
  return ok({ ...health, updatedAt: series.data.updatedAt, bySegment, segments });
}

export interface AnomalyQuery {
  readonly from?: string | undefined; readonly to?: string | undefined; readonly threshold?: number | undefined; readonly minHistory?: number | undefined;
  readonly metrics?: readonly DiagnosisMetric[] | undefined; readonly perSymbol: boolean;
}

export interface AnomalyView {
  readonly id: string; readonly date: string; readonly metric: DiagnosisMetric; readonly symbol?: string; readonly value: number; readonly expected: number;
  readonly change: number | null; readonly score: number; readonly direction: 'up' | 'down'; readonly incomplete: boolean;
  readonly drivers: readonly { kind: 'symbol' | 'segment'; key: string; share: number; change: number }[];
  readonly stage?: DetectedAnomaly['stage']; readonly candidates: readonly CandidateCause[];
  readonly cause: { cause: Cause; comment: string; state: ItemState; by: string; at: string } | null;
}

export const anomalyId = (a: { readonly date: string; readonly metric: string; readonly key?: string | undefined }) => `${a.date}|${a.metric}|${a.key ?? '*'}`;

export async function loadAnomalies(ctx: UserCallContext, projectKey: string, query: AnomalyQuery) {
  const settings = await loadSettings(ctx, projectKey);
  if (!settings.ok) return settings;
  const series = await loadDailySeries(ctx, ALL_TIME);
  if (!series.ok) return series;
  const campaigns = await campaignsWithCosts(projectKey, settings.data.settings);
  if (!campaigns.ok) return campaigns;
  const threshold = query.threshold ?? settings.data.settings.threshold;
  const minHistory = query.minHistory ?? settings.data.settings.minHistory;
  const latest = [...series.data.market, ...series.data.funnel].reduce<string | null>((max, p) => (max === null || p.date > max ? p.date : max), null);
  if (latest === null) return ok({ from: null, to: null, threshold, minHistory, anomalies: [], gaps: [], incomplete: [], notJudged: 0 });
  const to = query.to ?? latest;
  const from = query.from ?? formatIsoDate((parseIsoDate(to) ?? 0) - 6);
  const detect = { threshold, minHistory, perKey: query.perSymbol, from, to, ...(query.metrics === undefined ? {} : { metrics: query.metrics }) };
  const market = detectMarketAnomalies(series.data.market, detect);
  const funnel = detectFunnelAnomalies(series.data.funnel, detect);
  const sources = await causeSources(ctx, projectKey, campaigns.data);
  if (!sources.ok) return sources;
  const saved = await readReportsBetween(projectKey, from, to);
  if (!saved.ok) return saved;
  const said = new Map(saved.data.flatMap((r) => r.items.filter((i) => i.updatedBy !== null && i.updatedAt !== null)
    .map((i) => [`${r.date}\u0000${i.id}`, { cause: i.cause, comment: i.comment, state: i.state, by: i.updatedBy ?? '', at: i.updatedAt ?? '' }] as const)));
  const view = (a: DetectedAnomaly, kind: 'symbol' | 'segment'): AnomalyView => ({
    id: anomalyId(a), date: a.date, metric: a.metric, ...(a.key === undefined ? {} : { symbol: a.key }), value: a.value, expected: a.expected,
    change: a.change, score: a.score, direction: a.score < 0 ? 'down' : 'up', incomplete: false,
    drivers: a.drivers.map((d) => ({ kind, key: d.key, share: d.share, change: d.change })), ...(a.stage === undefined ? {} : { stage: a.stage }),
    candidates: candidateCauses(a.date, a.key, sources.data, settings.data.settings.lookbackDays), cause: said.get(`${a.date}\u0000${anomalyId(a)}`) ?? null,
  });
  return ok({
    from, to, threshold, minHistory,
    anomalies: [...market.anomalies.map((a) => view(a, 'symbol')), ...funnel.anomalies.map((a) => view(a, 'segment'))].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    gaps: market.gaps.map((g) => ({ date: g.date, symbol: g.key })),
    incomplete: market.incomplete.map((d) => ({ date: d.date, missingSymbols: d.missing })),
    notJudged: market.notJudged + funnel.notJudged,
  });
}


export interface CountermeasureQuery extends Omit<CountermeasureInput, 'volumeAtRiskDailyUsd' | 'coveredDailyVolumeUsd'> {
  readonly anomalyId?: string | undefined; readonly volumeAtRiskDailyUsd?: number | undefined; readonly coveredDailyVolumeUsd?: number | undefined;
}

/** The calculator: the volume at risk is the named anomaly's shortfall (expected - value), unless given. */
export async function loadCountermeasure(ctx: UserCallContext, projectKey: string, query: CountermeasureQuery) {
  let atRisk = query.volumeAtRiskDailyUsd;
  let covered = query.coveredDailyVolumeUsd;
  if (query.anomalyId !== undefined && (atRisk === undefined || covered === undefined)) {
    const [date, metric] = query.anomalyId.split('|');
    if (date === undefined || metric === undefined || parseIsoDate(date) === undefined) return err(appError('BAD_REQUEST', `anomalyId: expected <date>|<metric>|<symbol or *>, not ${query.anomalyId}`));
    const found = await loadAnomalies(ctx, projectKey, { from: date, to: date, perSymbol: true });
    if (!found.ok) return found;
    const anomaly = found.data.anomalies.find((a) => a.id === query.anomalyId);
    if (anomaly === undefined) return err(appError('NOT_FOUND', `anomaly ${query.anomalyId}`));
    atRisk ??= Math.max(0, anomaly.expected - anomaly.value);
    covered ??= anomaly.expected;
  }
  if (atRisk === undefined) return err(appError('BAD_REQUEST', 'volumeAtRiskDailyUsd: name an anomaly or give the volume at risk'));
  const access = await diagnosisAccess(ctx, projectKey, 'view');
  if (!access.ok) return access;
  const priced = priceCountermeasure({ ...query, volumeAtRiskDailyUsd: atRisk, coveredDailyVolumeUsd: covered ?? atRisk });
  return ok({ volumeAtRiskDailyUsd: atRisk, coveredDailyVolumeUsd: covered ?? atRisk, ...priced });
}
