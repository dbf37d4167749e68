// Project and release endpoints: the project, its roles (roledetails), its versions (with the approvers/driver/issuesstatus
// expands, the unresolved and related issue counts),
// version updates, and a version's related work (list, create, update, delete) as in Jira Cloud REST v3.

import { z } from 'zod';
import type { DemoProject, DemoVersion } from '../../seed/demo-site';
import { DEMO_TODAY } from '../../seed/calendar';
import { createRandom } from '../../seed/random';
import { emptyResponse, intParam, jsonResponse, listParam, readJson, type ParsedRequest } from '../http';
import { ISSUE_TYPES, STATUSES } from './catalogue';
import { jiraError } from './errors';
import { userView, versionView } from './issue-view';
import { canBrowseProject, hasPermission } from './permissions';
import type { JiraState } from './state';

type Params = Readonly<Record<string, string>>;

/** Called after a version changes from unreleased to released (the workbench raises `avi:jira:released:version`). */
export type VersionReleasedListener = (version: Readonly<DemoVersion>) => void;

function projectNotFound(idOrKey: string): Response {
  return jiraError(404, [`No project could be found with key '${idOrKey}'.`]);
}

function visibleProject(state: JiraState, request: ParsedRequest, idOrKey: string): boolean {
  const p = state.site.jira.project;
  return (p.id === idOrKey || p.key.toUpperCase() === idOrKey.toUpperCase()) && canBrowseProject(state, request.request.principal, p.id);
}

function visibleVersion(state: JiraState, request: ParsedRequest, id: string): DemoVersion | undefined {
  const version = state.versionsById.get(id);
  return version && canBrowseProject(state, request.request.principal, version.projectId) ? version : undefined;
}

const versionNotFound = (id: string): Response => jiraError(404, [`Could not find version for id '${id}'`]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const userDate = (iso: string): string => `${iso.slice(8, 10)}/${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''}/${iso.slice(2, 4)}`;

function fullVersionView(state: JiraState, version: DemoVersion, expand: readonly string[]): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...versionView(state, version),
    ...(version.startDate !== null ? { startDate: version.startDate, userStartDate: userDate(version.startDate) } : {}),
    ...(version.releaseDate !== null ? { userReleaseDate: userDate(version.releaseDate) } : {}),
    overdue: !version.released && version.releaseDate !== null && version.releaseDate < DEMO_TODAY,
    projectId: Number(version.projectId),
  };
  if (expand.includes('driver') && version.driverAccountId !== null) view.driver = version.driverAccountId;
  if (expand.includes('approvers')) {
    view.approvers = version.approvers.map((a) => ({ accountId: a.accountId, status: a.status, description: a.description, ...(a.declineReason !== undefined ? { declineReason: a.declineReason } : {}) }));
  }
  if (expand.includes('issuesstatus')) {
    const counts = { unmapped: 0, toDo: 0, inProgress: 0, done: 0 };
    for (const issue of state.site.jira.issues) {
      if (!issue.fixVersionIds.includes(version.id)) continue;
      const category = STATUSES[issue.status].category;
      if (category === 'new') counts.toDo++;
      else if (category === 'indeterminate') counts.inProgress++;
      else counts.done++;
    }
    view.issuesStatusForFixVersion = counts;
  }
  return view;
}

