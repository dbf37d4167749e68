// The use cases of a metric import: begin (the campaign checked, the page's counts kept, a same-file re-import
// recognised), put each part (staged under the import id), commit (every part there, merged onto what is kept:
// daily points replace the same date+symbol/segment, a campaign's participants or trades are replaced whole,
// then the head switched conditionally). Raw rows never arrive here: only validated aggregates.
import { randomUUID } from 'node:crypto';
import { appError, err, ok, type Result } from '../../contract';
import type { ImportPart, ImportRecordWire } from '../../contract/metrics';
import {
  campaignContentSchema, publishDataset, readDataset, readImports, seriesContentSchema,
  type CampaignContent, type DatasetScope, type SeriesContent,
} from '../../adapters/storage/metric-datasets';
import { readParts, readStage, savePart, saveStage, type ImportStage } from '../../adapters/storage/metric-import-stage';
import { mergeDailyMetrics, mergeFunnel, type MetricFormat } from '../../domain/metrics';
import type { UserCallContext } from '../call-context';
import { campaignFor } from '../campaign/campaign-access';
import { diagnosisAccess } from '../diagnosis/access';
import {
  accountsContentSchema, ACCOUNTS_SCOPE, competitorsContentSchema, COMPETITORS_SCOPE, EMPTY_ACCOUNTS, EMPTY_COMPETITORS,
} from '../../adapters/storage/diagnosis-datasets';
import { replaceSnapshots } from '../../domain/diagnosis/competitors';

export const EMPTY_SERIES: SeriesContent = { schemaVersion: 1, daily: [], funnel: [] };
export const EMPTY_CAMPAIGN: CampaignContent = { schemaVersion: 1, participants: [], trades: null };

/** Market and funnel series are the site's (one set for every surface); participants and trades are the campaign's. */
export const scopeOf = (format: MetricFormat, campaignId: string): DatasetScope =>
  (format === 'daily-metrics' || format === 'funnel' ? { kind: 'series' }
    : format === 'accounts' ? ACCOUNTS_SCOPE : format === 'competitors' ? COMPETITORS_SCOPE : { kind: 'campaign', campaignId });

/** Who may import: a campaign's editors, or (no campaign: a site-wide diagnosis file) those who may change the project's diagnosis. */
const importAccess = (ctx: UserCallContext, projectKey: string, campaignId: string) =>
  (campaignId === '' ? diagnosisAccess(ctx, projectKey, 'edit') : campaignFor(ctx, projectKey, campaignId, 'edit'));

export interface BeginImport {
  readonly projectKey: string; readonly campaignId: string; readonly format: MetricFormat; readonly fileName: string; readonly contentHash: string;
  readonly counts: ImportStage['counts']; readonly parts: number;
}

export async function beginImport(ctx: UserCallContext, input: BeginImport): Promise<Result<{ importId: string; sameFileAs: ImportRecordWire | null }>> {
  const access = await importAccess(ctx, input.projectKey, input.campaignId);
  if (!access.ok) return access;
  const imports = await readImports(scopeOf(input.format, input.campaignId));
  if (!imports.ok) return imports;
  const sameFileAs = imports.data.find((r) => r.format === input.format && r.contentHash === input.contentHash && r.campaignId === input.campaignId) ?? null;
  const id = randomUUID();
  const saved = await saveStage({ schemaVersion: 1, id, ...input, startedBy: ctx.principal.accountId, startedAt: ctx.clock.now() });
  return saved.ok ? ok({ importId: id, sameFileAs }) : saved;
}

/** The stage of `importId` if the caller started it (an import is its starter's until committed). */
async function ownStage(ctx: UserCallContext, importId: string): Promise<Result<ImportStage>> {
  const stage = await readStage(importId);
  if (!stage.ok) return stage;
  if (stage.data === undefined || stage.data.startedBy !== ctx.principal.accountId) {
    return err(appError('NOT_FOUND', `import ${importId} (an import expires an hour after it began)`, { reason: 'import-expired' }));
  }
  return ok(stage.data);
}

export async function putImportPart(ctx: UserCallContext, importId: string, index: number, part: ImportPart): Promise<Result<{ index: number }>> {
  const stage = await ownStage(ctx, importId);
  if (!stage.ok) return stage;
  if (part.format !== stage.data.format) return err(appError('BAD_REQUEST', `part.format: this import is of ${stage.data.format}, not ${part.format}`));
  if (index >= stage.data.parts) return err(appError('BAD_REQUEST', `index: this import has ${stage.data.parts.toString()} parts (0..${(stage.data.parts - 1).toString()})`));
  const saved = await savePart(importId, index, part);
  if (!saved.ok) return saved;
  if (saved.data === 'too-large') return err(appError('BAD_REQUEST', 'part: larger than one stored value (200 KB of JSON)', { reason: 'import-part-too-large' }));
  return ok({ index });
}

