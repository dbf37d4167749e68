// The KVS service's error answers: an HTTP status plus the `{ code, message }` body that @forge/kvs turns
// into a ForgeKvsAPIError. Every code the store can answer with is named here, so matching the real
// service is a one-file change.

/** What the store answers to one request, before the runtime wraps it in a `Response`. */
export interface StoreResponse {
  readonly status: number;
  readonly body?: unknown;
}

/** An expected failure, carried as a value until it becomes an error response. */
export interface KvsFailure {
  readonly kind: 'kvs-failure';
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/**
 * Documented codes come from "Error handling for the Key-Value Store / Custom Entity Store"
 * (developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs and -customentities).
 * KEY_CONFLICT/409 for FAIL_IF_EXISTS is what the service answers as measured by third parties
 * (apps match on `responseDetails.status === 409`); the transaction-condition code is our choice
 * with the same 409 status, since the docs do not name it.
 */
export const ErrorCode = {
  badRequest: 'BAD_REQUEST',
  notFound: 'KEY_NOT_FOUND',
  keyTooShort: 'KEY_TOO_SHORT',
  emptyKey: 'EMPTY_KEY',
  keyTooLong: 'KEY_TOO_LONG',
  invalidKey: 'INVALID_KEY',
  maxSize: 'MAX_SIZE',
  maxDepth: 'MAX_DEPTH',
  entityTypeTooShort: 'ENTITY_TYPE_TOO_SHORT',
  entityTypeTooLarge: 'ENTITY_TYPE_TOO_LARGE',
  unknownEntity: 'INVALID_ENTITY_TYPE',
  invalidAttribute: 'INVALID_ATTRIBUTE',
  invalidIndex: 'INVALID_INDEX',
  invalidCursor: 'INVALID_CURSOR',
  invalidLimit: 'INVALID_LIMIT',
  keyConflict: 'KEY_CONFLICT',
  conditionFailed: 'CONDITIONAL_CHECK_FAILED',
  tooManyOperations: 'TOO_MANY_OPERATIONS',
  duplicateKeys: 'DUPLICATE_KEYS',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  routeNotFound: 'NOT_FOUND',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

export function failure(status: number, code: ErrorCodeValue, message: string): KvsFailure {
  return { kind: 'kvs-failure', status, code, message };
}

export const badRequest = (code: ErrorCodeValue, message: string): KvsFailure => failure(400, code, message);

export function isFailure(value: unknown): value is KvsFailure {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'kvs-failure';
}

export function failureResponse(error: KvsFailure): StoreResponse {
  return { status: error.status, body: { code: error.code, message: error.message } };
}