export function getProject(state: JiraState, request: ParsedRequest, params: Params): Response {
  const idOrKey = params.projectIdOrKey ?? '';
  if (!visibleProject(state, request, idOrKey)) return projectNotFound(idOrKey);
  const p = state.site.jira.project;
  const lead = state.usersById.get(p.leadAccountId);
  return jsonResponse(200, {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${state.baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, description: p.description,
    ...(lead ? { lead: userView(state, lead) } : {}),
    components: [],
    issueTypes: Object.entries(ISSUE_TYPES).map(([name, t]) => ({ self: `${state.baseUrl}/rest/api/3/issuetype/${t.id}`, id: t.id, description: t.description, name, subtask: false, hierarchyLevel: t.hierarchyLevel })),
    assigneeType: 'UNASSIGNED',
    versions: state.site.jira.versions.map((v) => fullVersionView(state, v, [])),
    roles: {},
    projectTypeKey: 'software', simplified: false, style: 'classic', isPrivate: false, properties: {},
  });
}

const PROJECT_ACTIONS: Readonly<Record<string, string>> = { view: 'BROWSE_PROJECTS', browse: 'BROWSE_PROJECTS', edit: 'ADMINISTER_PROJECTS', create: 'CREATE_ISSUES' };

/** `GET /rest/api/3/project/search`: the projects the caller may act on (`action`: view, browse, edit, create), paged. */
export function searchProjects(state: JiraState, request: ParsedRequest): Response {
  const action = request.query.get('action') ?? 'view';
  const permission = PROJECT_ACTIONS[action];
  if (permission === undefined) return jiraError(400, [`The action '${action}' is not valid; use view, browse, edit or create.`]);
  const startAt = intParam(request.query, 'startAt');
  const maxResults = intParam(request.query, 'maxResults');
  if (startAt === null || maxResults === null || (startAt ?? 0) < 0 || (maxResults ?? 50) < 1) return jiraError(400, ['startAt must be >= 0 and maxResults >= 1.']);
  const p = state.site.jira.project;
  const query = (request.query.get('query') ?? '').toLowerCase();
  const keys = listParam(request.query, 'keys').map((k) => k.toUpperCase());
  const matches = hasPermission(state, request.request.principal, permission, p)
    && (query === '' || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
    && (keys.length === 0 || keys.includes(p.key.toUpperCase()));
  const all = matches ? [{ self: `${state.baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, projectTypeKey: 'software', simplified: false, style: 'classic', isPrivate: false }] : [];
  const from = startAt ?? 0;
  const page = all.slice(from, from + (maxResults ?? 50));
  return jsonResponse(200, { self: `${state.baseUrl}${request.request.path}`, maxResults: maxResults ?? 50, startAt: from, total: all.length, isLast: from + page.length >= all.length, values: page });
}

export function listProjectVersions(state: JiraState, request: ParsedRequest, params: Params): Response {
  const idOrKey = params.projectIdOrKey ?? '';
  if (!visibleProject(state, request, idOrKey)) return projectNotFound(idOrKey);
  const expand = listParam(request.query, 'expand');
  return jsonResponse(200, state.site.jira.versions.map((v) => fullVersionView(state, v, expand)));
}

export function getVersion(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  return jsonResponse(200, fullVersionView(state, version, listParam(request.query, 'expand')));
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date must be in the format yyyy-MM-dd.');
const versionUpdate = z.object({
  name: z.string().min(1).max(255).optional(),
  description: z.string().max(16_384).optional(),
  released: z.boolean().optional(),
  archived: z.boolean().optional(),
  releaseDate: isoDate.nullable().optional(),
  startDate: isoDate.nullable().optional(),
  driver: z.string().nullable().optional(),
});

export function createUpdateVersion(onReleased: VersionReleasedListener | undefined) {
  return (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const version = visibleVersion(state, request, params.id ?? '');
    if (!version) return versionNotFound(params.id ?? '');
    if (!hasPermission(state, request.request.principal, 'ADMINISTER_PROJECTS', state.site.jira.project)) {
      return jiraError(403, ['You must have global or project administrator permissions in order to edit versions.']);
    }
    const json = readJson(request.request);
    if (!json.ok) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const body = versionUpdate.safeParse(json.value ?? {});
    if (!body.success) return jiraError(400, [], Object.fromEntries(body.error.issues.map((i) => [String(i.path[0] ?? 'body'), i.message])));
    const u = body.data;
    const wasReleased = version.released;
    if (u.name !== undefined) {
      if (state.site.jira.versions.some((v) => v.id !== version.id && v.name === u.name)) return jiraError(400, [], { name: 'A version with this name already exists in this project.' });
      version.name = u.name;
    }
    if (u.description !== undefined) version.description = u.description;
    if (u.released !== undefined) version.released = u.released;
    if (u.archived !== undefined) version.archived = u.archived;
    if (u.releaseDate !== undefined) version.releaseDate = u.releaseDate;
    if (u.startDate !== undefined) version.startDate = u.startDate;
    if (u.driver !== undefined) version.driverAccountId = u.driver;
    if (!wasReleased && version.released) onReleased?.(version);
    return jsonResponse(200, fullVersionView(state, version, []));
  };
}

/** `GET /rest/api/3/version/{id}/unresolvedIssueCount`: the version's issues, and how many are unresolved. */
export function getUnresolvedIssueCount(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  const issues = state.site.jira.issues.filter((issue) => issue.fixVersionIds.includes(version.id));
  return jsonResponse(200, {
    self: `${state.baseUrl}/rest/api/3/version/${version.id}`, issuesCount: issues.length,
    issuesUnresolvedCount: issues.filter((issue) => issue.resolution === null).length,
  });
}

/** `GET /rest/api/3/version/{id}/relatedIssueCounts`: issues fixed in the version (the demo has no affects-version). */
export function getRelatedIssueCounts(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  return jsonResponse(200, {
    self: `${state.baseUrl}/rest/api/3/version/${version.id}`,
    fixedIssueCount: state.site.jira.issues.filter((issue) => issue.fixVersionIds.includes(version.id)).length,
    affectedIssueCount: 0, issueCountWithCustomFieldsShowingVersion: 0, customFieldUsage: [],
  });
}

/** `GET /rest/api/3/project/{key}/roledetails`: the project's roles; `currentMember=true` keeps the caller's own. */
export function listRoleDetails(state: JiraState, request: ParsedRequest, params: Params): Response {
  const idOrKey = params.projectIdOrKey ?? '';
  if (!visibleProject(state, request, idOrKey)) return projectNotFound(idOrKey);
  const p = state.site.jira.project;
  const principal = request.request.principal;
  const caller = principal.kind === 'user' ? state.usersById.get(principal.accountId) : undefined;
  const member = (role: DemoProject['roles'][number]) => caller !== undefined
    && (role.actorAccountIds.includes(caller.accountId) || caller.groups.some((g) => role.actorGroups.includes(g)));
  const roles = request.query.get('currentMember') === 'true' ? p.roles.filter(member) : p.roles;
  return jsonResponse(200, roles.map((role) => ({
    self: `${state.baseUrl}/rest/api/3/project/${p.id}/role/${String(role.id)}`, name: role.name, id: role.id, description: role.description,
    admin: role.name === 'Administrators', default: false, roleConfigurable: true, translatedName: role.name,
  })));
}

const relatedWorkCreate = z.object({
  category: z.string().min(1),
  title: z.string().max(255).optional(),
  url: z.url(),
  issueId: z.number().int().optional(),
});
const relatedWorkUpdate = relatedWorkCreate.extend({ relatedWorkId: z.string().min(1) });

function relatedWorkView(w: DemoVersion['relatedWork'][number]): Record<string, unknown> {
  return { relatedWorkId: w.relatedWorkId, category: w.category, title: w.title, url: w.url };
}

function canEditRelatedWork(state: JiraState, request: ParsedRequest): boolean {
  const p = state.site.jira.project;
  const principal = request.request.principal;
  return hasPermission(state, principal, 'EDIT_ISSUES', p) && hasPermission(state, principal, 'RESOLVE_ISSUES', p);
}

export function listRelatedWork(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  return jsonResponse(200, version.relatedWork.map(relatedWorkView));
}

function bodyErrors(error: z.ZodError): Response {
  return jiraError(400, error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`));
}

export function createRelatedWork(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  if (!canEditRelatedWork(state, request)) return jiraError(403, ['You do not have permission to edit related work for this version.']);
  const json = readJson(request.request);
  if (!json.ok) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
  const body = relatedWorkCreate.safeParse(json.value);
  if (!body.success) return bodyErrors(body.error);
  const item = { relatedWorkId: createRandom(0x7e1a7ed0 + state.nextSequence()).uuid(), category: body.data.category, title: body.data.title ?? '', url: body.data.url };
  version.relatedWork.push(item);
  return jsonResponse(201, relatedWorkView(item));
}

export function updateRelatedWork(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.id ?? '');
  if (!version) return versionNotFound(params.id ?? '');
  if (!canEditRelatedWork(state, request)) return jiraError(403, ['You do not have permission to edit related work for this version.']);
  const json = readJson(request.request);
  if (!json.ok) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
  const body = relatedWorkUpdate.safeParse(json.value);
  if (!body.success) return bodyErrors(body.error);
  const item = version.relatedWork.find((w) => w.relatedWorkId === body.data.relatedWorkId);
  if (!item) return jiraError(404, [`Related work with id '${body.data.relatedWorkId}' was not found.`]);
  item.category = body.data.category;
  item.url = body.data.url;
  if (body.data.title !== undefined) item.title = body.data.title;
  return jsonResponse(200, relatedWorkView(item));
}

export function deleteRelatedWork(state: JiraState, request: ParsedRequest, params: Params): Response {
  const version = visibleVersion(state, request, params.versionId ?? '');
  if (!version) return versionNotFound(params.versionId ?? '');
  if (!canEditRelatedWork(state, request)) return jiraError(403, ['You do not have permission to edit related work for this version.']);
  const before = version.relatedWork.length;
  version.relatedWork = version.relatedWork.filter((w) => w.relatedWorkId !== params.relatedWorkId);
  if (version.relatedWork.length === before) return jiraError(404, [`Related work with id '${params.relatedWorkId ?? ''}' was not found.`]);
  return emptyResponse(204);
}
