// Builds stored items from writes (timestamps, TTL) and renders them as the service's response
// bodies, including metadata fields only when the client asked for them.
import type { JsonValue } from './json';
import type { MetadataFieldName, Ttl } from './request-schemas';
import type { StoredItem } from './records';

const TTL_UNIT_MS: Readonly<Record<Ttl['unit'], number>> = {
  SECONDS: 1_000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

export function buildItem(previous: StoredItem | undefined, value: JsonValue, ttl: Ttl | undefined, now: number): StoredItem {
  const base = { value, createdAt: previous?.createdAt ?? now, updatedAt: now };
  return ttl === undefined ? base : { ...base, expiresAt: now + ttl.value * TTL_UNIT_MS[ttl.unit] };
}

export interface ItemBody {
  readonly key: string;
  readonly value: JsonValue;
  readonly entityName?: string;
  readonly createdAt?: number;
  readonly updatedAt?: number;
  readonly expireTime?: string;
}

/** `fields` undefined means "everything" (single get / set-and-return answers carry all metadata). */
export function itemBody(key: string, item: StoredItem, fields?: readonly MetadataFieldName[], entityName?: string): ItemBody {
  const wants = (field: MetadataFieldName): boolean => fields === undefined || fields.includes(field);
  return {
    key,
    value: item.value,
    ...(entityName === undefined ? {} : { entityName }),
    ...(wants('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(wants('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(wants('EXPIRE_TIME') && item.expiresAt !== undefined ? { expireTime: new Date(item.expiresAt).toISOString() } : {}),
  };
}
