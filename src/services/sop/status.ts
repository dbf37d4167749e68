// The SOP status of a page and its moves: submit, approve (the named approver only, checked here on the server),
// reject, revise (a major revision raises the version and so resets attestations), retire. A move that raises the
// version republishes an attestation page's evidence for the new version (0 of the roster until people pass again);
// a drill page's evidence stays that of its last run, of the old version, which the gate reads as amber.
import { appError, err, ok, type ErrorReason, type Result, type SopStatusView } from '../../contract';
import { readUser } from '../../adapters/confluence/groups';
import { saveSopPage, type SopPageRecord } from '../../adapters/storage/sop-pages';
import { applySopAction, SOP_ACTIONS, type SopAction, type StatusRefusal } from '../../domain/sop/status';
import type { UserCallContext } from '../call-context';
import { publishCoverage } from './attestation';
import { describeSopPage } from './library';
import { requireSopPage } from './page-access';

const REFUSALS: Readonly<Record<StatusRefusal, ErrorReason>> = {
  'not-the-owner': 'sop-not-the-owner', 'not-the-approver': 'sop-not-the-approver', 'not-allowed-in-state': 'sop-not-allowed-in-state',
};

async function viewOf(ctx: UserCallContext, record: SopPageRecord, title: string): Promise<Result<SopStatusView>> {
  const page = await describeSopPage(ctx, record, title);
  if (!page.ok) return page;
  const today = ctx.clock.today();
  const allowed = SOP_ACTIONS.filter((a) => applySopAction(record.status, a, ctx.principal.accountId, today).ok);
  const [owner, approver] = await Promise.all([readUser(ctx.confluence, record.status.ownerId), readUser(ctx.confluence, record.status.approverId)]);
  return ok({
    ...page.data, ownerName: owner.ok ? owner.data.displayName : record.status.ownerId,
    approverName: approver.ok ? approver.data.displayName : record.status.approverId, reviewEveryDays: record.status.reviewEveryDays, revision: record.revision, allowed });
}

export async function readSopStatus(ctx: UserCallContext, pageId: string): Promise<Result<SopStatusView>> {
  const access = await requireSopPage(ctx, pageId);
  return access.ok ? viewOf(ctx, access.data.record, access.data.page.title) : access;
}

export async function moveSop(ctx: UserCallContext, pageId: string, action: SopAction, revision: number, major: boolean): Promise<Result<SopStatusView>> {
  const access = await requireSopPage(ctx, pageId);
  if (!access.ok) return access;
  const { record, page, template } = access.data;
  if (record.revision !== revision) return err(appError('CONFLICT', 'The SOP changed since it was read.', { reason: 'changed-by-someone-else' }));
  const moved = applySopAction(record.status, action, ctx.principal.accountId, ctx.clock.today(), major);
  if (!moved.ok) return err(appError(moved.refusal === 'not-allowed-in-state' ? 'CONFLICT' : 'FORBIDDEN', `Cannot ${action} this SOP: ${moved.refusal}.`, { reason: REFUSALS[moved.refusal] }));
  const saved = await saveSopPage({ ...record, status: moved.value }, ctx.principal.accountId, ctx.clock.now());
  if (!saved.ok) return saved;
  if (saved.data.status.version !== record.status.version && template.assessment !== undefined) {
    const published = await publishCoverage(ctx, saved.data);
    if (!published.ok) return published;
  }
  return viewOf(ctx, saved.data, page.title);
}
