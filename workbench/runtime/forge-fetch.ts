// `global.__forge_fetch__(target, path, init)`: the one door through which @forge/api and @forge/kvs
// reach the platform. KVS calls go to the embedded store, product calls to the emulators; anything
// else (remotes, containers, email, third-party OAuth) fails loudly. Async events go to the workbench's queue.
import { z } from 'zod';
import type { ProductEndpoints } from '../products/product-endpoint';
import type { KvsStore } from '../store';
import type { AsyncEventQueue } from './async-events';
import { currentInvocation } from './invocation-context';
import { answerKvsRequest } from './kvs-route';
import { answerProductRequest } from './product-route';
import { normaliseInit } from './request-init';

export type ForgeFetch = (target: unknown, path: string, init?: RequestInit) => Promise<Response>;

const targetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('kvs') }),
  z.object({
    type: z.literal('fpp'),
    provider: z.enum(['app', 'user', 'none']),
    remote: z.string(),
    accountId: z.string().optional(),
  }),
]);

export function createForgeFetch(store: KvsStore, products: ProductEndpoints, events?: AsyncEventQueue): ForgeFetch {
  return async (target, path, init) => {
    const parsed = targetSchema.safeParse(target);
    if (!parsed.success) {
      throw new Error(`The workbench runtime cannot serve __forge_fetch__ target ${JSON.stringify(target)} (only kvs and fpp jira/confluence).`);
    }
    const normalised = normaliseInit(init);
    const invocation = currentInvocation();
    switch (parsed.data.type) {
      case 'kvs':
        return answerKvsRequest(store, path, normalised, invocation?.traceId ?? 'workbench');
      case 'fpp':
        // @forge/events publishes to queues through the platform's own API, as the app.
        if (events !== undefined && parsed.data.remote === 'stargate' && parsed.data.provider === 'app' && path.startsWith('/webhook/queue/')) {
          return events.answer(path, normalised);
        }
        return answerProductRequest(products, parsed.data, path, normalised, invocation?.accountId);
    }
  };
}
