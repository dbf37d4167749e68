// The guard of every SOP call on a page: the caller must see the page in Confluence (read as the user, so the
// app never shows what Confluence hides), and the page must have an SOP record to be run, attested or moved.
// Starting and finishing a drill (which makes the evidence the gate reads) also needs the right to update the page.
import { appError, err, ok, type Result } from '../../contract';
import { readPage, readPageOperations, type ConfluencePage } from '../../adapters/confluence/pages';
import { readSopPage, type SopPageRecord } from '../../adapters/storage/sop-pages';
import { templateById } from '../../domain/sop/templates';
import type { SopTemplate } from '../../domain/sop/template';
import type { UserCallContext } from '../call-context';

export interface SopPageAccess {
  readonly page: ConfluencePage;
  readonly record: SopPageRecord;
  readonly template: SopTemplate;
}

export async function requireSopPage(ctx: UserCallContext, pageId: string): Promise<Result<SopPageAccess>> {
  const page = await readPage(ctx.confluence, pageId);
  if (!page.ok) return page;
  const record = await readSopPage(pageId);
  if (!record.ok) return record;
  if (record.data === undefined) return err(appError('NOT_FOUND', `Page ${pageId} is not set up as an SOP.`, { reason: 'sop-not-set-up' }));
  return ok({ page: page.data, record: record.data, template: templateById(record.data.templateId) });
}

/** As requireSopPage, and the caller may update the page in Confluence (its operations, read as the user). */
export async function requireSopEditor(ctx: UserCallContext, pageId: string): Promise<Result<SopPageAccess>> {
  const access = await requireSopPage(ctx, pageId);
  if (!access.ok) return access;
  const operations = await readPageOperations(ctx.confluence, pageId);
  if (!operations.ok) return operations;
  if (!operations.data.includes('update')) return err(appError('FORBIDDEN', `Starting or finishing a drill on page ${pageId} needs the right to edit the page.`));
  return access;
}
