// The per-call context every use case takes, built once per invocation (resolver call, event, webtrigger
// request): who is calling, the clock, the one retry budget shared by every product request of the call, and
// the product clients acting for the user (page calls) or for the app (events and webtriggers).
import { createClock, type Clock } from '../adapters/clock';
import { createConfluenceClient, type ConfluenceClient } from '../adapters/confluence/confluence-client';
import { createJiraClient, type JiraClient } from '../adapters/jira/jira-client';
import { createRetryBudget, EVENT_RETRY_BUDGET_MS, RESOLVER_RETRY_BUDGET_MS, type RetryBudget } from '../adapters/retry-budget';

/** A signed-in user, as the Forge context says (never the payload). */
export interface UserPrincipal {
  readonly kind: 'user';
  readonly accountId: string;
  readonly locale: string;
  /** The user's IANA time zone, when the product says. */
  readonly timeZone: string | undefined;
}

/** The app itself, for product events and webtriggers: no user, the app's own rights. */
export interface AppPrincipal {
  readonly kind: 'app';
}

export interface CallContext<P extends UserPrincipal | AppPrincipal = UserPrincipal | AppPrincipal> {
  readonly principal: P;
  readonly clock: Clock;
  readonly budget: RetryBudget;
  readonly jira: JiraClient;
  readonly confluence: ConfluenceClient;
  /** Confluence as the app itself: for what only the app may write (the SOP evidence). */
  readonly confluenceAsApp: ConfluenceClient;
}

/** A page call: product reads run `asUser()`, so nobody sees through the app what Jira hides from them. */
export type UserCallContext = CallContext<UserPrincipal>;
export type AppCallContext = CallContext<AppPrincipal>;

export function createUserContext(principal: Omit<UserPrincipal, 'kind'>): UserCallContext {
  const budget = createRetryBudget(RESOLVER_RETRY_BUDGET_MS);
  return { principal: { kind: 'user', ...principal }, clock: createClock(principal.timeZone), budget, jira: createJiraClient('user', budget),
    confluence: createConfluenceClient('user', budget), confluenceAsApp: createConfluenceClient('app', budget) };
}

export function createAppContext(): AppCallContext {
  const budget = createRetryBudget(EVENT_RETRY_BUDGET_MS);
  return { principal: { kind: 'app' }, clock: createClock(undefined), budget, jira: createJiraClient('app', budget),
    confluence: createConfluenceClient('app', budget), confluenceAsApp: createConfluenceClient('app', budget) };
}
