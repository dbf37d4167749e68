// Webtrigger `release-gate-status`: the CI/CD status API of the release gate.
// The gate is not built yet, so it answers 501 with state UNKNOWN: a pipeline must never read that as GO.
export interface WebtriggerResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

export function gateStatus(): Promise<WebtriggerResponse> {
  return Promise.resolve({
    statusCode: 501,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify({ state: 'UNKNOWN', reason: 'The release gate is not built yet; no release can be reported as GO.' }),
  });
}