function mergeSeries(kept: SeriesContent, parts: readonly ImportPart[]): { content: SeriesContent; replaced: number; added: number } {
  const daily = mergeDailyMetrics(kept.daily, parts.flatMap((p) => (p.format === 'daily-metrics' ? p.points : [])));
  const funnel = mergeFunnel(kept.funnel, parts.flatMap((p) => (p.format === 'funnel' ? p.points : [])));
  return { content: { schemaVersion: 1, daily: [...daily.points], funnel: [...funnel.points] }, replaced: daily.replaced + funnel.replaced, added: daily.added + funnel.added };
}

function replaceCampaign(kept: CampaignContent, format: 'participants' | 'trades', parts: readonly ImportPart[]): { content: CampaignContent; replaced: number; added: number } {
  if (format === 'participants') {
    const accounts = parts.flatMap((p) => (p.format === 'participants' ? p.accounts : []));
    const before = new Set(kept.participants.map((p) => p.account));
    const replaced = accounts.filter((a) => before.has(a.account)).length;
    return { content: { ...kept, participants: accounts }, replaced, added: accounts.length - replaced };
  }
  const trades = {
    accounts: parts.flatMap((p) => (p.format === 'trades' ? p.accounts : [])),
    pairs: parts.flatMap((p) => (p.format === 'trades' ? p.pairs : [])),
    daily: parts.flatMap((p) => (p.format === 'trades' ? p.daily : [])),
  };
  const before = new Set((kept.trades?.accounts ?? []).map((a) => a.account));
  const replaced = trades.accounts.filter((a) => before.has(a.account)).length;
  return { content: { ...kept, trades }, replaced, added: trades.accounts.length - replaced };
}

export async function commitImport(ctx: UserCallContext, importId: string): Promise<Result<{ import: ImportRecordWire }>> {
  const stage = await ownStage(ctx, importId);
  if (!stage.ok) return stage;
  const s = stage.data;
  const access = await importAccess(ctx, s.projectKey, s.campaignId);
  if (!access.ok) return access;
  const parts = await readParts(importId, s.parts);
  if (!parts.ok) return parts;
  if (parts.data.missing.length > 0) {
    return err(appError('BAD_REQUEST', `parts ${parts.data.missing.slice(0, 10).join(', ')} of ${s.parts.toString()} never arrived; nothing was imported`, { reason: 'import-incomplete' }));
  }
  const record = (replaced: number, added: number): ImportRecordWire => ({
    id: s.id, campaignId: s.campaignId, format: s.format, fileName: s.fileName, contentHash: s.contentHash, rows: s.counts.rows, accepted: s.counts.accepted,
    rejected: s.counts.rejected, sample: s.counts.sample.slice(0, 20), replaced, added, importedBy: ctx.principal.accountId, importedAt: ctx.clock.now(),
  });
  const scope = scopeOf(s.format, s.campaignId);
  if (scope.kind === 'series') {
    const kept = await readDataset(scope, seriesContentSchema, EMPTY_SERIES);
    if (!kept.ok) return kept;
    const merged = mergeSeries(kept.data.content, parts.data.parts);
    const entry = record(merged.replaced, merged.added);
    const published = await publishDataset(scope, merged.content, kept.data.head, entry);
    return published.ok ? ok({ import: entry }) : published;
  }
  if (scope.kind === 'site') return commitSiteDataset(scope.name, parts.data.parts, record);
  const kept = await readDataset(scope, campaignContentSchema, EMPTY_CAMPAIGN);
  if (!kept.ok) return kept;
  const merged = replaceCampaign(kept.data.content, s.format === 'participants' ? 'participants' : 'trades', parts.data.parts);
  const entry = record(merged.replaced, merged.added);
  const published = await publishDataset(scope, merged.content, kept.data.head, entry);
  return published.ok ? ok({ import: entry }) : published;
}

/** Accounts: the new file replaces the last one whole. Competitor snapshots: each date and exchange of the file replaces its own. */
async function commitSiteDataset(name: 'accounts' | 'competitors', parts: readonly ImportPart[], record: (replaced: number, added: number) => ImportRecordWire): Promise<Result<{ import: ImportRecordWire }>> {
  if (name === 'accounts') {
    const kept = await readDataset(ACCOUNTS_SCOPE, accountsContentSchema, EMPTY_ACCOUNTS);
    if (!kept.ok) return kept;
    const accounts = parts.flatMap((p) => (p.format === 'accounts' ? p.accounts : []));
    const before = new Set(kept.data.content.accounts.map((a) => a.account));
    const replaced = accounts.filter((a) => before.has(a.account)).length;
    const entry = record(replaced, accounts.length - replaced);
    const published = await publishDataset(ACCOUNTS_SCOPE, { schemaVersion: 1, accounts }, kept.data.head, entry);
    return published.ok ? ok({ import: entry }) : published;
  }
  const kept = await readDataset(COMPETITORS_SCOPE, competitorsContentSchema, EMPTY_COMPETITORS);
  if (!kept.ok) return kept;
  const merged = replaceSnapshots(kept.data.content.points, parts.flatMap((p) => (p.format === 'competitors' ? p.points : [])));
  const entry = record(merged.replaced, merged.added);
  const published = await publishDataset(COMPETITORS_SCOPE, { schemaVersion: 1, points: merged.points }, kept.data.head, entry);
  return published.ok ? ok({ import: entry }) : published;
}
