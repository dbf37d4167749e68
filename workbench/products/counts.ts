// Request counts per endpoint template ("POST /rest/api/3/search/jql"), for benchmarks and tests that
// assert how many calls a feature makes. Faulted requests count too: the app did make them. Also the most
// requests that were being answered at once, so a test can prove reads run in parallel without timing them.

export interface RequestCounter {
  record(key: string): void;
  counts(): Record<string, number>;
  /** A request starts being answered; call the returned function once it has been. */
  enter(): () => void;
  /** The most requests in flight at one moment since the last reset. */
  maxInFlight(): number;
  reset(): void;
}

export function createRequestCounter(): RequestCounter {
  let counts = new Map<string, number>();
  let inFlight = 0;
  let peak = 0;
  return {
    record: (key) => { counts.set(key, (counts.get(key) ?? 0) + 1); },
    counts: () => Object.fromEntries([...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    enter: () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      let left = false;
      return () => {
        if (left) return;
        left = true;
        inFlight -= 1;
      };
    },
    maxInFlight: () => peak,
    // Requests still in flight keep counting towards the next peak.
    reset: () => { counts = new Map(); peak = inFlight; },
  };
}
