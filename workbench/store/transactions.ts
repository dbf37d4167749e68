// `kvs.transact()`: up to 25 sets / deletes / checks on distinct keys, all-or-nothing. Conditions are
// evaluated under the write lock against the committed state; if any fails, nothing is written and
// the caller gets 409. Limits: storage-reference/transactions and transactions-entities.
import { matchesFilters, type FilterGroup } from './conditions';
import { badRequest, ErrorCode, failure, failureResponse, isFailure, type KvsFailure, type StoreResponse } from './errors';
import { buildItem } from './items';
import { Limits } from './limits';
import type { Mutation } from './records';
import type { TransactionRequest } from './request-schemas';
import type { StoreContext } from './store-context';
import { checkRead, checkWrite, resolveTarget, type Target } from './targets';

interface Operation {
  readonly kind: 'set' | 'delete' | 'check';
  readonly key: string;
  readonly target: Target;
  readonly conditions: FilterGroup | undefined;
}

export async function transact(context: StoreContext, request: TransactionRequest): Promise<StoreResponse> {
  const sets = request.set ?? [];
  const operations: Operation[] = [];
  const all = [
    ...sets.map((op) => ({ kind: 'set' as const, op })),
    ...(request.delete ?? []).map((op) => ({ kind: 'delete' as const, op })),
    ...(request.check ?? []).map((op) => ({ kind: 'check' as const, op })),
  ];
  const shapeError = checkShape(all.map(({ op }) => op));
  if (shapeError) return failureResponse(shapeError);
  for (const { kind, op } of all) {
    const target = resolveTarget(context.schemas, op.entityName);
    if (isFailure(target)) return failureResponse(target);
    const invalid = kind === 'set' && 'value' in op ? checkWrite(target, op.key, op.value) : checkRead(target, op.key);
    if (invalid) return failureResponse(invalid);
    operations.push({ kind, key: op.key, target, conditions: op.conditions });
  }

  const outcome = await context.write((now) => {
    const mutations: Mutation[] = [];
    for (const [position, operation] of operations.entries()) {
      const current = context.state.get(operation.target.space, operation.key, now);
      const mustExist = operation.kind === 'check';
      if ((mustExist && current === undefined) || !matchesFilters(current?.value ?? {}, operation.conditions)) {
        return failure(409, ErrorCode.conditionFailed, `Transaction cancelled: the condition on key '${operation.key}' (${operation.kind}) failed.`);
      }
      if (operation.kind === 'set') {
        const set = sets[position];
        if (set === undefined) continue;
        mutations.push({ op: 'put', space: operation.target.space, key: operation.key, item: buildItem(current, set.value, set.options?.ttl, now) });
      } else if (operation.kind === 'delete' && current !== undefined) {
        mutations.push({ op: 'delete', space: operation.target.space, key: operation.key });
      }
    }
    return { mutations, result: undefined };
  });
  return isFailure(outcome) ? failureResponse(outcome) : { status: 200 };
}

function checkShape(targets: readonly { key: string; entityName?: string | undefined }[]): KvsFailure | undefined {
  if (targets.length === 0) return badRequest(ErrorCode.badRequest, 'A transaction must contain at least one operation.');
  if (targets.length > Limits.transactionMaxOperations) {
    return badRequest(ErrorCode.tooManyOperations, `Each transaction can contain a maximum of ${Limits.transactionMaxOperations} operations.`);
  }
  const seen = new Set(targets.map((target) => JSON.stringify([target.entityName ?? null, target.key])));
  if (seen.size !== targets.length) return badRequest(ErrorCode.duplicateKeys, 'Each key can only be used once in a transaction.');
  return undefined;
}
