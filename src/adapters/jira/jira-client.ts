// Every Jira REST call of the app: as the user (reads on their behalf) or as the app, with Jira's rate limits
// honoured (429/503 + Retry-After, waited out within the call's retry budget), other server errors retried once,
// and every failure mapped to an error value. Response bodies are parsed with a schema, never trusted.
import api, { route } from '@forge/api';
import type { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { isPlatformError } from '../platform-errors';
import type { RetryBudget } from '../retry-budget';

/** Whose rights a request runs with: the signed-in user's (page calls) or the app's (events, webtriggers). */
export type Actor = 'user' | 'app';
type Route = ReturnType<typeof route>;

const MAX_ATTEMPTS = 4;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export interface JiraRequest<T> {
  readonly path: Route;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  readonly schema: z.ZodType<T>;
  /** What the caller was looking for, named in NOT_FOUND errors. */
  readonly what: string;
}

/** Jira as one call sees it: every request as the call's actor, drawing on the call's one retry budget. */
export interface JiraClient {
  readonly actor: Actor;
  request<T>(request: JiraRequest<T>): Promise<Result<T>>;
}

export function createJiraClient(actor: Actor, budget: RetryBudget): JiraClient {
  return { actor, request: (request) => requestJira(actor, budget, request) };
}

/** Sends one request, retrying what Jira asks to retry while the call's budget lasts, and parses the answer. */
async function requestJira<T>(actor: Actor, budget: RetryBudget, request: JiraRequest<T>): Promise<Result<T>> {
  const client = actor === 'user' ? api.asUser() : api.asApp();
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await client.requestJira(request.path, {
        method: request.method ?? 'GET',
        headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      }) as unknown as Response;
    } catch (error: unknown) {
      if (isPlatformError(error)) throw error;
      return err(appError('UNAVAILABLE', 'Jira could not be reached.', { reason: 'jira-unreachable' }));
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

async function parseResponse<T>(response: Response, request: JiraRequest<T>): Promise<Result<T>> {
  if (response.status === 429) {
    const wait = retryAfterMs(response);
    return err(appError('RATE_LIMITED', 'Jira is rate-limiting the app.', { reason: 'jira-rate-limited', ...(wait === undefined ? {} : { details: { retryAfterSeconds: Math.ceil(wait / 1000) } }) }));
  }
  if (response.status >= 500) return err(appError('UNAVAILABLE', `Jira answered ${response.status}.`, { reason: 'jira-unreachable' }));
  if (response.status === 401 || response.status === 403) return err(appError('FORBIDDEN', `You do not have access to ${request.what}.`, { reason: 'jira-no-access' }));
  if (response.status === 404) return err(appError('NOT_FOUND', request.what));
  if (response.status === 400) return err(appError('BAD_REQUEST', `Jira refused the request for ${request.what}.`, { reason: 'jira-refused' }));
  if (response.status === 204) return parseValue(undefined, request);
  if (!response.ok) return err(appError('UNAVAILABLE', `Jira answered ${response.status}.`, { reason: 'jira-unreachable' }));
  let body: unknown;
  try { body = await response.json(); } catch { return err(appError('UNAVAILABLE', 'Jira answered with something that is not JSON.', { reason: 'jira-unreachable' })); }
  return parseValue(body, request);
}

function parseValue<T>(body: unknown, request: JiraRequest<T>): Result<T> {
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`jira: unexpected shape for ${request.what}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')}`);
    return err(appError('UNAVAILABLE', `Jira answered ${request.what} in an unexpected shape.`, { reason: 'jira-unreachable' }));
  }
  return ok(parsed.data);
}
