// Request counts per endpoint template ("POST /rest/api/3/search/jql"), for benchmarks and tests that
// assert how many calls a feature makes. Faulted requests count too: the app did make them.

export interface RequestCounter {
  record(key: string): void;
  counts(): Record<string, number>;
  reset(): void;
}

export function createRequestCounter(): RequestCounter {
  let counts = new Map<string, number>();
  return {
    record: (key) => { counts.set(key, (counts.get(key) ?? 0) + 1); },
    counts: () => Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    reset: () => { counts = new Map(); },
  };
}
