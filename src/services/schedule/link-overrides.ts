// Use cases: keep, or forget, the link type and lag of one Jira issue link of an epic's work. Authorised from
// the link itself: one read of the link, one search that one of its ends is the epic's, and LINK_ISSUES there.
import { ok, type Result } from '../../contract';
import { projectOfEpicMember } from '../../adapters/jira/epic-work';
import { readIssueLink } from '../../adapters/jira/issue-link';
import { clearLinkOverride as forgetOverride, saveLinkOverride as keepOverride } from '../../adapters/storage/dependency-overrides';
import type { LinkOverride } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { requireProjectPermission } from '../guards';

/**
 * The project whose overrides hold link `linkId`: the link has an end on epic `epicKey`'s work (NOT_FOUND
 * otherwise, so nothing is said of links elsewhere) and the caller has LINK_ISSUES there (FORBIDDEN otherwise).
 */
async function projectOfEditableLink(ctx: UserCallContext, epicKey: string, linkId: string): Promise<Result<string>> {
  const link = await readIssueLink(ctx.jira, linkId);
  if (!link.ok) return link;
  const project = await projectOfEpicMember(ctx.jira, epicKey, [link.data.from, link.data.to]);
  if (!project.ok) return project;
  const allowed = await requireProjectPermission(ctx, project.data, 'LINK_ISSUES');
  return allowed.ok ? project : allowed;
}

export async function saveLinkOverride(ctx: UserCallContext, epicKey: string, override: LinkOverride): Promise<Result<LinkOverride>> {
  const project = await projectOfEditableLink(ctx, epicKey, override.linkId);
  if (!project.ok) return project;
  return keepOverride(project.data, override, ctx.principal.accountId, ctx.clock.now());
}

/** Forgets the override of one link, so Jira's link type counts again; forgetting one that is not kept is fine. */
export async function clearLinkOverride(ctx: UserCallContext, epicKey: string, linkId: string): Promise<Result<string>> {
  const project = await projectOfEditableLink(ctx, epicKey, linkId);
  if (!project.ok) return project;
  const cleared = await forgetOverride(project.data, linkId);
  return cleared.ok ? ok(linkId) : cleared;
}
