// Every Jira REST call of the app: as the user (reads on their behalf) or as the app, with Jira's rate limits
// honoured (429 + Retry-After, retried within the resolver's time budget), server errors retried once, and
// every failure mapped to an error value. Response bodies are parsed with a schema, never trusted.
import api, { route } from '@forge/api';
import type { z } from 'zod';
import { appError } from '../../contract';
import { err, ok, type Result } from '../result';

export type Principal = 'user' | 'app';
type Route = ReturnType<typeof route>;

/** Longest total wait for Retry-After inside one resolver call (Forge gives a resolver 25 s). */
const RETRY_BUDGET_MS = 10_000;
const MAX_ATTEMPTS = 4;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(response: Response, attempt: number): number {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 500 * 2 ** attempt;
}

export interface JiraRequest<T> {
  readonly as: Principal;
  readonly path: Route;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly schema: z.ZodType<T>;
  /** What the caller was looking for, named in NOT_FOUND errors. */
  readonly what: string;
}

/** Sends one request, retrying what Jira asks to retry, and parses the answer. */
export async function requestJira<T>(request: JiraRequest<T>): Promise<Result<T>> {
  const client = request.as === 'user' ? api.asUser() : api.asApp();
  let waited = 0;
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await client.requestJira(request.path, {
        method: request.method ?? 'GET',
        headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      }) as unknown as Response;
    } catch {
      return err(appError('UNAVAILABLE', 'Jira could not be reached.'));
    }
    const retriable = response.status === 429 || response.status >= 500;
    if (retriable && attempt + 1 < MAX_ATTEMPTS) {
      const delay = response.status === 429 ? retryAfterMs(response, attempt) : 250 * 2 ** attempt;
      if (waited + delay <= RETRY_BUDGET_MS && (response.status === 429 || attempt < 1)) {
        waited += delay;
        await sleep(delay);
        continue;
      }
    }
    return parseResponse(response, request);
  }
}

async function parseResponse<T>(response: Response, request: JiraRequest<T>): Promise<Result<T>> {
  if (response.status === 429) {
    return err(appError('RATE_LIMITED', 'Jira is rate-limiting the app.', { retryAfterSeconds: Number(response.headers.get('Retry-After') ?? 0) }));
  }
  if (response.status >= 500) return err(appError('UNAVAILABLE', `Jira answered ${response.status}.`));
  if (response.status === 401 || response.status === 403) return err(appError('FORBIDDEN', `You do not have access to ${request.what}.`));
  if (response.status === 404) return err(appError('NOT_FOUND', request.what));
  if (response.status === 400) return err(appError('BAD_REQUEST', `Jira refused the request for ${request.what}.`));
  if (response.status === 204) return parseValue(undefined, request);
  if (!response.ok) return err(appError('UNAVAILABLE', `Jira answered ${response.status}.`));
  let body: unknown;
  try { body = await response.json(); } catch { return err(appError('UNAVAILABLE', 'Jira answered with something that is not JSON.')); }
  return parseValue(body, request);
}

function parseValue<T>(body: unknown, request: JiraRequest<T>): Result<T> {
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`jira: unexpected shape for ${request.what}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return err(appError('UNAVAILABLE', `Jira answered ${request.what} in an unexpected shape.`));
  }
  return ok(parsed.data);
}
