// Forge's own errors leave the resolver untouched: when Jira answers that the user must allow the app access,
// the platform (not the app) must see NeedsAuthenticationError, so it can show its consent prompt.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolver } from '../../src';
import type { ProductEndpoints } from '../../workbench/products/product-endpoint';
import { installForgeRuntime, invokeFunction, type InstalledForgeRuntime } from '../../workbench/runtime';
import { openStore, readEntityDefinitions, type KvsStore } from '../../workbench/store';

let dir: string;
let store: KvsStore;
let runtime: InstalledForgeRuntime;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lc-platform-'));
  store = await openStore({ dir, entities: await readEntityDefinitions(join(__dirname, '../../manifest.yml')) });
  const needsConsent = () => Promise.resolve(new Response('', { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } }));
  const products: ProductEndpoints = { jira: needsConsent, confluence: needsConsent };
  runtime = installForgeRuntime({ store, products });
});
afterEach(async () => {
  runtime.uninstall();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

it('passes NeedsAuthenticationError through to the platform', async () => {
  const call = invokeFunction(resolver, { call: { functionKey: 'schedule/forEpic', payload: { issueKey: 'PERP-7' } }, context: {} }, {
    accountId: 'user-1', moduleKey: 'epic-dependencies',
  });
  await expect(call).rejects.toMatchObject({ name: 'NEEDS_AUTHENTICATION_ERR' });
});
