// Interns task ids to dense indices with an open-addressing table in one Int32Array whose slots hold each id's
// first 12 UTF-16 code units inline beside its index, so matching an id reads one slot and never the task's
// own string: at 100k tasks each of those strings is a cache miss, and misses are what a lookup costs.

import { int32Array } from './scratch';

/** Int32 words per slot: index + 1 (0 = empty slot), id length, then INLINE_UNITS code units two to a word. */
const SLOT_WORDS = 8;
const INLINE_UNITS = 12;
/** Int32 words per packed key: home slot, length, then the same inline units as a slot. */
const KEY_WORDS = 8;

export interface IdIndex {
  /** The interned ids, by index. */
  readonly ids: readonly string[];
  readonly slots: Int32Array;
  /** Slot count (not a power of two: slots are picked by multiply-shift). */
  readonly capacity: number;
  /** Scratch for one packed key. */
  readonly key: Int32Array;
}

/** An empty index sized for `count` ids (load factor at most 2/3). */
export function createIdIndex(count: number): IdIndex & { readonly ids: string[] } {
  const capacity = count + (count >> 1) + 16;
  return { ids: [], slots: int32Array(capacity * SLOT_WORDS), capacity, key: new Int32Array(KEY_WORDS) };
}

/** Adds the id as the next index and returns that index, or returns the earlier index of an equal id. */
export function internId(index: IdIndex & { readonly ids: string[] }, id: string): number {
  const { slots, ids, key } = index;
  packKey(id, index.capacity, key, 0);
  const base = probe(index, key, 0, id);
  const at = slots[base] as number;
  if (at !== 0) return at - 1;
  slots[base] = ids.length + 1;
  for (let w = 1; w < SLOT_WORDS; w++) slots[base + w] = key[w] as number;
  ids.push(id);
  return ids.length - 1;
}

/** The index of the id, or -1. */
export function findId(index: IdIndex, id: string): number {
  // Plans come from parsed files and payloads: a missing or non-string id simply matches no task.
  if (typeof id !== 'string') return -1;
  packKey(id, index.capacity, index.key, 0);
  return (index.slots[probe(index, index.key, 0, id)] as number) - 1;
}

/** Writes the id's packed key (home slot, length, inline units) to `key[at .. at + KEY_WORDS - 1]`. */
function packKey(id: string, capacity: number, key: Int32Array, at: number): void {
  const length = id.length;
  let hash = Math.imul(length ^ 0x9e3779b9, 0x85ebca6b);
  for (let w = 0; w < INLINE_UNITS / 2; w++) {
    const word = unitPair(id, 2 * w, length);
    key[at + 2 + w] = word;
    hash = mix(hash, word);
  }
  for (let k = INLINE_UNITS; k < length; k++) hash = mix(hash, id.charCodeAt(k));
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  // Multiply-shift: the high bits of hash x capacity pick a slot in 0 .. capacity - 1.
  key[at] = Math.floor(((hash >>> 0) * capacity) / 4294967296);
  key[at + 1] = length;
}

/** The first word of the key's slot, or of the empty slot where it would go; `id` settles ids longer than inline. */
function probe(index: IdIndex, key: Int32Array, at: number, id: string): number {
  const { slots, capacity, ids } = index;
  const length = key[at + 1] as number;
  const w0 = key[at + 2] as number;
  const w1 = key[at + 3] as number;
  const w2 = key[at + 4] as number;
  const w3 = key[at + 5] as number;
  const w4 = key[at + 6] as number;
  const w5 = key[at + 7] as number;
  let slot = key[at] as number;
  for (;;) {
    const base = slot * SLOT_WORDS;
    const found = slots[base] as number;
    if (found === 0) return base;
    if (
      slots[base + 1] === length &&
      slots[base + 2] === w0 &&
      slots[base + 3] === w1 &&
      slots[base + 4] === w2 &&
      slots[base + 5] === w3 &&
      slots[base + 6] === w4 &&
      slots[base + 7] === w5 &&
      (length <= INLINE_UNITS || ids[found - 1] === id)
    ) {
      return base;
    }
    slot = slot + 1 === capacity ? 0 : slot + 1;
  }
}

/** Code units k and k + 1 of the id in one word (0 past its end). */
function unitPair(id: string, k: number, length: number): number {
  if (k + 1 < length) return id.charCodeAt(k) | (id.charCodeAt(k + 1) << 16);
  return k < length ? id.charCodeAt(k) : 0;
}

function mix(hash: number, word: number): number {
  const h = Math.imul(hash ^ word, 0xcc9e2d51);
  return Math.imul((h << 15) | (h >>> 17), 0x1b873593);
}
