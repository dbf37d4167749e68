// Every Confluence REST call of the app (v2 pages, spaces and content properties; v1 groups and templates): as the
// user or as the app, with rate limits honoured (429/503 + Retry-After, waited out within the call's retry budget),
// other server errors retried once, every failure mapped to an error value, every body parsed with a schema.
import api, { route } from '@forge/api';
import type { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import type { Actor } from '../jira/jira-client';
import { isPlatformError } from '../platform-errors';
import type { RetryBudget } from '../retry-budget';

type Route = ReturnType<typeof route>;

const MAX_ATTEMPTS = 4;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export interface ConfluenceRequest<T> {
  readonly path: Route;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly schema: z.ZodType<T>;
  /** What the caller was looking for, named in errors. */
  readonly what: string;
}

/** Confluence as one call sees it: every request as the given actor, drawing on the call's one retry budget. */
export interface ConfluenceClient {
  readonly actor: Actor;
  request<T>(request: ConfluenceRequest<T>): Promise<Result<T>>;
}

export function createConfluenceClient(actor: Actor, budget: RetryBudget): ConfluenceClient {
  return { actor, request: (request) => requestConfluence(actor, budget, request) };
}

async function requestConfluence<T>(actor: Actor, budget: RetryBudget, request: ConfluenceRequest<T>): Promise<Result<T>> {
  const client = actor === 'user' ? api.asUser() : api.asApp();
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await client.requestConfluence(request.path, {
        method: request.method ?? 'GET',
        headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      }) as unknown as Response;
    } catch (error: unknown) {
      if (isPlatformError(error)) throw error;
      return err(appError('UNAVAILABLE', 'Confluence could not be reached.', { reason: 'confluence-unreachable' }));
    }
    const rateLimited = response.status === 429 || response.status === 503;
    if ((rateLimited || response.status >= 500) && attempt + 1 < MAX_ATTEMPTS) {
      const delay = rateLimited ? retryAfterMs(response) ?? 500 * 2 ** attempt : 250 * 2 ** attempt;
      if (delay <= budget.remaining() && (rateLimited || attempt === 0)) {
        budget.spend(delay);
        await sleep(delay);
        continue;
      }
    }
    return parseResponse(response, request);
  }
}

async function parseResponse<T>(response: Response, request: ConfluenceRequest<T>): Promise<Result<T>> {
  if (response.status === 429) {
    const wait = retryAfterMs(response);
    return err(appError('RATE_LIMITED', 'Confluence is rate-limiting the app.', { reason: 'confluence-rate-limited', ...(wait === undefined ? {} : { details: { retryAfterSeconds: Math.ceil(wait / 1000) } }) }));
  }
  if (response.status >= 500) return err(appError('UNAVAILABLE', `Confluence answered ${String(response.status)}.`, { reason: 'confluence-unreachable' }));
  if (response.status === 401 || response.status === 403) return err(appError('FORBIDDEN', `You do not have access to ${request.what}.`, { reason: 'confluence-no-access' }));
  if (response.status === 404) return err(appError('NOT_FOUND', request.what, { reason: 'confluence-not-found' }));
  if (response.status === 409) return err(appError('CONFLICT', `${request.what} was changed by someone else first.`, { reason: 'changed-by-someone-else' }));
  if (response.status === 400 || response.status === 413) {
    console.error(`confluence: refused ${request.what}: ${await safeText(response)}`);
    return err(appError('BAD_REQUEST', `Confluence refused the request for ${request.what}.`, { reason: 'confluence-refused' }));
  }
  if (response.status === 204) return parseValue(undefined, request);
  if (!response.ok) return err(appError('UNAVAILABLE', `Confluence answered ${String(response.status)}.`, { reason: 'confluence-unreachable' }));
  let body: unknown;
  try { body = await response.json(); } catch { return err(appError('UNAVAILABLE', 'Confluence answered with something that is not JSON.', { reason: 'confluence-unreachable' })); }
  return parseValue(body, request);
}

async function safeText(response: Response): Promise<string> {
  try { return (await response.text()).slice(0, 300); } catch { return ''; }
}

function parseValue<T>(body: unknown, request: ConfluenceRequest<T>): Result<T> {
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`confluence: unexpected shape for ${request.what}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')}`);
    return err(appError('UNAVAILABLE', `Confluence answered ${request.what} in an unexpected shape.`, { reason: 'confluence-unreachable' }));
  }
  return ok(parsed.data);
}
