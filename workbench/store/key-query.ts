// `kvs.query()`: plain KVS keys in key order, optionally BEGINS_WITH a prefix, paged by an opaque
// cursor holding the last key returned. Secrets are never queryable.
import { decodeCursor, encodeCursor } from './cursor';
import { badRequest, ErrorCode, failureResponse, isFailure, type StoreResponse } from './errors';
import { itemBody, type ItemBody } from './items';
import { resolveQueryLimit } from './limits';
import type { QueryRequest } from './request-schemas';
import type { StoreContext } from './store-context';

export function queryKeys(context: StoreContext, request: QueryRequest): StoreResponse {
  const limit = resolveQueryLimit(request.limit);
  if (isFailure(limit)) return failureResponse(limit);
  let after: string | undefined;
  if (request.after !== undefined) {
    const cursor = decodeCursor(request.after);
    if (isFailure(cursor)) return failureResponse(cursor);
    if (cursor.t !== 'kvs') return failureResponse(badRequest(ErrorCode.invalidCursor, 'The cursor belongs to an entity query.'));
    after = cursor.k;
  }
  const prefix = request.where?.[0] === undefined ? '' : String(request.where[0].values[0]);
  const fields = request.options?.metadataFields ?? [];
  const data: ItemBody[] = [];
  let more = false;
  for (const [key, item] of context.state.entries('kvs', context.now())) {
    if ((after !== undefined && key <= after) || !key.startsWith(prefix)) continue;
    if (data.length === limit) {
      more = true;
      break;
    }
    data.push(itemBody(key, item, fields));
  }
  const last = data.at(-1);
  return { status: 200, body: { data, ...(more && last ? { cursor: encodeCursor({ v: 1, t: 'kvs', k: last.key }) } : {}) } };
}
