// Permission guards, checked on the server with the caller's identity from the Forge context: a display
// condition or a hidden button is not security. Each answers FORBIDDEN with a reason the page can word.
import { appError, err, ok, type ErrorReason, type Result } from '../contract';
import { readProjectPermissions, type ProjectPermission } from '../adapters/jira/permissions';
import type { UserCallContext } from './call-context';

const REASONS: Readonly<Record<ProjectPermission, ErrorReason>> = {
  BROWSE_PROJECTS: 'jira-no-access',
  EDIT_ISSUES: 'jira-no-access',
  LINK_ISSUES: 'needs-link-issues',
  ADMINISTER_PROJECTS: 'needs-project-admin',
};

/** OK when the caller holds `permission` in `projectKey`; FORBIDDEN otherwise. */
export async function requireProjectPermission(ctx: UserCallContext, projectKey: string, permission: ProjectPermission): Promise<Result<void>> {
  const held = await readProjectPermissions(ctx.jira, projectKey, [permission]);
  if (!held.ok) return held;
  if (held.data.has(permission)) return ok(undefined);
  return err(appError('FORBIDDEN', `You need ${permission} in ${projectKey}.`, { reason: REASONS[permission], details: { projectKey, permission } }));
}

/** Which of `wanted` the caller holds in `projectKey`, for a page to offer only what will be allowed. */
export function heldProjectPermissions(ctx: UserCallContext, projectKey: string, wanted: readonly ProjectPermission[]): Promise<Result<ReadonlySet<ProjectPermission>>> {
  return readProjectPermissions(ctx.jira, projectKey, wanted);
}
