// `kvs.entity(name).query().index(...)`: the items of one index (partition equal, range attribute
// present), narrowed by the range condition and filters, ordered by (range value, key) ascending or
// descending, and paged by a cursor holding the last (range value, key) returned.
import { compareScalars, matchesClause, matchesFilters } from './conditions';
import { decodeCursor, encodeCursor, type EntityCursor } from './cursor';
import type { EntityIndex } from './entity-definitions';
import { badRequest, ErrorCode, failureResponse, isFailure, type KvsFailure, type StoreResponse } from './errors';
import { itemBody } from './items';
import { isJsonObject, type JsonValue } from './json';
import { resolveQueryLimit } from './limits';
import type { StoredItem } from './records';
import type { EntityQueryRequest } from './request-schemas';
import { compareStrings } from './state';
import type { StoreContext } from './store-context';
import { resolveTarget } from './targets';

type Scalar = string | number | boolean;

interface IndexedItem {
  readonly key: string;
  readonly range: Scalar;
  readonly item: StoredItem;
}

export function queryEntities(context: StoreContext, request: EntityQueryRequest): StoreResponse {
  const target = resolveTarget(context.schemas, request.entityName);
  if (isFailure(target)) return failureResponse(target);
  const index = target.schema?.indexes.get(request.indexName);
  if (index === undefined) {
    return failureResponse(badRequest(ErrorCode.invalidIndex, `Entity '${request.entityName}' has no index '${request.indexName}'.`));
  }
  const partitionError = checkPartition(index, request.partition);
  if (partitionError) return failureResponse(partitionError);
  const limit = resolveQueryLimit(request.limit);
  if (isFailure(limit)) return failureResponse(limit);
  const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  if (isFailure(cursor)) return failureResponse(cursor);
  if (cursor !== undefined && (cursor.t !== 'entity' || cursor.e !== request.entityName || cursor.i !== request.indexName)) {
    return failureResponse(badRequest(ErrorCode.invalidCursor, 'The cursor belongs to a different query.'));
  }

  const descending = request.sort === 'DESC';
  const matches: IndexedItem[] = [];
  for (const [key, item] of context.state.entries(target.space, context.now())) {
    const indexed = indexedItem(index, request.partition ?? [], key, item);
    if (indexed === undefined) continue;
    if (request.range !== undefined && !matchesClause(indexed.range, request.range)) continue;
    if (!matchesFilters(item.value, request.filters)) continue;
    if (cursor !== undefined && !isAfter(indexed, cursor, descending)) continue;
    matches.push(indexed);
  }
  matches.sort((a, b) => (descending ? -1 : 1) * comparePositions(a, b));

  const page = matches.slice(0, limit);
  const last = page.at(-1);
  const fields = request.options?.metadataFields ?? [];
  const next: EntityCursor | undefined =
    matches.length > limit && last ? { v: 1, t: 'entity', e: request.entityName, i: request.indexName, r: last.range, k: last.key } : undefined;
  return {
    status: 200,
    body: { data: page.map(({ key, item }) => itemBody(key, item, fields)), ...(next ? { cursor: encodeCursor(next) } : {}) },
  };
}

function checkPartition(index: EntityIndex, partition: readonly Scalar[] | undefined): KvsFailure | undefined {
  const given = partition?.length ?? 0;
  if (given !== index.partition.length) {
    return badRequest(
      ErrorCode.invalidIndex,
      `Index '${index.name}' is partitioned by [${index.partition.join(', ')}]; the query gave ${given} partition value(s).`,
    );
  }
  return undefined;
}

/** The item's place in the index, or undefined when it is not in this index/partition. */
function indexedItem(index: EntityIndex, partition: readonly Scalar[], key: string, item: StoredItem): IndexedItem | undefined {
  if (!isJsonObject(item.value)) return undefined;
  const attributes = item.value;
  const inPartition = index.partition.every((attribute, position) => sameScalar(attributes[attribute], partition[position]));
  const range = attributes[index.range];
  if (!inPartition || !isScalar(range)) return undefined;
  return { key, range, item };
}

function comparePositions(a: { range: Scalar; key: string }, b: { range: Scalar; key: string }): number {
  return compareScalars(a.range, b.range) || compareStrings(a.key, b.key);
}

function isAfter(item: IndexedItem, cursor: EntityCursor, descending: boolean): boolean {
  const order = comparePositions(item, { range: cursor.r, key: cursor.k });
  return descending ? order < 0 : order > 0;
}

function isScalar(value: JsonValue | undefined): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function sameScalar(a: JsonValue | undefined, b: Scalar | undefined): boolean {
  return isScalar(a) && b !== undefined && typeof a === typeof b && compareScalars(a, b) === 0;
}
