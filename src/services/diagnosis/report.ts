// The daily report use cases: the day's report drafted (its anomalies with drivers and candidate causes, the
// items carried over, the analyst's causes and comments), a cause set on one item (revisioned: a concurrent write
// is a CONFLICT), and the report published as one Confluence page per day (as the user, in the language asked):
// the first publish creates the page, every later one of the same day writes its next version, never a second page.
import { appError, err, ok, type Result } from '../../contract';
import { findPageByTitle, createPage, readPage, readSpaceByKey, updatePage, type ConfluencePage } from '../../adapters/confluence/pages';
import { readReport, readReportBefore, writeReport, type StoredPublished, type StoredReport, type StoredReportItem } from '../../adapters/storage/diagnosis-reports';
import { draftReportItems, type ReportAnomaly, type ReportItem } from '../../domain/diagnosis/report';
import { reportPageBody, reportTitle } from '../../domain/diagnosis/report-page';
import type { Cause, ItemState } from '../../domain/diagnosis/vocabulary';
import { formatIsoDate, parseIsoDate } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { loadAnomalies, loadHealth, loadSettings } from './diagnosis';
import { languageOf, reportWording, type ReportLanguage } from './report-wording';

/** Days before a report whose unsaved anomalies are carried into it when no saved report is nearer. */
export const CARRY_WINDOW_DAYS = 7;

const toStored = (item: ReportItem): StoredReportItem => ({
  id: item.id, since: item.since, metric: item.metric, ...(item.symbol === undefined ? {} : { symbol: item.symbol }),
  value: item.value, expected: item.expected, change: item.change, score: item.score, direction: item.direction,
  drivers: [...item.drivers], ...(item.stage === undefined ? {} : { stage: item.stage }), candidates: [...item.candidates],
  cause: item.cause, comment: item.comment, state: item.state, updatedBy: item.updatedBy, updatedAt: item.updatedAt,
});

interface Draft {
  readonly items: ReportItem[];
  readonly saved: StoredReport | undefined;
  readonly canEdit: boolean;
  readonly gaps: { date: string; symbol: string }[];
  readonly incomplete: { date: string; missingSymbols: string[] }[];
}

async function draft(ctx: UserCallContext, projectKey: string, date: string): Promise<Result<Draft>> {
  const day = parseIsoDate(date);
  if (day === undefined) return err(appError('BAD_REQUEST', `date: ${date} is not a calendar date`));
  const settings = await loadSettings(ctx, projectKey);
  if (!settings.ok) return settings;
  const [saved, previous] = await Promise.all([readReport(projectKey, date), readReportBefore(projectKey, date)]);
  if (!saved.ok) return saved;
  if (!previous.ok) return previous;
  const windowStart = formatIsoDate(day - CARRY_WINDOW_DAYS);
  const from = previous.data !== undefined && previous.data.date >= windowStart ? formatIsoDate((parseIsoDate(previous.data.date) ?? day) + 1) : windowStart;
  const found = await loadAnomalies(ctx, projectKey, { from, to: date, perSymbol: true });
  if (!found.ok) return found;
  const anomalies: ReportAnomaly[] = found.data.anomalies.map(({ cause: _cause, incomplete: _incomplete, ...a }) => a);
  const items = draftReportItems({ date, anomalies, previous: previous.data, saved: saved.data });
  return ok({
    items, saved: saved.data, canEdit: settings.data.canEdit,
    gaps: found.data.gaps.filter((g) => g.date === date), incomplete: found.data.incomplete.filter((d) => d.date === date).map((d) => ({ date: d.date, missingSymbols: [...d.missingSymbols] })),
  });
}

const publishedOut = (p: StoredPublished | null | undefined) => (p === null || p === undefined ? null : { pageId: p.pageId, title: p.title, url: p.url, version: p.version, at: p.at, locale: p.locale });

export async function loadReport(ctx: UserCallContext, projectKey: string, date: string) {
  const drafted = await draft(ctx, projectKey, date);
  if (!drafted.ok) return drafted;
  const health = await loadHealth(ctx, projectKey, date, 28);
  if (!health.ok) return health;
  return ok({
    date, title: reportTitle(reportWording(languageOf(ctx.principal.locale)), projectKey, date),
    tiles: health.data.date === date ? health.data.tiles : [], waterfall: health.data.date === date ? health.data.waterfall : [],
    items: drafted.data.items, gaps: drafted.data.gaps, incomplete: drafted.data.incomplete,
    revision: drafted.data.saved?.revision ?? 0, published: publishedOut(drafted.data.saved?.published), canEdit: drafted.data.canEdit,
  });
}

export interface SetCause {
  readonly date: string; readonly itemId: string; readonly cause: Cause; readonly comment: string; readonly state: ItemState; readonly expectedRevision: number;
}

