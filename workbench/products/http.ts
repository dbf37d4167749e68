// Small HTTP helpers shared by the emulators: JSON responses, the parsed request (path, query, JSON body),
// and integer query parameters.

import type { ProductRequest } from './product-endpoint';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json;charset=UTF-8', ...headers } });
}

export function emptyResponse(status: 204 | 201 | 200): Response {
  return new Response(null, { status });
}

export interface ParsedRequest {
  readonly method: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly request: ProductRequest;
}

export function parseRequest(request: ProductRequest): ParsedRequest {
  const url = new URL(request.path, 'http://product.invalid');
  return { method: request.method.toUpperCase(), pathname: url.pathname, query: url.searchParams, request };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

/** The request's JSON body; an absent or empty body reads as `undefined`. */
export function readJson(request: ProductRequest): JsonBody {
  if (request.body === undefined || request.body.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(request.body) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid JSON' };
  }
}

/** Integer query parameter; `undefined` when absent, `null` when present but not an integer. */
export function intParam(query: URLSearchParams, name: string): number | undefined | null {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : null;
}

/** Repeated and comma-separated values of a query parameter, e.g. `fields=a,b&fields=c`. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}
