// Runs the app's real handlers (the exports of src/index.ts that manifest.yml names) the way Forge invokes them:
// resolvers with `{ call, context }`, triggers with their event, webtriggers with a request; each as one
// invocation of the workbench runtime (principal, module key, time budget).
import { randomUUID } from 'node:crypto';
import { invokeFunction, type AsyncEvent, type FunctionHandler } from '../runtime';
import type { ManifestModules } from './manifest-modules';

export interface InvocationContext {
  readonly accountId: string;
  readonly locale: string;
  readonly moduleKey: string;
  /** The extension instance the call comes from (a macro instance's own local id); one per module by default. */
  readonly localId?: string;
  readonly extension: Readonly<Record<string, unknown>>;
}

export interface WebtriggerRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly queryParameters: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

export interface FunctionHost {
  /** `invoke(functionKey, payload)` from the page of module `context.moduleKey`. */
  invoke(functionKey: string, payload: unknown, context: InvocationContext): Promise<unknown>;
  fireTrigger(moduleKey: string, event: unknown): Promise<unknown>;
  /** Raises a product event as the platform does: every trigger module whose `events` name it runs, in the background. */
  fireProductEvent(event: { readonly eventType: string }): void;
  /** Runs the consumer modules of the event's queue (the workbench queue calls it). */
  consume(event: AsyncEvent): Promise<void>;
  /** Resolves once the product events raised so far have been handled. */
  settled(): Promise<void>;
  /** Whether a product event is still being handled. */
  busy(): boolean;
  callWebtrigger(moduleKey: string, request: WebtriggerRequest): Promise<unknown>;
}

/** Async events (consumers) and triggers get Forge's longer budget. */
const TRIGGER_TIMEOUT_MS = 900_000;

const isUnhandled = (outcome: unknown): boolean =>
  typeof outcome === 'object' && outcome !== null && (outcome as { handled?: unknown }).handled === false;

export function createFunctionHost(options: {
  readonly manifest: ManifestModules;
  readonly app: Readonly<Record<string, unknown>>;
  readonly cloudId: string;
}): FunctionHost {
  const { manifest, app, cloudId } = options;
  const installContext = `ari:cloud:jira::site/${cloudId}`;
  const inFlight = new Set<Promise<void>>();

  function handlerOfModule(moduleKey: string): { handler: FunctionHandler<unknown, unknown>; functionKey: string; moduleType: string } {
    const module = manifest.module(moduleKey);
    if (module.functionKey === undefined) throw new Error(`module ${moduleKey} has no function`);
    const exportName = manifest.handlers.get(module.functionKey);
    const handler = exportName === undefined ? undefined : app[exportName];
    if (typeof handler !== 'function') throw new Error(`function ${module.functionKey} (${exportName ?? '?'}) is not exported by src/index.ts`);
    return { handler: handler as FunctionHandler<unknown, unknown>, functionKey: module.functionKey, moduleType: module.type };
  }

  return {
    async invoke(functionKey, payload, context) {
      const { handler, functionKey: fn, moduleType } = handlerOfModule(context.moduleKey);
      const forgeContext = {
        cloudId, localId: context.localId ?? `${context.moduleKey}-local`, moduleKey: context.moduleKey, locale: context.locale,
        siteUrl: 'http://workbench.local', extension: context.extension,
      };
      return invokeFunction(handler, { call: { functionKey, payload, jobId: randomUUID() }, context: forgeContext }, {
        accountId: context.accountId, moduleKey: context.moduleKey, functionKey: fn, moduleType, installContext,
      });
    },
    async fireTrigger(moduleKey, event) {
      const { handler, functionKey, moduleType } = handlerOfModule(moduleKey);
      return invokeFunction(handler, event, { moduleKey, functionKey, moduleType, installContext, timeoutMs: TRIGGER_TIMEOUT_MS });
    },
    fireProductEvent(event) {
      for (const module of manifest.modules.filter((m) => m.type === 'trigger' && m.events.includes(event.eventType))) {
        const run = this.fireTrigger(module.key, event)
          .then((outcome) => { if (isUnhandled(outcome)) console.warn(`workbench: trigger ${module.key} did not handle ${event.eventType}`); })
          .catch((error: unknown) => { console.error(`workbench: trigger ${module.key} failed on ${event.eventType}`, error instanceof Error ? error.message : error); })
          .finally(() => { inFlight.delete(run); });
        inFlight.add(run);
      }
    },
    async consume(event) {
      const consumers = manifest.modules.filter((m) => m.type === 'consumer' && m.queue === event.queueName);
      if (consumers.length === 0) throw new Error(`manifest.yml has no consumer for queue ${event.queueName}`);
      for (const module of consumers) {
        const { handler, functionKey, moduleType } = handlerOfModule(module.key);
        await invokeFunction(handler, event, { moduleKey: module.key, functionKey, moduleType, installContext, timeoutMs: TRIGGER_TIMEOUT_MS });
      }
    },
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    busy: () => inFlight.size > 0,
    async callWebtrigger(moduleKey, request) {
      const { handler, functionKey, moduleType } = handlerOfModule(moduleKey);
      return invokeFunction(handler, request, { moduleKey, functionKey, moduleType, installContext });
    },
  };
}
