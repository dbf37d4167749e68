// One call's allowance for waiting on the products' rate limits: every product request of the call draws on
// it, so the call answers (RATE_LIMITED at worst) well inside Forge's time limit instead of being cut off.

export interface RetryBudget {
  /** Milliseconds still allowed for waiting. */
  remaining(): number;
  spend(ms: number): void;
}

/** A budget of `ms` for all the waits of one call. */
export function createRetryBudget(ms: number): RetryBudget {
  let left = ms;
  return {
    remaining: () => left,
    spend: (spent) => { left -= spent; },
  };
}

/** How long one resolver call may wait in total: Forge gives a resolver 25 s; the rest is for the work itself. */
export const RESOLVER_RETRY_BUDGET_MS = 12_000;

/** How long an event or webtrigger call may wait in total: they run with Forge's longer budget. */
export const EVENT_RETRY_BUDGET_MS = 60_000;
