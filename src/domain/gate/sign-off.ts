// Whether a function's sign-off still holds: it records the statuses of that function's criteria as the signer saw
// them; it is invalidated when one of them regresses (green -> amber, amber -> red, ...) or the function's criteria
// change, and it expires after a configurable age so an old approval cannot carry a release.
import { ageInDays } from './evaluate';
import type { CriterionResult, GateFunction, GateStatus, SignOff, SignOffInvalidReason } from './types';

/** Higher is better; unknown ranks below amber (it is not known to be even partly met). */
const RANK: Readonly<Record<GateStatus, number>> = { green: 3, amber: 2, unknown: 1, red: 0 };

export const regressed = (before: GateStatus, now: GateStatus): boolean => RANK[now] < RANK[before];

export type SignOffValidity =
  | { readonly valid: true; readonly invalid: null }
  | { readonly valid: false; readonly invalid: { readonly reason: SignOffInvalidReason; readonly criteria: readonly string[] } };

/** The statuses of `fn`'s criteria, as a sign-off records them. */
export function statusesOf(fn: GateFunction, results: readonly CriterionResult[]): Record<string, GateStatus> {
  return Object.fromEntries(results.filter((r) => r.function === fn).map((r) => [r.id, r.status]));
}

export function signOffValidity(signOff: SignOff, results: readonly CriterionResult[], now: string, maxAgeDays: number): SignOffValidity {
  const current = statusesOf(signOff.function, results);
  const worse = Object.entries(current).filter(([id, status]) => {
    const saw = signOff.saw[id];
    return saw !== undefined && regressed(saw, status);
  }).map(([id]) => id);
  if (worse.length > 0) return { valid: false, invalid: { reason: 'regressed', criteria: worse } };
  const changed = [
    ...Object.keys(current).filter((id) => !(id in signOff.saw)),
    ...Object.keys(signOff.saw).filter((id) => !(id in current)),
  ];
  if (changed.length > 0) return { valid: false, invalid: { reason: 'criteria-changed', criteria: changed } };
  if (ageInDays(signOff.signedAt, now) >= maxAgeDays) return { valid: false, invalid: { reason: 'expired', criteria: [] } };
  return { valid: true, invalid: null };
}
