// Test harness for the KVS contract suite: a store in a fresh temp dir behind the real workbench
// runtime, so tests drive it through the real @forge/kvs client. `restart` closes and reopens the
// store on the same directory, as a workbench restart would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProductEndpoints } from '../../../workbench/products/product-endpoint';
import { installForgeRuntime, type InstalledForgeRuntime } from '../../../workbench/runtime';
import { openStore, type EntityDefinitions, type KvsStore } from '../../../workbench/store';

export const testEntities: EntityDefinitions = [
  {
    name: 'gate-decision',
    attributes: {
      version: { type: 'string' },
      decidedAt: { type: 'integer' },
      outcome: { type: 'string' },
      score: { type: 'float' },
      final: { type: 'boolean' },
      notes: { type: 'any' },
    },
    indexes: ['outcome', { name: 'by-version', partition: ['version'], range: ['decidedAt'] }],
  },
  {
    name: 'gate-signoff',
    attributes: { version: { type: 'string' }, fn: { type: 'string' }, status: { type: 'string' } },
    indexes: [{ name: 'by-version', partition: ['version'], range: ['fn'] }],
  },
];

const noProducts: ProductEndpoints = {
  jira: () => Promise.reject(new Error('no Jira in KVS tests')),
  confluence: () => Promise.reject(new Error('no Confluence in KVS tests')),
};

export interface KvsHarness {
  readonly dir: string;
  store: KvsStore;
  /** Mutable clock (epoch ms) the store reads; tests advance it to expire TTLs. */
  clock: { now: number };
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startKvs(options: { compactAfterBytes?: number } = {}): Promise<KvsHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'lc-kvs-'));
  const clock = { now: Date.UTC(2025, 0, 6, 9, 0, 0) };
  const open = (): Promise<KvsStore> =>
    openStore({ dir, entities: testEntities, now: () => clock.now, ...(options.compactAfterBytes ? { compactAfterBytes: options.compactAfterBytes } : {}) });
  let store = await open();
  let runtime: InstalledForgeRuntime = installForgeRuntime({ store, products: noProducts });
  const harness: KvsHarness = {
    dir,
    store,
    clock,
    restart: async () => {
      runtime.uninstall();
      await store.close();
      store = await open();
      harness.store = store;
      runtime = installForgeRuntime({ store, products: noProducts });
    },
    dispose: async () => {
      runtime.uninstall();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}
