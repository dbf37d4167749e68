// Segments and lifecycle over the last `accounts` import: the lists (whales, dormant, at-risk) by the analyst's
// rules or the ones asked, counts per segment and region, funnel conversion by segment over the 28 days ending on
// the latest funnel day; and one list, filtered by segment or region, with its CSV for a recall campaign.
import { ok } from '../../contract';
import { MAX_LIST_ACCOUNTS } from '../../contract/diagnosis';
import { accountsContentSchema, ACCOUNTS_SCOPE, EMPTY_ACCOUNTS } from '../../adapters/storage/diagnosis-datasets';
import { readDataset } from '../../adapters/storage/metric-datasets';
import { accountsCsv, classifyAccounts, countSegments, funnelBySegment, inList, type SegmentRules } from '../../domain/diagnosis/segments';
import type { SegmentList } from '../../domain/diagnosis/vocabulary';
import { formatIsoDate, parseIsoDate } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { loadDailySeries } from '../metrics';
import { loadSettings } from './diagnosis';

export interface SegmentQuery {
  readonly whaleTopN?: number | undefined; readonly dormantDays?: number | undefined; readonly atRiskDropPercent?: number | undefined; readonly asOf?: string | undefined;
}

async function classified(ctx: UserCallContext, projectKey: string, query: SegmentQuery) {
  const settings = await loadSettings(ctx, projectKey);
  if (!settings.ok) return settings;
  const s = settings.data.settings;
  const rules: SegmentRules = {
    whaleTopN: query.whaleTopN ?? s.whaleTopN, dormantDays: query.dormantDays ?? s.dormantDays,
    atRiskDropPercent: query.atRiskDropPercent ?? s.atRiskDropPercent, asOf: query.asOf ?? ctx.clock.today(),
  };
  const dataset = await readDataset(ACCOUNTS_SCOPE, accountsContentSchema, EMPTY_ACCOUNTS);
  if (!dataset.ok) return dataset;
  return ok({ rules, accounts: classifyAccounts(dataset.data.content.accounts, rules), imported: dataset.data.head?.imports[0] ?? null });
}

export async function loadSegments(ctx: UserCallContext, projectKey: string, query: SegmentQuery) {
  const found = await classified(ctx, projectKey, query);
  if (!found.ok) return found;
  const { rules, accounts, imported } = found.data;
  const series = await loadDailySeries(ctx, { from: '0000-01-01', to: '9999-12-31' });
  if (!series.ok) return series;
  const latest = series.data.funnel.reduce<string | null>((max, p) => (max === null || p.date > max ? p.date : max), null);
  const funnel = latest === null ? [] : funnelBySegment(series.data.funnel, formatIsoDate((parseIsoDate(latest) ?? 0) - 27), latest);
  const total = accounts.reduce((sum, a) => sum + a.volume30dUsd, 0);
  const whaleVolume = accounts.filter((a) => a.whale).reduce((sum, a) => sum + a.volume30dUsd, 0);
  return ok({
    asOf: rules.asOf, whaleTopN: rules.whaleTopN, dormantDays: rules.dormantDays, atRiskDropPercent: rules.atRiskDropPercent, imported,
    totals: {
      accounts: accounts.length, whales: accounts.filter((a) => a.whale).length, dormant: accounts.filter((a) => a.dormant).length,
      atRisk: accounts.filter((a) => a.atRisk).length, whaleVolumeShare: total > 0 ? whaleVolume / total : null,
    },
    counts: countSegments(accounts), funnel,
  });
}

export interface SegmentListQuery extends SegmentQuery { readonly list: SegmentList; readonly segment?: string | undefined; readonly region?: string | undefined }

export async function loadSegmentList(ctx: UserCallContext, projectKey: string, query: SegmentListQuery) {
  const found = await classified(ctx, projectKey, query);
  if (!found.ok) return found;
  const listed = found.data.accounts
    .filter((a) => inList(a, query.list) && (query.segment === undefined || a.segment === query.segment) && (query.region === undefined || a.region === query.region))
    .sort((a, b) => b.volume30dUsd - a.volume30dUsd || (a.account < b.account ? -1 : 1));
  const kept = listed.slice(0, MAX_LIST_ACCOUNTS);
  return ok({
    list: query.list, asOf: found.data.rules.asOf, total: listed.length, truncated: kept.length < listed.length,
    accounts: kept.map((a) => ({
      account: a.account, segment: a.segment, region: a.region, channel: a.channel, registeredAt: a.registeredAt, lastTradeAt: a.lastTradeAt,
      daysSinceTrade: a.daysSinceTrade, volume30dUsd: a.volume30dUsd, volumePrev30dUsd: a.volumePrev30dUsd, volumeChange: a.volumeChange,
      avgLeverage: a.avgLeverage, marginMode: a.marginMode, longShare: a.longShare,
    })),
    csv: accountsCsv(kept),
  });
}
