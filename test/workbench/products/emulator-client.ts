// Test helper: calls an emulator endpoint as the app or as a demo user and reads the JSON answer.

import type { ProductEndpoint, Principal } from '../../../workbench/products/product-endpoint';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly as?: string;
}

export async function call(endpoint: ProductEndpoint, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const principal: Principal = options.as === undefined ? { kind: 'app' } : { kind: 'user', accountId: options.as };
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await endpoint({ method, path, headers: { 'content-type': 'application/json' }, body, principal });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export interface SearchPage {
  readonly issues: { id: string; key?: string; self?: string; fields?: Record<string, unknown> }[];
  readonly nextPageToken?: string;
  readonly isLast: boolean;
}

export interface JiraErrorBody {
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;
}

export interface V2List<T> {
  readonly results: T[];
  readonly _links: { next?: string; base?: string };
}

export interface V2ErrorBody {
  readonly errors: { status: number; code: string; title: string; detail: string | null }[];
}
