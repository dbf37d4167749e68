import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import api, { getAppContext, route } from '@forge/api';
import Resolver from '@forge/resolver';
import type { ProductEndpoint, ProductEndpoints, ProductRequest } from '../../../workbench/products/product-endpoint';
import { installForgeRuntime, invokeFunction, InvocationTimeoutError, type InstalledForgeRuntime } from '../../../workbench/runtime';
import { openStore, type KvsStore } from '../../../workbench/store';

function recordingEndpoint(answer: unknown): { endpoint: ProductEndpoint; requests: ProductRequest[] } {
  const requests: ProductRequest[] = [];
  const endpoint: ProductEndpoint = (request) => {
    requests.push(request);
    return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  return { endpoint, requests };
}

let dir: string;
let store: KvsStore;
let runtime: InstalledForgeRuntime;
let jira: ReturnType<typeof recordingEndpoint>;
let confluence: ReturnType<typeof recordingEndpoint>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lc-runtime-'));
  store = await openStore({ dir, entities: [] });
  jira = recordingEndpoint({ product: 'jira' });
  confluence = recordingEndpoint({ product: 'confluence' });
  const products: ProductEndpoints = { jira: jira.endpoint, confluence: confluence.endpoint };
  runtime = installForgeRuntime({ store, products });
});
afterEach(async () => {
  runtime.uninstall();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('__forge_fetch__ product routing', () => {
  it('sends asUser(id).requestJira to Jira as that user, with method, path, headers and body', async () => {
    const response = await api.asUser('user-42').requestJira(route`/rest/api/3/search/jql?fields=${'summary'}`, {
      method: 'post',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ jql: 'project = PERP' }),
    });
    expect(await response.json()).toEqual({ product: 'jira' });
    expect(jira.requests).toEqual([
      {
        method: 'POST',
        path: '/rest/api/3/search/jql?fields=summary',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: '{"jql":"project = PERP"}',
        principal: { kind: 'user', accountId: 'user-42' },
      },
    ]);
    expect(confluence.requests).toEqual([]);
  });

  it('sends asApp().requestConfluence to Confluence as the app', async () => {
    await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${'123'}`, { headers: { 'X-Test': '1' } });
    expect(confluence.requests).toEqual([
      { method: 'GET', path: '/wiki/api/v2/pages/123', headers: { 'x-test': '1' }, body: undefined, principal: { kind: 'app' } },
    ]);
  });

  it('treats the bare requestJira (provider none) as the app', async () => {
    await api.requestJira(route`/rest/api/3/myself`);
    expect(jira.requests[0]?.principal).toEqual({ kind: 'app' });
  });

  it('uses the invoking user for asUser() without an id, inside an invocation', async () => {
    await invokeFunction(async () => api.asUser().requestJira(route`/rest/api/3/myself`), {}, { accountId: 'user-7', moduleKey: 'gate-page' });
    expect(jira.requests[0]?.principal).toEqual({ kind: 'user', accountId: 'user-7' });
  });

  it('fails clearly for asUser() without a user, and for products it does not emulate', async () => {
    await expect(api.asUser().requestJira(route`/rest/api/3/myself`)).rejects.toThrow(/outside a user invocation/);
    await expect(api.asApp().requestBitbucket(route`/2.0/user`)).rejects.toThrow(/no 'bitbucket' product/);
  });
});

describe('invocations', () => {
  it('exposes the invocation through getAppContext and isolates concurrent invocations', async () => {
    const seen = await Promise.all(
      ['panel-a', 'panel-b'].map((moduleKey) =>
        invokeFunction(
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            const context = getAppContext();
            return { moduleKey: context.moduleKey, app: String(context.appAri), remaining: context.invocationRemainingTimeInMillis() };
          },
          {},
          { moduleKey, timeoutMs: 10_000 },
        ),
      ),
    );
    expect(seen.map((s) => s.moduleKey)).toEqual(['panel-a', 'panel-b']);
    expect(seen[0]?.app).toBe(`ari:cloud:ecosystem::app/${runtime.identity.appId}`);
    expect(seen[0]?.remaining).toBeGreaterThan(9_000);
  });

  it('runs a real resolver handler with the accountId from the backend runtime payload', async () => {
    const resolver = new Resolver();
    resolver.define('whoami', ({ context }) => ({ accountId: context.accountId as unknown, installContext: context.installContext as unknown }));
    const handler = resolver.getDefinitions();
    const result = await invokeFunction(handler, { call: { functionKey: 'whoami', payload: {} }, context: {} }, {
      accountId: 'user-99',
      moduleKey: 'gate-resolver',
      installContext: 'ari:cloud:jira::site/abc',
    });
    expect(result).toEqual({ accountId: 'user-99', installContext: 'ari:cloud:jira::site/abc' });
  });

  it('rejects an invocation that outruns its time budget', async () => {
    await expect(invokeFunction(() => new Promise((resolve) => setTimeout(resolve, 200)), {}, { moduleKey: 'slow', timeoutMs: 20 })).rejects.toBeInstanceOf(
      InvocationTimeoutError,
    );
  });

  it('restores the globals on uninstall', () => {
    runtime.uninstall();
    expect((globalThis as Record<string, unknown>)['__forge_fetch__']).toBeUndefined();
    runtime = installForgeRuntime({ store, products: { jira: jira.endpoint, confluence: confluence.endpoint } });
  });
});
