// Single-key get / set / delete, shared by plain KVS keys, secrets and custom entities (a Target says
// which). Set honours keyPolicy FAIL_IF_EXISTS (409 on an existing key), TTL and returnValue.
import { failure, failureResponse, ErrorCode, isFailure, type StoreResponse } from './errors';
import { buildItem, itemBody, type ItemBody } from './items';
import type { JsonValue } from './json';
import type { MetadataFieldName, SetOptions } from './request-schemas';
import type { StoreContext } from './store-context';
import { checkRead, checkWrite, type Target } from './targets';

const keyNotFound = (): StoreResponse => failureResponse(failure(404, ErrorCode.notFound, 'Provided key does not exist'));

export function getItem(context: StoreContext, target: Target, key: string, fields?: readonly MetadataFieldName[]): StoreResponse {
  const invalid = checkRead(target, key);
  if (invalid) return failureResponse(invalid);
  const item = context.state.get(target.space, key, context.now());
  return item === undefined ? keyNotFound() : { status: 200, body: itemBody(key, item, fields) };
}

export async function setItem(
  context: StoreContext,
  target: Target,
  key: string,
  value: JsonValue,
  options: SetOptions,
): Promise<StoreResponse> {
  const invalid = checkWrite(target, key, value);
  if (invalid) return failureResponse(invalid);
  const outcome = await context.write((now) => {
    const previous = context.state.get(target.space, key, now);
    if (previous !== undefined && options?.keyPolicy === 'FAIL_IF_EXISTS') {
      return failure(409, ErrorCode.keyConflict, `Key '${key}' already exists and keyPolicy is FAIL_IF_EXISTS.`);
    }
    const item = buildItem(previous, value, options?.ttl, now);
    const fields = options?.returnMetadataFields ?? [];
    let result: ItemBody | undefined;
    if (options?.returnValue === 'LATEST') result = itemBody(key, item, fields);
    if (options?.returnValue === 'PREVIOUS' && previous !== undefined) result = itemBody(key, previous, fields);
    return { mutations: [{ op: 'put', space: target.space, key, item }], result };
  });
  if (isFailure(outcome)) return failureResponse(outcome);
  return outcome === undefined ? { status: 204 } : { status: 200, body: outcome };
}

/** Deleting an absent key succeeds, as the service's delete does. */
export async function deleteItem(context: StoreContext, target: Target, key: string): Promise<StoreResponse> {
  const invalid = checkRead(target, key);
  if (invalid) return failureResponse(invalid);
  const outcome = await context.write((now) => ({
    mutations: context.state.get(target.space, key, now) === undefined ? [] : [{ op: 'delete', space: target.space, key }],
    result: undefined,
  }));
  return isFailure(outcome) ? failureResponse(outcome) : { status: 204 };
}
