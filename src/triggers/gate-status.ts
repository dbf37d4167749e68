// Webtrigger `release-gate-status`: the CI/CD status API of the release gate.
// The gate is not built yet, so it answers 501 with state UNKNOWN: a pipeline must never read that as GO.
import { defineWebtrigger, jsonResponse } from '../edge/define-webtrigger';

export const gateStatus = defineWebtrigger('release-gate-status', () =>
  Promise.resolve(jsonResponse(501, { state: 'UNKNOWN', reason: 'The release gate is not built yet; no release can be reported as GO.' })));
