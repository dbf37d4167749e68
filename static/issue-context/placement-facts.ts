// The pure facts the issue view words: which sentence the slip impact takes (plural-correct), when to ask again
// (while the release's kept schedule is being recomputed), and where its links go as @forge/bridge router targets.
import type { IssuePlacement } from '../../src/contract';
import { routePath } from '../gate/routes';

export type SlipImpact =
  | { readonly kind: 'none' }
  | { readonly kind: 'one' }
  | { readonly kind: 'many'; readonly days: number };

/** "does not move the release" (0), "by 1 working day", "by N working days". */
export function slipImpact(releaseSlipPerDay: number): SlipImpact {
  if (releaseSlipPerDay <= 0) return { kind: 'none' };
  if (releaseSlipPerDay === 1) return { kind: 'one' };
  return { kind: 'many', days: releaseSlipPerDay };
}

/** How often the view asks again while its release's schedule is being recomputed. */
export const PLACEMENT_POLL_MS = 3000;
/** How often an open view checks that its kept schedule is still current (a few storage reads, no Jira search). */
export const PLACEMENT_IDLE_MS = 30_000;
/** It stops asking after this many answers and offers its Refresh instead. */
export const PLACEMENT_POLL_LIMIT = 100;

/**
 * Milliseconds until the view asks again, or undefined: often while a schedule is being computed in the background
 * or the kept one is out of date because the release changed (a recomputation is due); now and then while it is
 * current, so a link changed elsewhere in Jira reaches an open issue view; never for an issue in no release or
 * after a failed recomputation (asking again does not heal it).
 */
export function placementPollDelay(placement: IssuePlacement, polls: number): number | undefined {
  if (polls >= PLACEMENT_POLL_LIMIT) return undefined;
  switch (placement.kind) {
    case 'no-release':
      return undefined;
    case 'not-computed':
      return placement.computing === null ? undefined : PLACEMENT_POLL_MS;
    case 'unschedulable':
    case 'scheduled':
      if (placement.stale === null) return PLACEMENT_IDLE_MS;
      return placement.stale.reason === 'changed' ? PLACEMENT_POLL_MS : undefined;
  }
}

/** The project page's module key (manifest.yml) and its route of a release's schedule (static/gate/routes.ts). */
export const PROJECT_PAGE_MODULE = 'release-gates';

export interface ModuleTarget {
  readonly target: 'module';
  readonly moduleKey: string;
  readonly projectKey: string;
  readonly path: string;
}

export interface IssueTarget {
  readonly target: 'issue';
  readonly issueKey: string;
}

export function releaseScheduleTarget(projectKey: string, versionId: string): ModuleTarget {
  return { target: 'module', moduleKey: PROJECT_PAGE_MODULE, projectKey, path: routePath({ screen: 'schedule', versionId }) };
}

/** The epic's issue view, where its dependencies panel is. */
export function epicPanelTarget(epicKey: string): IssueTarget {
  return { target: 'issue', issueKey: epicKey };
}
