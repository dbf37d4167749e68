// Assembles the local Forge host: demo site -> Jira and Confluence emulators, the durable KVS store, the Forge
// runtime globals, the app's real handlers, and the HTTP server. `npm start` and the tests both start it here.
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { createFunctionHost, type FunctionHost } from './host/function-host';
import { readManifestModules } from './host/manifest-modules';
import { createWorkbenchServer } from './host/server';
import { createConfluenceEmulator } from './products/confluence';
import { createJiraEmulator } from './products/jira';
import { createAsyncEventQueue, installForgeRuntime, type AsyncEventQueue } from './runtime';
import { createDemoSite, DEMO_TODAY, type DemoSite } from './seed';
import { openStore, readEntityDefinitions, type KvsStore } from './store';

export interface WorkbenchOptions {
  /** Where the store keeps its files ($LC_WORKBENCH_DATA, default .workbench/). */
  readonly dataDir: string;
  readonly port?: number;
  readonly scale?: number;
  readonly cycle?: boolean;
}

export interface Workbench {
  readonly url: string;
  readonly site: DemoSite;
  readonly jira: ReturnType<typeof createJiraEmulator>;
  readonly confluence: ReturnType<typeof createConfluenceEmulator>;
  readonly store: KvsStore;
  readonly functions: FunctionHost;
  /** The async-event queue behind `@forge/events`, feeding the manifest's consumer modules. */
  readonly queue: AsyncEventQueue;
  /** Resolves once every product event raised so far, and every async event they pushed, has been handled. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const appRoot = resolve(__dirname, '..');

const faultSchema = z.object({
  product: z.enum(['jira', 'confluence']),
  method: z.string().optional(),
  path: z.string(),
  status: z.union([z.literal(429), z.literal(500), z.literal(503)]).optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  delayMs: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
});

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  // Planning dates follow the demo's "today", so the demo reads the same on any day.
  process.env.LC_TODAY ??= DEMO_TODAY;
  const site = createDemoSite({ ...(options.scale === undefined ? {} : { scale: options.scale }), ...(options.cycle === true ? { cycle: true } : {}) });
  const manifestPath = join(appRoot, 'manifest.yml');
  const store = await openStore({ dir: resolve(options.dataDir), entities: await readEntityDefinitions(manifestPath) });
  // Changes to the emulator's data raise the product events Forge raises: each goes to the triggers that name it.
  const raise = (event: Readonly<Record<string, unknown>> & { readonly eventType: string }) => { functions.fireProductEvent(event); };
  const onVersionReleased = (version: { readonly id: string; readonly name: string; readonly projectId: string }) => {
    raise({ eventType: 'avi:jira:released:version', version: { id: version.id, name: version.name, projectId: version.projectId } });
  };
  const jira = createJiraEmulator(site, { shareSite: true, onVersionReleased, onProductEvent: raise });
  const confluence = createConfluenceEmulator(site, { shareSite: true });
  const queue = createAsyncEventQueue();
  const runtime = installForgeRuntime({ store, products: { jira: jira.endpoint, confluence: confluence.endpoint }, events: queue, installContext: `ari:cloud:jira::site/${site.cloudId}` });
  const app = (await import('../src/index')) as Readonly<Record<string, unknown>>;
  const manifest = readManifestModules(manifestPath);
  const functions = createFunctionHost({ manifest, app, cloudId: site.cloudId });
  queue.bind((event) => functions.consume(event));
  const server = createWorkbenchServer({
    appRoot, site, manifest, functions,
    control: {
      counts: () => ({ jira: jira.counts(), confluence: confluence.counts() }),
      addFault: (body) => {
        const { product, method, status, retryAfterSeconds, delayMs, times, path } = faultSchema.parse(body);
        (product === 'jira' ? jira : confluence).faults.add({
          path,
          ...(method === undefined ? {} : { method }), ...(status === undefined ? {} : { status }),
          ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }), ...(delayMs === undefined ? {} : { delayMs }),
          ...(times === undefined ? {} : { times }),
        });
      },
      clearFaults: () => { jira.faults.clear(); confluence.faults.clear(); },
    },
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => { resolveListen(); });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    site, jira, confluence, store, functions, queue,
    async settled() {
      // A trigger may push async events, whose consumers may raise more: wait until both sides are idle at once.
      while (functions.busy() || queue.busy()) {
        await functions.settled();
        await queue.settled();
      }
    },
    async close() {
      queue.clear();
      await Promise.all([functions.settled(), queue.settled()]);
      await new Promise<void>((resolveClose) => { server.close(() => { resolveClose(); }); server.closeAllConnections(); });
      runtime.uninstall();
      await store.close();
    },
  };
}
