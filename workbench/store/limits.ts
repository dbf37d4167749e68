// The real KVS / Custom Entity Store limits, and the checks that turn a breach into the service's error.
// Sources (developer.atlassian.com/platform/forge/...): limits-kvs-ce (key length 500, key regex,
// value 240 KiB, object depth 31), storage-reference/transactions (25 operations, unique keys, 4 MB),
// storage-reference/batchops-entities (25 keys per batch, no duplicates, 4 MB), runtime-reference/
// storage-api-query ("limit ... up to a maximum of 20"), runtime-reference/storage-api-custom-entities
// (integer attributes are 32-bit signed), handling-errors-customentities (entity type 3..60 chars).
import { badRequest, ErrorCode, type KvsFailure } from './errors';
import { jsonDepth, type JsonValue } from './json';

export const Limits = {
  keyMaxLength: 500,
  keyPattern: /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/,
  valueMaxBytes: 240 * 1024,
  objectMaxDepth: 31,
  batchMaxItems: 25,
  transactionMaxOperations: 25,
  requestMaxPayloadBytes: 4 * 1024 * 1024,
  /** The docs give one maximum, for `kvs.query()`; the store applies it to entity queries too. */
  queryMaxLimit: 20,
  /** Not documented; the docs' examples use 10. */
  queryDefaultLimit: 10,
  entityNameMinLength: 3,
  entityNameMaxLength: 60,
  int32Min: -2147483648,
  int32Max: 2147483647,
} as const;

/** Where a key lives decides which "empty key" code the service answers with. */
export type KeyFlavour = 'kvs' | 'entity';

export function checkKey(key: string, flavour: KeyFlavour): KvsFailure | undefined {
  if (key.length === 0) {
    return flavour === 'kvs'
      ? badRequest(ErrorCode.keyTooShort, 'The provided key needs to be more than one character.')
      : badRequest(ErrorCode.emptyKey, 'Key cannot be empty.');
  }
  if (key.length > Limits.keyMaxLength) {
    return badRequest(ErrorCode.keyTooLong, `The provided key has exceeded the maximum ${Limits.keyMaxLength} characters.`);
  }
  if (!Limits.keyPattern.test(key)) {
    return badRequest(ErrorCode.invalidKey, 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/');
  }
  return undefined;
}

export function checkValue(value: JsonValue): KvsFailure | undefined {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > Limits.valueMaxBytes) {
    return badRequest(ErrorCode.maxSize, `The provided value has exceeded the maximum size limit (${bytes} > ${Limits.valueMaxBytes} bytes).`);
  }
  if (jsonDepth(value) > Limits.objectMaxDepth) {
    return badRequest(ErrorCode.maxDepth, `The provided value has exceeded the maximum object depth (${Limits.objectMaxDepth}) limit.`);
  }
  return undefined;
}

export function checkEntityName(entityName: string): KvsFailure | undefined {
  if (entityName.length < Limits.entityNameMinLength) {
    return badRequest(ErrorCode.entityTypeTooShort, `The provided entity type needs to be at least ${Limits.entityNameMinLength} characters.`);
  }
  if (entityName.length > Limits.entityNameMaxLength) {
    return badRequest(ErrorCode.entityTypeTooLarge, `The provided entity type has exceeded the maximum ${Limits.entityNameMaxLength} characters.`);
  }
  return undefined;
}

/** Resolves a query's page size; zero, negative, fractional or over-maximum limits are rejected. */
export function resolveQueryLimit(limit: number | undefined): number | KvsFailure {
  if (limit === undefined) return Limits.queryDefaultLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > Limits.queryMaxLimit) {
    return badRequest(ErrorCode.invalidLimit, `Query limit must be an integer from 1 to ${Limits.queryMaxLimit}; got ${limit}.`);
  }
  return limit;
}

export function checkPayloadSize(bytes: number): KvsFailure | undefined {
  if (bytes > Limits.requestMaxPayloadBytes) {
    return badRequest(ErrorCode.payloadTooLarge, `The request payload exceeds ${Limits.requestMaxPayloadBytes} bytes.`);
  }
  return undefined;
}
