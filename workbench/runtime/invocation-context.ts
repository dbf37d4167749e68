// The per-invocation part of the Forge runtime (who is calling, which module, the time budget),
// carried in AsyncLocalStorage so concurrent invocations in one process each see their own.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ForgeRuntime } from '@forge/api';

export type License = NonNullable<ForgeRuntime['appContext']['license']>;

/** Resolvers get 25 s (DESIGN.md); pass 900 000 for async consumers and scheduled triggers. */
export const DEFAULT_TIMEOUT_MS = 25_000;

export interface InvocationOptions {
  /** The invoking user; omit for app-only invocations (triggers, scheduled jobs). */
  readonly accountId?: string;
  readonly moduleKey: string;
  readonly functionKey?: string;
  readonly moduleType?: string;
  /** The site/context ARI of the installation, e.g. `ari:cloud:jira::site/<cloudId>`. */
  readonly installContext?: string;
  readonly timeoutMs?: number;
  readonly license?: License;
}

export interface InvocationContext {
  readonly accountId: string | undefined;
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly moduleType: string;
  readonly installContext: string | undefined;
  readonly license: License | undefined;
  readonly invocationId: string;
  readonly traceId: string;
  readonly spanId: string;
  /** Epoch milliseconds when the invocation's time budget runs out. */
  readonly deadline: number;
}

const storage = new AsyncLocalStorage<InvocationContext>();

export function createInvocationContext(options: InvocationOptions): InvocationContext {
  return {
    accountId: options.accountId,
    moduleKey: options.moduleKey,
    functionKey: options.functionKey ?? options.moduleKey,
    moduleType: options.moduleType ?? 'core:function',
    installContext: options.installContext,
    license: options.license,
    invocationId: randomUUID(),
    traceId: randomUUID().replaceAll('-', ''),
    spanId: randomUUID().replaceAll('-', '').slice(0, 16),
    deadline: Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
  };
}

export function runInInvocation<T>(context: InvocationContext, body: () => T): T {
  return storage.run(context, body);
}

export function currentInvocation(): InvocationContext | undefined {
  return storage.getStore();
}
