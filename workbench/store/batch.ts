// Batch get / set / delete: up to 25 distinct keys (plain or entity) per request; each item succeeds
// or fails on its own and is reported in successfulKeys / failedKeys. All successful writes of one
// batch are journaled as one commit.
import { badRequest, ErrorCode, failureResponse, isFailure, type KvsFailure, type StoreResponse } from './errors';
import { buildItem, itemBody, type ItemBody } from './items';
import type { JsonValue } from './json';
import { Limits } from './limits';
import type { Mutation } from './records';
import type { MetadataFieldName, Ttl } from './request-schemas';
import type { StoreContext } from './store-context';
import { checkRead, checkWrite, resolveTarget, type Target } from './targets';

interface BatchKey {
  readonly key: string;
  readonly entityName?: string | undefined;
}
interface BatchSetItem extends BatchKey {
  readonly value: JsonValue;
  readonly options?: { readonly ttl?: Ttl | undefined } | undefined;
}
interface BatchGetItem extends BatchKey {
  readonly options?: { readonly metadataFields?: readonly MetadataFieldName[] | undefined } | undefined;
}

interface FailedKey {
  readonly key: string;
  readonly entityName?: string;
  readonly error: { readonly code: string; readonly message: string };
}

const keyRef = ({ key, entityName }: BatchKey): { key: string; entityName?: string } =>
  entityName === undefined ? { key } : { key, entityName };
const failed = (item: BatchKey, error: KvsFailure): FailedKey => ({ ...keyRef(item), error: { code: error.code, message: error.message } });

export function checkBatchShape(items: readonly BatchKey[]): KvsFailure | undefined {
  if (items.length === 0) return badRequest(ErrorCode.badRequest, 'A batch operation must contain at least one key.');
  if (items.length > Limits.batchMaxItems) {
    return badRequest(ErrorCode.tooManyOperations, `A batch operation can contain a maximum of ${Limits.batchMaxItems} keys.`);
  }
  const seen = new Set(items.map((item) => JSON.stringify([item.entityName ?? null, item.key])));
  if (seen.size !== items.length) return badRequest(ErrorCode.duplicateKeys, 'A batch operation cannot name the same key twice.');
  return undefined;
}

export async function batchSet(context: StoreContext, items: readonly BatchSetItem[]): Promise<StoreResponse> {
  const shapeError = checkBatchShape(items);
  if (shapeError) return failureResponse(shapeError);
  const failedKeys: FailedKey[] = [];
  const accepted: { item: BatchSetItem; target: Target }[] = [];
  for (const item of items) {
    const target = resolveTarget(context.schemas, item.entityName);
    const error = isFailure(target) ? target : checkWrite(target, item.key, item.value);
    if (error) failedKeys.push(failed(item, error));
    else if (!isFailure(target)) accepted.push({ item, target });
  }
  const outcome = await context.write((now) => ({
    mutations: accepted.map(({ item, target }): Mutation => ({
      op: 'put',
      space: target.space,
      key: item.key,
      item: buildItem(context.state.get(target.space, item.key, now), item.value, item.options?.ttl, now),
    })),
    result: accepted.map(({ item }) => keyRef(item)),
  }));
  if (isFailure(outcome)) return failureResponse(outcome);
  return { status: 200, body: { successfulKeys: outcome, failedKeys } };
}

export function batchGet(context: StoreContext, items: readonly BatchGetItem[]): StoreResponse {
  const shapeError = checkBatchShape(items);
  if (shapeError) return failureResponse(shapeError);
  const successfulKeys: ItemBody[] = [];
  const failedKeys: FailedKey[] = [];
  const now = context.now();
  for (const request of items) {
    const target = resolveTarget(context.schemas, request.entityName);
    const error = isFailure(target) ? target : checkRead(target, request.key);
    if (error || isFailure(target)) {
      if (error) failedKeys.push(failed(request, error));
      continue;
    }
    const item = context.state.get(target.space, request.key, now);
    if (item === undefined) {
      failedKeys.push(failed(request, { kind: 'kvs-failure', status: 404, code: ErrorCode.notFound, message: 'Provided key does not exist' }));
    } else {
      successfulKeys.push(itemBody(request.key, item, request.options?.metadataFields ?? [], request.entityName));
    }
  }
  return { status: 200, body: { successfulKeys, failedKeys } };
}

export async function batchDelete(context: StoreContext, items: readonly BatchKey[]): Promise<StoreResponse> {
  const shapeError = checkBatchShape(items);
  if (shapeError) return failureResponse(shapeError);
  const failedKeys: FailedKey[] = [];
  const accepted: { item: BatchKey; target: Target }[] = [];
  for (const item of items) {
    const target = resolveTarget(context.schemas, item.entityName);
    const error = isFailure(target) ? target : checkRead(target, item.key);
    if (error) failedKeys.push(failed(item, error));
    else if (!isFailure(target)) accepted.push({ item, target });
  }
  const outcome = await context.write((now) => ({
    mutations: accepted
      .filter(({ item, target }) => context.state.get(target.space, item.key, now) !== undefined)
      .map(({ item, target }): Mutation => ({ op: 'delete', space: target.space, key: item.key })),
    result: accepted.map(({ item }) => keyRef(item)),
  }));
  if (isFailure(outcome)) return failureResponse(outcome);
  return { status: 200, body: { successfulKeys: outcome, failedKeys } };
}
