// The perpetual-futures default template (DOMAIN.md, "Release readiness"): the criteria a project starts from,
// grouped by function, the Jira groups whose members sign each function, and how long a sign-off lasts. The
// schedule criteria (float, no loop) belong to R&D, which owns delivery among the five signing functions.
import type { Criterion, FunctionMembership } from './types';

export const DEFAULT_SIGNOFF_MAX_AGE_DAYS = 14;
/** A drill older than this is stale when its criterion names no window of its own. */
export const DEFAULT_DRILL_WINDOW_DAYS = 14;

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'all-issues-resolved', function: 'rnd', kind: 'automatic', auto: { check: 'unresolved-issues' } },
  { id: 'no-blocker-bugs', function: 'rnd', kind: 'automatic', auto: { check: 'open-blocker-bugs', priorities: ['Blocker', 'Critical'] } },
  { id: 'load-test-passed', function: 'rnd', kind: 'manual', freshnessDays: 14 },
  { id: 'canary-metrics', function: 'rnd', kind: 'manual', freshnessDays: 7 },
  { id: 'critical-path-float', function: 'rnd', kind: 'automatic', auto: { check: 'critical-path-float', minFloat: 0 } },
  { id: 'no-dependency-cycle', function: 'rnd', kind: 'automatic', auto: { check: 'no-dependency-cycle' } },
  { id: 'risk-parameters', function: 'risk', kind: 'manual', freshnessDays: 30 },
  { id: 'risk-drills', function: 'risk', kind: 'automatic', auto: { check: 'sop-drill', pageId: null }, freshnessDays: DEFAULT_DRILL_WINDOW_DAYS },
  { id: 'mm-api-integration', function: 'market-making', kind: 'manual', checklist: ['sandbox-tests', 'production-connectivity', 'depth-commitment'] },
  { id: 'mm-depth-commitments', function: 'market-making', kind: 'manual' },
  { id: 'campaign-calendar', function: 'operations', kind: 'automatic', auto: { check: 'campaign-calendar' } },
  { id: 'listing-sop', function: 'operations', kind: 'manual' },
  { id: 'cs-knowledge-base', function: 'customer-service', kind: 'manual', freshnessDays: 90 },
  { id: 'cs-roster-assessed', function: 'customer-service', kind: 'automatic', auto: { check: 'sop-attestation', pageId: null, minCoverage: 1 } },
];

/** The template's suggested groups, one per function; a project admin edits them to its own groups or roles. */
export const DEFAULT_MEMBERSHIP: readonly FunctionMembership[] = [
  { function: 'rnd', groups: ['lc-rnd'], roles: [] },
  { function: 'risk', groups: ['lc-risk'], roles: [] },
  { function: 'market-making', groups: ['lc-mm'], roles: [] },
  { function: 'operations', groups: ['lc-ops'], roles: [] },
  { function: 'customer-service', groups: ['lc-cs'], roles: [] },
];
