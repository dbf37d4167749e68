// Fault injection for the product emulators: rate limits (429 + Retry-After), server errors and slow answers,
// matched by method and path, for a number of times or until cleared.

export type FaultStatus = 429 | 500 | 503;

export interface FaultRule {
  /** HTTP method to match (any when absent). */
  readonly method?: string;
  /** A string matches as a prefix of the path without its query; a RegExp is tested against the full path. */
  readonly path: string | RegExp;
  /** The error to answer with; absent with `delayMs` = a slow but normal answer. */
  readonly status?: FaultStatus;
  /** Sent as `Retry-After` (429 and 503). Default 1 for 429. */
  readonly retryAfterSeconds?: number;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** How many matching requests this rule applies to; forever when absent. */
  readonly times?: number;
}

export interface FaultInjector {
  add(rule: FaultRule): void;
  clear(): void;
  /** The rule that applies to this request (consuming one of its `times`), if any. */
  take(method: string, path: string): FaultRule | undefined;
}

export function createFaultInjector(): FaultInjector {
  const rules: { rule: FaultRule; left: number }[] = [];
  const matches = (rule: FaultRule, method: string, path: string): boolean => {
    if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) return false;
    if (typeof rule.path === 'string') return (path.split('?')[0] ?? '').startsWith(rule.path);
    return rule.path.test(path);
  };
  return {
    add: (rule) => { rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }); },
    clear: () => { rules.length = 0; },
    take: (method, path) => {
      const entry = rules.find((r) => r.left > 0 && matches(r.rule, method, path));
      if (!entry) return undefined;
      entry.left--;
      return entry.rule;
    },
  };
}
