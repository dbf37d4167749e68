// Normalises the `init` that @forge/api and @forge/kvs hand to __forge_fetch__ (a fetch RequestInit:
// headers as a Headers object, tuples or a record; body as text, bytes or form params).

export interface NormalisedInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

export function normaliseInit(init: RequestInit | undefined): NormalisedInit {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => {
    headers[name] = value;
  });
  return { method: (init?.method ?? 'GET').toUpperCase(), headers, body: bodyText(init?.body) };
}

function bodyText(body: RequestInit['body']): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new TypeError('The workbench runtime only forwards string, byte or URLSearchParams request bodies.');
}
