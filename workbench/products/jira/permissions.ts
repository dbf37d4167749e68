// Who may do what in the demo Jira: the app sees and does everything; users get project permissions from
// their groups (the PERP permission scheme) and global admin from the admin groups. Unknown users get nothing.

import type { DemoProject } from '../../seed/demo-site';
import type { Principal } from '../product-endpoint';
import { callerOf, type JiraState } from './state';

/** Project permissions granted to every group the scheme lets browse. */
const WORK_PERMISSIONS = [
  'BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'RESOLVE_ISSUES', 'ASSIGN_ISSUES', 'ASSIGNABLE_USER',
  'LINK_ISSUES', 'SCHEDULE_ISSUES', 'ADD_COMMENTS', 'WORK_ON_ISSUES', 'CREATE_ATTACHMENTS', 'MANAGE_WATCHERS', 'VIEW_VOTERS_AND_WATCHERS',
] as const;
const ADMIN_PROJECT_PERMISSIONS = ['ADMINISTER_PROJECTS', 'MANAGE_SPRINTS_PERMISSION', 'DELETE_ISSUES', 'EDIT_ALL_COMMENTS'] as const;
const GLOBAL_PERMISSIONS = ['ADMINISTER', 'SYSTEM_ADMIN', 'USER_PICKER', 'BULK_CHANGE', 'CREATE_SHARED_OBJECTS'] as const;
const SITE_ADMIN_GROUPS = ['site-admins', 'jira-admins'];

export const PERMISSION_NAMES: Readonly<Record<string, { id: string; name: string; type: 'PROJECT' | 'GLOBAL'; description: string }>> = Object.fromEntries(
  [...WORK_PERMISSIONS, ...ADMIN_PROJECT_PERMISSIONS, ...GLOBAL_PERMISSIONS].map((key, i) => [key, {
    id: String(i + 10),
    name: key.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '),
    type: (GLOBAL_PERMISSIONS as readonly string[]).includes(key) ? 'GLOBAL' : 'PROJECT',
    description: `Permission ${key}`,
  }]),
);

export function isKnownPermission(key: string): boolean {
  return key in PERMISSION_NAMES;
}

/** Whether `principal` holds `permission`, in `project` for project permissions. */
export function hasPermission(state: JiraState, principal: Principal, permission: string, project: DemoProject | undefined): boolean {
  if (principal.kind === 'app') return true;
  const user = callerOf(state, principal);
  if (!user) return false;
  const siteAdmin = user.groups.some((g) => SITE_ADMIN_GROUPS.includes(g));
  if ((GLOBAL_PERMISSIONS as readonly string[]).includes(permission)) {
    return siteAdmin || permission === 'USER_PICKER' || permission === 'CREATE_SHARED_OBJECTS';
  }
  if (!project) return false;
  const inGroups = (groups: readonly string[]): boolean => user.groups.some((g) => groups.includes(g));
  if ((ADMIN_PROJECT_PERMISSIONS as readonly string[]).includes(permission)) return inGroups(project.adminGroups);
  return inGroups(project.browseGroups);
}

export function canBrowseProject(state: JiraState, principal: Principal, projectId: string): boolean {
  const project = state.site.jira.project;
  return project.id === projectId && hasPermission(state, principal, 'BROWSE_PROJECTS', project);
}

/**
 * Issue security levels: an issue given a level is seen only by members of the level's groups (and the app),
 * on top of the project's browse permission, as Jira does. Kept beside the site's data, the seed sets none.
 */
const securityLevels = new WeakMap<object, Map<string, readonly string[]>>();

/** Puts issue `issueId` of `site` under a security level seen by `groups` only; `null` lifts it. */
export function setIssueSecurity(site: { readonly jira: object }, issueId: string, groups: readonly string[] | null): void {
  const levels = securityLevels.get(site.jira) ?? new Map<string, readonly string[]>();
  securityLevels.set(site.jira, levels);
  if (groups === null) levels.delete(issueId);
  else levels.set(issueId, [...groups]);
}

/** Whether `principal` may browse `issue`: its project's browse permission and, when it has one, its security level. */
export function canBrowseIssue(state: JiraState, principal: Principal, issue: { readonly id: string; readonly projectId: string }): boolean {
  if (!canBrowseProject(state, principal, issue.projectId)) return false;
  const level = securityLevels.get(state.site.jira)?.get(issue.id);
  if (level === undefined || principal.kind === 'app') return true;
  const user = callerOf(state, principal);
  return user !== undefined && user.groups.some((g) => level.includes(g));
}
