// What the store keeps per key, and the mutations a commit is made of. A commit is the unit of
// atomicity and durability: one journal record, applied all-or-nothing.
import type { JsonValue } from './json';

/** Plain key-value data, secrets, and one space per custom entity; they never share keys. */
export type SpaceId = 'kvs' | 'secret' | `entity:${string}`;

export const entitySpace = (entityName: string): SpaceId => `entity:${entityName}`;

export interface StoredItem {
  readonly value: JsonValue;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Epoch milliseconds after which the item reads as absent (TTL). */
  readonly expiresAt?: number;
}

export type Mutation =
  | { readonly op: 'put'; readonly space: SpaceId; readonly key: string; readonly item: StoredItem }
  | { readonly op: 'delete'; readonly space: SpaceId; readonly key: string };

export interface Commit {
  /** Strictly increasing; lets a reopen skip journal records already folded into the snapshot. */
  readonly seq: number;
  readonly mutations: readonly Mutation[];
}

export function isLive(item: StoredItem, now: number): boolean {
  return item.expiresAt === undefined || item.expiresAt > now;
}
