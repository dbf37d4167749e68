// The SOP pages of a space, as the library lists them: owner, state, review due date (overdue flagged), and for
// drills the cadence, the last finished run and whether the next one is overdue (counted from the last passed run). Only pages the caller sees count.
import { appError, err, ok, type OutputOf, type Result, type SopPage } from '../../contract';
import { readUser } from '../../adapters/confluence/groups';
import { listSpacePages, readSpaceByKey } from '../../adapters/confluence/pages';
import { listRuns } from '../../adapters/storage/sop-runs';
import { listSopPages, type SopPageRecord } from '../../adapters/storage/sop-pages';
import { latestFinishedRun, latestPassedRun } from '../../domain/sop/run';
import { dueAfter, reviewDue } from '../../domain/sop/status';
import { templateById } from '../../domain/sop/templates';
import type { UserCallContext } from '../call-context';

export async function describeSopPage(ctx: UserCallContext, record: SopPageRecord, title: string): Promise<Result<SopPage>> {
  const template = templateById(record.templateId);
  const status = record.status;
  const today = ctx.clock.today();
  let drill: SopPage['drill'];
  if (record.drillEveryDays !== undefined) {
    const runs = await listRuns(record.pageId);
    if (!runs.ok) return runs;
    // Due from the latest passed run; the latest run of any result is what the library shows (a failure in red).
    const last = latestFinishedRun(runs.data)?.finish;
    const passed = latestPassedRun(runs.data)?.finish;
    drill = {
      everyDays: record.drillEveryDays,
      due: dueAfter(passed?.finishedAt.slice(0, 10), record.drillEveryDays, today),
      ...(last === undefined ? {} : { lastRunAt: last.finishedAt, lastResult: last.result }),
    };
  }
  return ok({
    pageId: record.pageId, title, templateId: record.templateId, kind: template.kind,
    state: status.state, ownerId: status.ownerId, approverId: status.approverId, version: status.version,
    ...(status.lastReviewed === undefined ? {} : { lastReviewed: status.lastReviewed }),
    review: reviewDue(status, today),
    ...(drill === undefined ? {} : { drill }),
  });
}

export async function loadSopLibrary(ctx: UserCallContext, spaceKey: string): Promise<Result<OutputOf<'sop/library'>>> {
  const space = await readSpaceByKey(ctx.confluence, spaceKey);
  if (!space.ok) return space;
  if (space.data === undefined) return err(appError('NOT_FOUND', `space ${spaceKey}`, { reason: 'confluence-not-found' }));
  const [pages, records] = await Promise.all([listSpacePages(ctx.confluence, space.data.id), listSopPages(space.data.key)]);
  if (!pages.ok) return pages;
  if (!records.ok) return records;
  const titles = new Map(pages.data.map((p) => [p.id, p.title]));
  const described = await Promise.all(records.data.filter((r) => titles.has(r.pageId)).map((r) => describeSopPage(ctx, r, titles.get(r.pageId) ?? '')));
  const sopPages: SopPage[] = [];
  for (const d of described) { if (!d.ok) return d; sopPages.push(d.data); }
  const ids = [...new Set(sopPages.flatMap((p) => [p.ownerId, p.approverId]))];
  const people = await Promise.all(ids.map((id) => readUser(ctx.confluence, id)));
  return ok({
    today: ctx.clock.today(),
    pages: sopPages.sort((a, b) => a.title.localeCompare(b.title)),
    people: people.flatMap((p, i) => (p.ok ? [p.data] : [{ accountId: ids[i] ?? '', displayName: ids[i] ?? '' }])),
  });
}
