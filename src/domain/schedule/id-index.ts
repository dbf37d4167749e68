// Interns task ids to dense indices with an open-addressing hash table in one typed array: cheaper to build
// than a Map at 100k ids, and it keeps (hash, index) pairs side by side so a lookup touches one cache line
// before the final string comparison.

export interface IdIndex {
  readonly ids: readonly string[];
  /** Pairs (hash, task index), -1 index = empty slot; length 2 x capacity, capacity a power of two. */
  readonly slots: Int32Array;
  readonly mask: number;
}

/** An empty index sized for `count` ids. */
export function createIdIndex(count: number): IdIndex & { readonly ids: string[] } {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return { ids: [], slots: new Int32Array(capacity * 2).fill(-1), mask: capacity - 1 };
}

/** Adds the id as the next index and returns that index, or returns the earlier index of an equal id. */
export function internId(index: IdIndex & { readonly ids: string[] }, id: string): number {
  const hash = hashId(id);
  const { slots, mask, ids } = index;
  let slot = hash & mask;
  for (;;) {
    const at = slots[2 * slot + 1] as number;
    if (at === -1) {
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = ids.length;
      ids.push(id);
      return ids.length - 1;
    }
    if (slots[2 * slot] === hash && ids[at] === id) return at;
    slot = (slot + 1) & mask;
  }
}

/** The index of the id, or -1. */
export function findId(index: IdIndex, id: string): number {
  const hash = hashId(id);
  const { slots, mask, ids } = index;
  let slot = hash & mask;
  for (;;) {
    const at = slots[2 * slot + 1] as number;
    if (at === -1) return -1;
    if (slots[2 * slot] === hash && ids[at] === id) return at;
    slot = (slot + 1) & mask;
  }
}

/** FNV-1a over UTF-16 code units, with a final avalanche so that sequential ids spread over the table. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
