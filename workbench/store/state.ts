// The in-memory image of the store: every space's items, rebuilt on open from the snapshot plus the
// journal and changed only by applying committed mutations. Reads never see an unjournaled write.
import { isLive, type Commit, type SpaceId, type StoredItem } from './records';

export type SnapshotSpaces = Readonly<Record<string, readonly (readonly [string, StoredItem])[]>>;

export class StoreState {
  private readonly spaces = new Map<SpaceId, Map<string, StoredItem>>();
  private readonly sortedKeys = new Map<SpaceId, readonly string[]>();
  private lastSeq = 0;

  get seq(): number {
    return this.lastSeq;
  }

  /** The live item at `key`, or undefined when absent or expired. */
  get(space: SpaceId, key: string, now: number): StoredItem | undefined {
    const item = this.spaces.get(space)?.get(key);
    return item !== undefined && isLive(item, now) ? item : undefined;
  }

  /** All live items of a space, in key order. */
  *entries(space: SpaceId, now: number): Generator<readonly [string, StoredItem]> {
    const items = this.spaces.get(space);
    if (items === undefined) return;
    for (const key of this.keysInOrder(space, items)) {
      const item = items.get(key);
      if (item !== undefined && isLive(item, now)) yield [key, item];
    }
  }

  apply(commit: Commit): void {
    for (const mutation of commit.mutations) {
      let items = this.spaces.get(mutation.space);
      if (items === undefined) {
        items = new Map();
        this.spaces.set(mutation.space, items);
      }
      if (mutation.op === 'put') items.set(mutation.key, mutation.item);
      else items.delete(mutation.key);
      this.sortedKeys.delete(mutation.space);
    }
    this.lastSeq = Math.max(this.lastSeq, commit.seq);
  }

  /** Live items only: expired ones are dropped when the snapshot is written. */
  toSnapshot(now: number): SnapshotSpaces {
    const out: Record<string, (readonly [string, StoredItem])[]> = {};
    for (const space of this.spaces.keys()) out[space] = [...this.entries(space, now)];
    return out;
  }

  static fromSnapshot(seq: number, spaces: SnapshotSpaces): StoreState {
    const state = new StoreState();
    for (const [space, items] of Object.entries(spaces)) {
      state.spaces.set(space as SpaceId, new Map(items));
    }
    state.lastSeq = seq;
    return state;
  }

  private keysInOrder(space: SpaceId, items: Map<string, StoredItem>): readonly string[] {
    let keys = this.sortedKeys.get(space);
    if (keys === undefined) {
      keys = [...items.keys()].sort(compareStrings);
      this.sortedKeys.set(space, keys);
    }
    return keys;
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
