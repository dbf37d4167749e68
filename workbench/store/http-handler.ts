// Routes one KVS API call (`/api/v1/...` path + parsed JSON body, as @forge/kvs sends it) to the
// operation that answers it, validating the body first: a malformed body is a 400 BAD_REQUEST that
// names the offending field.
import type { z } from 'zod';
import { batchDelete, batchGet, batchSet } from './batch';
import { queryEntities } from './entity-query';
import { badRequest, ErrorCode, failure, failureResponse, isFailure, type StoreResponse } from './errors';
import { deleteItem, getItem, setItem } from './key-value';
import { queryKeys } from './key-query';
import { checkPayloadSize } from './limits';
import {
  batchKeysRequest,
  batchSetRequest,
  entityKeyRequest,
  entityQueryRequest,
  entitySetRequest,
  keyRequest,
  queryRequest,
  setRequest,
  transactionRequest,
} from './request-schemas';
import type { StoreContext } from './store-context';
import { kvsTarget, resolveTarget, secretTarget } from './targets';
import { transact } from './transactions';

type Route = (context: StoreContext, body: unknown) => StoreResponse | Promise<StoreResponse>;

function route<S extends z.ZodType>(schema: S, answer: (context: StoreContext, request: z.infer<S>) => StoreResponse | Promise<StoreResponse>): Route {
  return (context, body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
      return failureResponse(badRequest(ErrorCode.badRequest, `Provided request body is invalid: ${where}: ${issue?.message ?? 'invalid'}`));
    }
    return answer(context, parsed.data);
  };
}

const routes: Readonly<Record<string, Route>> = {
  '/api/v1/get': route(keyRequest, (c, r) => getItem(c, kvsTarget, r.key, r.options?.metadataFields)),
  '/api/v1/set': route(setRequest, (c, r) => setItem(c, kvsTarget, r.key, r.value, r.options)),
  '/api/v1/delete': route(keyRequest, (c, r) => deleteItem(c, kvsTarget, r.key)),
  '/api/v1/query': route(queryRequest, queryKeys),
  '/api/v1/secret/get': route(keyRequest, (c, r) => getItem(c, secretTarget, r.key, r.options?.metadataFields)),
  '/api/v1/secret/set': route(setRequest, (c, r) => setItem(c, secretTarget, r.key, r.value, r.options)),
  '/api/v1/secret/delete': route(keyRequest, (c, r) => deleteItem(c, secretTarget, r.key)),
  '/api/v1/entity/get': route(entityKeyRequest, (c, r) => {
    const target = resolveTarget(c.schemas, r.entityName);
    return isFailure(target) ? failureResponse(target) : getItem(c, target, r.key, r.options?.metadataFields);
  }),
  '/api/v1/entity/set': route(entitySetRequest, (c, r) => {
    const target = resolveTarget(c.schemas, r.entityName);
    return isFailure(target) ? failureResponse(target) : setItem(c, target, r.key, r.value, r.options);
  }),
  '/api/v1/entity/delete': route(entityKeyRequest, (c, r) => {
    const target = resolveTarget(c.schemas, r.entityName);
    return isFailure(target) ? failureResponse(target) : deleteItem(c, target, r.key);
  }),
  '/api/v1/entity/query': route(entityQueryRequest, queryEntities),
  '/api/v1/batch/set': route(batchSetRequest, batchSet),
  '/api/v1/batch/get': route(batchKeysRequest, batchGet),
  '/api/v1/batch/delete': route(batchKeysRequest, batchDelete),
  '/api/v1/transaction': route(transactionRequest, transact),
};

export async function handleKvsRequest(context: StoreContext, path: string, body: unknown): Promise<StoreResponse> {
  const answer = routes[path];
  if (answer === undefined) {
    return failureResponse(failure(404, ErrorCode.routeNotFound, `The KVS API has no endpoint ${path}.`));
  }
  const tooLarge = body === undefined ? undefined : checkPayloadSize(Buffer.byteLength(JSON.stringify(body), 'utf8'));
  if (tooLarge) return failureResponse(tooLarge);
  return answer(context, body);
}
