// Who-am-I and people endpoints: myself, user (with expand=groups), user/groups, user/bulk, and mypermissions
// for the calling principal (the app's own account for asApp()).

import type { DemoUser } from '../../seed/demo-site';
import { intParam, jsonResponse, listParam, type ParsedRequest } from '../http';
import { jiraError } from './errors';
import { userView } from './issue-view';
import { hasPermission, isKnownPermission, PERMISSION_NAMES } from './permissions';
import { callerOf, type JiraState } from './state';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

function groupsView(state: JiraState, user: DemoUser): { name: string; groupId: string; self: string }[] {
  return user.groups.map((name) => {
    const groupId = state.site.groups.find((g) => g.name === name)?.groupId ?? '';
    return { name, groupId, self: `${state.baseUrl}/rest/api/3/group?groupId=${groupId}` };
  });
}

function fullUserView(state: JiraState, user: DemoUser, expand: readonly string[]): Record<string, unknown> {
  const groups = groupsView(state, user);
  return {
    ...userView(state, user),
    emailAddress: user.emailAddress,
    locale: user.locale,
    groups: { size: groups.length, items: expand.includes('groups') ? groups : [] },
    applicationRoles: { size: 1, items: expand.includes('applicationRoles') ? [{ key: 'jira-software', name: 'Jira Software' }] : [] },
    expand: 'groups,applicationRoles',
  };
}

export function myself(state: JiraState, request: ParsedRequest): Response {
  const principal = request.request.principal;
  if (principal.kind === 'app') {
    return jsonResponse(200, {
      self: `${state.baseUrl}/rest/api/3/user?accountId=${state.site.appAccountId}`, accountId: state.site.appAccountId, accountType: 'app',
      displayName: 'Launch Control', active: true, timeZone: 'UTC', locale: 'en_US', groups: { size: 0, items: [] }, applicationRoles: { size: 0, items: [] },
    });
  }
  const user = callerOf(state, principal);
  if (!user) return jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);
  return jsonResponse(200, fullUserView(state, user, listParam(request.query, 'expand')));
}

export function getUser(state: JiraState, request: ParsedRequest): Response {
  const accountId = request.query.get('accountId');
  if (accountId === null || accountId === '') return jiraError(400, ['The accountId query parameter needs to be provided.']);
  const user = state.usersById.get(accountId);
  return user ? jsonResponse(200, fullUserView(state, user, listParam(request.query, 'expand'))) : jiraError(404, [USER_NOT_FOUND]);
}

export function getUserGroups(state: JiraState, request: ParsedRequest): Response {
  const accountId = request.query.get('accountId');
  if (accountId === null || accountId === '') return jiraError(400, ['The accountId query parameter needs to be provided.']);
  const user = state.usersById.get(accountId);
  return user ? jsonResponse(200, groupsView(state, user)) : jiraError(404, [USER_NOT_FOUND]);
}

export function bulkUsers(state: JiraState, request: ParsedRequest): Response {
  const ids = request.query.getAll('accountId').filter((id) => id !== '');
  if (ids.length === 0) return jiraError(400, ['At least one accountId needs to be provided.']);
  const rawStartAt = intParam(request.query, 'startAt');
  const rawMaxResults = intParam(request.query, 'maxResults');
  if (rawStartAt === null || rawMaxResults === null) return jiraError(400, ['startAt and maxResults must be integers.']);
  const startAt = rawStartAt ?? 0;
  const maxResults = rawMaxResults ?? 10;
  if (startAt < 0 || maxResults < 1) return jiraError(400, ['startAt must be >= 0 and maxResults >= 1.']);
  const users = ids.flatMap((id) => { const u = state.usersById.get(id); return u ? [u] : []; });
  const page = users.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= users.length;
  return jsonResponse(200, {
    self: `${state.baseUrl}${request.request.path}`, maxResults, startAt, total: users.length, isLast,
    ...(isLast ? {} : { nextPage: `${state.baseUrl}/rest/api/3/user/bulk?${ids.map((id) => `accountId=${encodeURIComponent(id)}`).join('&')}&startAt=${String(startAt + maxResults)}&maxResults=${String(maxResults)}` }),
    values: page.map((u) => userView(state, u)),
  });
}

/**
 * `GET /rest/api/3/user/assignable/search?project=KEY&query=...`: the users who may be assigned issues in the project
 * (ASSIGNABLE_USER), whose name or email contains the query, at most `maxResults` (default 50).
 */
export function assignableUsers(state: JiraState, request: ParsedRequest): Response {
  const projectKey = request.query.get('project') ?? request.query.get('issueKey')?.replace(/-\d+$/, '') ?? null;
  if (projectKey === null || projectKey === '') return jiraError(400, ['Provide the project or the issue key of the issue to assign.']);
  const project = state.site.jira.project;
  if (projectKey.toUpperCase() !== project.key.toUpperCase() && projectKey !== project.id) return jiraError(404, [`No project could be found with key '${projectKey}'.`]);
  if (!hasPermission(state, request.request.principal, 'BROWSE_PROJECTS', project)) return jiraError(404, [`No project could be found with key '${projectKey}'.`]);
  const rawMax = intParam(request.query, 'maxResults');
  const rawStart = intParam(request.query, 'startAt');
  if (rawMax === null || rawStart === null) return jiraError(400, ['startAt and maxResults must be integers.']);
  const query = (request.query.get('query') ?? '').trim().toLowerCase();
  const found = state.site.users
    .filter((u) => hasPermission(state, { kind: 'user', accountId: u.accountId }, 'ASSIGNABLE_USER', project))
    .filter((u) => query === '' || u.displayName.toLowerCase().includes(query) || u.emailAddress.toLowerCase().startsWith(query))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const from = rawStart ?? 0;
  return jsonResponse(200, found.slice(from, from + Math.min(rawMax ?? 50, 1000)).map((u) => userView(state, u)));
}

export function myPermissions(state: JiraState, request: ParsedRequest): Response {
  const keys = listParam(request.query, 'permissions');
  if (keys.length === 0) return jiraError(400, ['The permissions query parameter is required and must list at least one permission key.']);
  const invalid = keys.filter((k) => !isKnownPermission(k));
  if (invalid.length > 0) return jiraError(400, [`The following permissions are not valid: ${invalid.join(', ')}`]);
  const projectKey = request.query.get('projectKey') ?? request.query.get('projectId');
  const project = state.site.jira.project;
  if (projectKey !== null && projectKey !== project.key && projectKey !== project.id) return jiraError(404, [`No project could be found with key '${projectKey}'.`]);
  const scope = projectKey === null ? undefined : project;
  return jsonResponse(200, {
    permissions: Object.fromEntries(keys.map((key) => {
      const meta = PERMISSION_NAMES[key] ?? { id: '0', name: key, type: 'PROJECT', description: '' };
      return [key, { id: meta.id, key, name: meta.name, type: meta.type, description: meta.description, havePermission: hasPermission(state, request.request.principal, key, scope) }];
    })),
  });
}
