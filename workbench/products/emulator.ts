// The pipeline every product emulator shares: count the request by endpoint template, apply injected faults,
// route to a handler, and answer unknown endpoints with a 404 that names what is missing.

import { createRequestCounter } from './counts';
import { createFaultInjector, type FaultInjector, type FaultRule } from './faults';
import { parseRequest } from './http';
import type { ProductEndpoint, ProductRequest } from './product-endpoint';
import { createRouter, type Route } from './router';

/** How a product spells its errors. */
export interface ErrorStyle {
  /** `pathname` lets a product pick between API generations (Confluence v1 and v2 spell errors differently). */
  error(status: number, message: string, pathname: string): Response;
}

export interface EmulatorOptions {
  /** Used for `delayMs` faults; tests may pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface ProductEmulator<S> {
  readonly endpoint: ProductEndpoint;
  counts(): Record<string, number>;
  /** The most requests this emulator was answering at once since the counts were last reset. */
  maxInFlight(): number;
  resetCounts(): void;
  readonly faults: FaultInjector;
  /** The live, mutable data this emulator serves. */
  readonly site: S;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => { setTimeout(resolve, ms); });

function faultResponse(rule: FaultRule, style: ErrorStyle, status: number, pathname: string): Response {
  const response = style.error(status, status === 429 ? 'Rate limit exceeded.' : status === 503 ? 'Service unavailable.' : 'Internal server error.', pathname);
  const retryAfter = rule.retryAfterSeconds ?? (status === 429 ? 1 : undefined);
  if (retryAfter === undefined) return response;
  const headers = new Headers(response.headers);
  headers.set('Retry-After', String(retryAfter));
  if (status === 429) headers.set('X-RateLimit-Reset', new Date(Date.UTC(2026, 10, 25) + retryAfter * 1000).toISOString().slice(0, 16) + 'Z');
  return new Response(response.body, { status, headers });
}

export function createEmulator<C, S>(
  product: string,
  routes: readonly Route<C>[],
  context: C,
  site: S,
  style: ErrorStyle,
  options: EmulatorOptions = {},
): ProductEmulator<S> {
  const router = createRouter(routes);
  const counter = createRequestCounter();
  const faults = createFaultInjector();
  const sleep = options.sleep ?? realSleep;
  const answer = async (request: ProductRequest): Promise<Response> => {
    const parsed = parseRequest(request);
    const match = router.match(parsed.method, parsed.pathname);
    counter.record(`${parsed.method} ${match ? match.route.template : parsed.pathname}`);
    const fault = faults.take(parsed.method, request.path);
    if (fault?.delayMs !== undefined) await sleep(fault.delayMs);
    if (fault?.status !== undefined) return faultResponse(fault, style, fault.status, parsed.pathname);
    if (!match) {
      const status = router.hasPath(parsed.pathname) ? 405 : 404;
      return style.error(status, `The workbench ${product} emulator does not implement ${parsed.method} ${parsed.pathname}. Add it under workbench/products/ if the app needs it.`, parsed.pathname);
    }
    return match.route.handler(context, parsed, match.params);
  };
  const endpoint = async (request: ProductRequest): Promise<Response> => {
    const leave = counter.enter();
    try {
      return await answer(request);
    } finally {
      leave();
    }
  };
  return {
    endpoint,
    counts: () => counter.counts(),
    maxInFlight: () => counter.maxInFlight(),
    resetCounts: () => { counter.reset(); },
    faults,
    site,
  };
}
