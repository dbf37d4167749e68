// Confluence v1 people endpoints the app uses for rosters: group members (by name or group id), a user's
// groups, the current user and a user by account id.

import { intParam, jsonResponse, type ParsedRequest } from '../http';
import { v1Error } from './errors';
import type { ConfluenceState } from './state';
import { v1UserView } from './views';

type Params = Readonly<Record<string, string>>;

function paged(request: ParsedRequest, items: readonly unknown[], defaultLimit: number): Response {
  const rawStart = intParam(request.query, 'start');
  const rawLimit = intParam(request.query, 'limit');
  if (rawStart === null || rawLimit === null) return v1Error(400, 'start and limit must be integers.');
  const start = rawStart ?? 0;
  const limit = rawLimit ?? defaultLimit;
  if (start < 0 || limit < 1) return v1Error(400, 'start must be >= 0 and limit >= 1.');
  const results = items.slice(start, start + limit);
  return jsonResponse(200, { results, start, limit, size: results.length, _links: {} });
}

function membersOf(state: ConfluenceState, request: ParsedRequest, groupName: string): Response {
  if (!state.site.groups.some((g) => g.name === groupName)) return v1Error(404, `No group found with name : ${groupName}`);
  const members = state.site.users.filter((u) => u.groups.includes(groupName)).map((u) => v1UserView(state, u));
  return paged(request, members, 200);
}

export function groupMembersByName(state: ConfluenceState, request: ParsedRequest): Response {
  const name = request.query.get('name');
  if (name === null || name === '') return v1Error(400, 'The name query parameter is required.');
  return membersOf(state, request, name);
}

export function groupMembersById(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const group = state.site.groups.find((g) => g.groupId === params.groupId);
  return group ? membersOf(state, request, group.name) : v1Error(404, `No group found with id : ${params.groupId ?? ''}`);
}

export function memberOf(state: ConfluenceState, request: ParsedRequest): Response {
  const accountId = request.query.get('accountId');
  if (accountId === null || accountId === '') return v1Error(400, 'The accountId query parameter is required.');
  const user = state.usersById.get(accountId);
  if (!user) return v1Error(404, `No user found with accountId : ${accountId}`);
  const groups = user.groups.map((name) => {
    const id = state.site.groups.find((g) => g.name === name)?.groupId ?? '';
    return { type: 'group', name, id, _links: { self: `${state.baseUrl}/wiki/rest/api/group/by-id?id=${id}` } };
  });
  return paged(request, groups, 200);
}

export function currentUser(state: ConfluenceState, request: ParsedRequest): Response {
  const principal = request.request.principal;
  if (principal.kind === 'app') {
    return jsonResponse(200, { type: 'known', accountId: state.site.appAccountId, accountType: 'app', publicName: 'Launch Control', displayName: 'Launch Control', isExternalCollaborator: false, _links: {} });
  }
  const user = state.usersById.get(principal.accountId);
  return jsonResponse(200, user ? v1UserView(state, user) : { type: 'anonymous', displayName: 'Anonymous', _links: {} });
}

export function getUser(state: ConfluenceState, request: ParsedRequest): Response {
  const accountId = request.query.get('accountId');
  if (accountId === null || accountId === '') return v1Error(400, 'The accountId query parameter is required.');
  const user = state.usersById.get(accountId);
  return user ? jsonResponse(200, v1UserView(state, user)) : v1Error(404, `No user found with accountId : ${accountId}`);
}
