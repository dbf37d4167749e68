// Installs the Forge function-side globals for the workbench: `__forge_runtime__` (a getter, so each
// concurrent invocation sees its own appContext, principal and trace ids) and `__forge_fetch__`
// (KVS -> embedded store, Jira/Confluence -> emulators). `uninstall` restores what was there.
import type { ProductEndpoints } from '../products/product-endpoint';
import type { KvsStore } from '../store';
import type { AsyncEventQueue } from './async-events';
import { createForgeFetch } from './forge-fetch';
import { createInvocationContext, currentInvocation } from './invocation-context';
import { buildRuntime, type RuntimeIdentity } from './runtime-object';

export interface ForgeRuntimeOptions {
  readonly store: KvsStore;
  readonly products: ProductEndpoints;
  /** Where `@forge/events` pushes go (async events for the consumer modules). */
  readonly events?: AsyncEventQueue;
  readonly appId?: string;
  /** Forge environment type: DEVELOPMENT (default), STAGING or PRODUCTION. */
  readonly environment?: string;
  /** Default context ARI for invocations that do not name one. */
  readonly installContext?: string;
  /** Where i18n bundles are read from (`@forge/api` i18n); defaults to the working directory. */
  readonly appCodeDir?: string;
}

export interface InstalledForgeRuntime {
  readonly identity: RuntimeIdentity;
  uninstall(): void;
}

export const WORKBENCH_APP_ID = '7f3e2a10-5c4b-4d6e-9a81-0b2c3d4e5f60';
export const WORKBENCH_INSTALL_CONTEXT = 'ari:cloud:jira::site/00000000-0000-4000-8000-00000000c10d';

const RUNTIME_GLOBAL = '__forge_runtime__';
const FETCH_GLOBAL = '__forge_fetch__';

let active: RuntimeIdentity | undefined;

/** The identity of the installed runtime, or undefined when none is installed. */
export function activeRuntimeIdentity(): RuntimeIdentity | undefined {
  return active;
}

export function installForgeRuntime(options: ForgeRuntimeOptions): InstalledForgeRuntime {
  if (active !== undefined) throw new Error('A workbench Forge runtime is already installed; uninstall it first.');
  const environmentType = options.environment ?? 'DEVELOPMENT';
  const identity: RuntimeIdentity = {
    appId: options.appId ?? WORKBENCH_APP_ID,
    environmentType,
    environmentId: `workbench-${environmentType.toLowerCase()}`,
    installationId: 'workbench-installation',
    installContext: options.installContext ?? WORKBENCH_INSTALL_CONTEXT,
    appCodeDir: options.appCodeDir ?? process.cwd(),
  };
  // Code that runs outside invokeFunction (startup, tests) still sees a runtime: an app-only one.
  const ambient = createInvocationContext({ moduleKey: 'workbench', timeoutMs: 24 * 3_600_000 });
  const previousRuntime = Object.getOwnPropertyDescriptor(globalThis, RUNTIME_GLOBAL);
  const previousFetch = Object.getOwnPropertyDescriptor(globalThis, FETCH_GLOBAL);

  Object.defineProperty(globalThis, RUNTIME_GLOBAL, {
    configurable: true,
    enumerable: false,
    get: () => buildRuntime(identity, currentInvocation() ?? ambient),
  });
  Object.defineProperty(globalThis, FETCH_GLOBAL, {
    configurable: true,
    enumerable: false,
    writable: true,
    value: createForgeFetch(options.store, options.products, options.events),
  });
  active = identity;

  return {
    identity,
    uninstall: () => {
      restore(RUNTIME_GLOBAL, previousRuntime);
      restore(FETCH_GLOBAL, previousFetch);
      active = undefined;
    },
  };
}

function restore(name: string, descriptor: PropertyDescriptor | undefined): void {
  if (descriptor === undefined) Reflect.deleteProperty(globalThis, name);
  else Object.defineProperty(globalThis, name, descriptor);
}
