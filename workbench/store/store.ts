// Opens the durable store in a directory: loads the snapshot, replays the journal after it (cutting
// a torn tail), then serves KVS requests. Every write is serialised, journaled and fsynced before it
// is acknowledged; the journal is compacted into a fresh snapshot once it grows past a threshold.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildEntitySchemas, type EntityDefinitions } from './entity-definitions';
import { isFailure, type StoreResponse } from './errors';
import { handleKvsRequest } from './http-handler';
import { Journal } from './journal';
import { readSnapshot, writeSnapshot } from './snapshot';
import { StoreState } from './state';
import type { StoreContext } from './store-context';
import { WriteLock } from './write-lock';

export interface OpenStoreOptions {
  readonly dir: string;
  readonly entities: EntityDefinitions;
  /** Epoch milliseconds; tests pass a fake clock to exercise TTL. */
  readonly now?: () => number;
  /** Journal size that triggers compaction into a snapshot (default 8 MiB). */
  readonly compactAfterBytes?: number;
}

export interface StoreRecovery {
  /** Journal commits replayed on top of the snapshot. */
  readonly replayedCommits: number;
  /** Bytes of a torn or corrupt journal tail that were dropped and truncated. */
  readonly droppedBytes: number;
}

export interface KvsStore {
  /** Answers one KVS API call: `path` like `/api/v1/set`, `body` the parsed JSON request body. */
  handle(path: string, body: unknown): Promise<StoreResponse>;
  /** Folds the journal into a new snapshot now. */
  compact(): Promise<void>;
  /** Waits for in-flight writes, then releases the files. */
  close(): Promise<void>;
  readonly recovery: StoreRecovery;
}

export const SNAPSHOT_FILE = 'kvs-snapshot.json';
export const JOURNAL_FILE = 'kvs-journal.log';

export async function openStore(options: OpenStoreOptions): Promise<KvsStore> {
  const schemas = buildEntitySchemas(options.entities);
  const now = options.now ?? Date.now;
  const compactAfterBytes = options.compactAfterBytes ?? 8 * 1024 * 1024;
  await mkdir(options.dir, { recursive: true });
  const snapshotPath = join(options.dir, SNAPSHOT_FILE);

  const snapshot = await readSnapshot(snapshotPath);
  const state = snapshot ? StoreState.fromSnapshot(snapshot.seq, snapshot.spaces) : new StoreState();
  const { journal, recovery } = await Journal.open(join(options.dir, JOURNAL_FILE));
  const pending = recovery.commits.filter((commit) => commit.seq > state.seq);
  for (const commit of pending) state.apply(commit);

  const lock = new WriteLock();
  let closed = false;
  const compactNow = async (): Promise<void> => {
    await writeSnapshot(snapshotPath, state.seq, state.toSnapshot(now()));
    await journal.reset();
  };
  const assertOpen = (): void => {
    if (closed) throw new Error(`The KVS store in ${options.dir} is closed.`);
  };

  const context: StoreContext = {
    state,
    schemas,
    now,
    write: (plan) =>
      lock.run(async () => {
        assertOpen();
        const planned = plan(now());
        if (isFailure(planned)) return planned;
        if (planned.mutations.length > 0) {
          const commit = { seq: state.seq + 1, mutations: planned.mutations };
          await journal.append(commit);
          state.apply(commit);
          if (journal.size >= compactAfterBytes) await compactNow();
        }
        return planned.result;
      }),
  };

  return {
    recovery: { replayedCommits: pending.length, droppedBytes: recovery.droppedBytes },
    handle: (path, body) => {
      assertOpen();
      return handleKvsRequest(context, path, body);
    },
    compact: () =>
      lock.run(async () => {
        assertOpen();
        await compactNow();
      }),
    close: () =>
      lock.run(async () => {
        if (closed) return;
        closed = true;
        await journal.close();
      }),
  };
}