export async function setCause(ctx: UserCallContext, projectKey: string, input: SetCause) {
  const drafted = await draft(ctx, projectKey, input.date);
  if (!drafted.ok) return drafted;
  if (!drafted.data.canEdit) return err(appError('FORBIDDEN', `Changing the diagnosis needs permission to edit issues in ${projectKey}.`, { reason: 'needs-edit-issues' }));
  const target = drafted.data.items.find((i) => i.id === input.itemId);
  if (target === undefined) return err(appError('NOT_FOUND', `itemId: ${input.itemId} is neither an anomaly of ${input.date} nor an item carried into its report`));
  const at = ctx.clock.now();
  const by = ctx.principal.accountId;
  const items = drafted.data.items.map((i) => (i.id === input.itemId ? { ...i, cause: input.cause, comment: input.comment, state: input.state, updatedBy: by, updatedAt: at } : i));
  const written = await writeReport({
    projectKey, date: input.date, items: items.map(toStored), published: drafted.data.saved?.published ?? null, updatedBy: by, updatedAt: at,
  }, input.expectedRevision);
  if (!written.ok) return written;
  return ok({ itemId: input.itemId, cause: { cause: input.cause, comment: input.comment, state: input.state, by, at }, revision: written.data.revision });
}

export interface PublishReport { readonly date: string; readonly locale: ReportLanguage; readonly spaceKey?: string | undefined; readonly expectedRevision: number }

/** The page of the day: the one published before (if it is still there), else one with the day's title, else none. */
async function existingPage(ctx: UserCallContext, spaceId: string, published: StoredPublished | null | undefined, title: string): Promise<Result<ConfluencePage | undefined>> {
  if (published !== null && published !== undefined) {
    const page = await readPage(ctx.confluence, published.pageId);
    if (page.ok) return page;
    if (page.error.code !== 'NOT_FOUND') return page;
  }
  return findPageByTitle(ctx.confluence, spaceId, title);
}

export async function publishReport(ctx: UserCallContext, projectKey: string, input: PublishReport) {
  const drafted = await draft(ctx, projectKey, input.date);
  if (!drafted.ok) return drafted;
  if (!drafted.data.canEdit) return err(appError('FORBIDDEN', `Publishing the report needs permission to edit issues in ${projectKey}.`, { reason: 'needs-edit-issues' }));
  if ((drafted.data.saved?.revision ?? 0) !== input.expectedRevision) {
    return err(appError('CONFLICT', `Someone saved the report of ${input.date} first; reload it.`, { reason: 'changed-by-someone-else' }));
  }
  const settings = await loadSettings(ctx, projectKey);
  if (!settings.ok) return settings;
  const spaceKey = input.spaceKey ?? drafted.data.saved?.published?.spaceKey ?? settings.data.settings.spaceKey;
  if (spaceKey === null) return err(appError('BAD_REQUEST', 'spaceKey: choose the Confluence space for report pages (in the settings or here)'));
  const space = await readSpaceByKey(ctx.confluence, spaceKey);
  if (!space.ok) return space;
  if (space.data === undefined) return err(appError('NOT_FOUND', `space ${spaceKey}`, { reason: 'confluence-not-found' }));
  const health = await loadHealth(ctx, projectKey, input.date, 28);
  if (!health.ok) return health;
  const wording = reportWording(input.locale);
  const title = reportTitle(wording, projectKey, input.date);
  const onDay = health.data.date === input.date;
  const body = reportPageBody({
    projectKey, date: input.date, language: input.locale, tiles: onDay ? health.data.tiles : [], waterfall: onDay ? health.data.waterfall : [],
    items: drafted.data.items, gaps: drafted.data.gaps, incomplete: drafted.data.incomplete,
  }, wording);
  // The page may carry the other language's title from an earlier publish: look for both.
  const other = reportTitle(reportWording(input.locale === 'zh-CN' ? 'en-US' : 'zh-CN'), projectKey, input.date);
  let existing = await existingPage(ctx, space.data.id, drafted.data.saved?.published, title);
  if (existing.ok && existing.data === undefined) existing = await findPageByTitle(ctx.confluence, space.data.id, other);
  if (!existing.ok) return existing;
  const page = existing.data === undefined
    ? await createPage(ctx.confluence, space.data.id, title, body)
    : await updatePage(ctx.confluence, existing.data.id, existing.data.version + 1, title, body);
  if (!page.ok) return page;
  const at = ctx.clock.now();
  const published: StoredPublished = {
    pageId: page.data.id, title: page.data.title, url: page.data.webui ?? `/wiki/spaces/${spaceKey}/pages/${page.data.id}`, version: page.data.version, at, locale: input.locale, spaceKey,
  };
  const written = await writeReport({ projectKey, date: input.date, items: drafted.data.items.map(toStored), published, updatedBy: ctx.principal.accountId, updatedAt: at }, input.expectedRevision);
  if (!written.ok) return written;
  return ok({ ...publishedOut(published), created: existing.data === undefined } as NonNullable<ReturnType<typeof publishedOut>> & { created: boolean });
}
