// Manual inputs of a gate, by a member of the criterion's owning function only (checked on the server): a mark
// met / not met with an evidence link and a comment, and a counterparty's checklist row (a market maker's sandbox
// tests, production connectivity, depth commitment). Each write names the version it read: CONFLICT, never lost.
import { appError, err, ok, type Result } from '../../contract';
import { deleteRow, saveMark, saveRow, type MarkInput, type RowInput } from '../../adapters/storage/gate-manual';
import type { Criterion } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { requireFunction } from './membership';
import { evaluateForCaller, viewOf, type GateView } from './view';

const changed = (what: string) => err(appError('CONFLICT', `${what} was changed by someone else first.`, { reason: 'changed-by-someone-else' }));

function manualCriterion(criteria: readonly Criterion[], criterionId: string, checklist: boolean): Result<Extract<Criterion, { kind: 'manual' }>> {
  const criterion = criteria.find((c) => c.id === criterionId);
  if (criterion === undefined) return err(appError('NOT_FOUND', `criterion ${criterionId}`));
  if (criterion.kind !== 'manual') return err(appError('BAD_REQUEST', `criterionId: ${criterionId} is evaluated automatically; it takes no mark`, { details: { fields: ['criterionId'] } }));
  if (checklist !== (criterion.checklist !== undefined)) {
    return err(appError('BAD_REQUEST', checklist ? `criterionId: ${criterionId} has no counterparty checklist` : `criterionId: ${criterionId} is a counterparty checklist; mark its rows`, { details: { fields: ['criterionId'] } }));
  }
  return ok(criterion);
}

export async function markCriterion(ctx: UserCallContext, versionId: string, criterionId: string, mark: MarkInput, expectedVersion: number, location: string | undefined): Promise<Result<GateView>> {
  const before = await evaluateForCaller(ctx, versionId);
  if (!before.ok) return before;
  const criterion = manualCriterion(before.data.evaluation.config.criteria, criterionId, false);
  if (!criterion.ok) return criterion;
  const member = requireFunction(before.data.rights.members, criterion.data.function);
  if (!member.ok) return member;
  if ((before.data.evaluation.manual.marks.get(criterionId)?.version ?? 0) !== expectedVersion) return changed('The mark');
  const saved = await saveMark(versionId, criterionId, mark, expectedVersion, ctx.principal.accountId, ctx.clock.now());
  if (!saved.ok) return saved;
  return afterChange(ctx, versionId, location);
}

export async function markCounterparty(
  ctx: UserCallContext, versionId: string, criterionId: string, counterparty: string, row: RowInput | null, expectedVersion: number, location: string | undefined,
): Promise<Result<GateView>> {
  const before = await evaluateForCaller(ctx, versionId);
  if (!before.ok) return before;
  const criterion = manualCriterion(before.data.evaluation.config.criteria, criterionId, true);
  if (!criterion.ok) return criterion;
  const member = requireFunction(before.data.rights.members, criterion.data.function);
  if (!member.ok) return member;
  const columns = criterion.data.checklist ?? [];
  const extra = row === null ? [] : Object.keys(row.cells).filter((column) => !(columns as readonly string[]).includes(column));
  if (extra.length > 0) return err(appError('BAD_REQUEST', `row.cells: ${extra.join(', ')} is not a column of this checklist (${columns.join(', ')})`, { details: { fields: ['row.cells'] } }));
  const current = before.data.evaluation.manual.rows.get(criterionId)?.find((r) => r.counterparty === counterparty);
  if ((current?.version ?? 0) !== expectedVersion) return changed('The counterparty row');
  if (row === null && current === undefined) return err(appError('NOT_FOUND', `counterparty ${counterparty}`));
  const saved = row === null
    ? await deleteRow(versionId, criterionId, counterparty, expectedVersion)
    : await saveRow(versionId, criterionId, counterparty, row, expectedVersion, ctx.principal.accountId, ctx.clock.now());
  if (!saved.ok) return saved;
  return afterChange(ctx, versionId, location);
}

/** The gate after a change, evaluated again (so the page shows what the change did to it). */
export async function afterChange(ctx: UserCallContext, versionId: string, location: string | undefined): Promise<Result<GateView>> {
  const after = await evaluateForCaller(ctx, versionId);
  if (!after.ok) return after;
  return ok(await viewOf(ctx, after.data.evaluation, after.data.rights, location));
}
