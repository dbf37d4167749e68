// The Jira writes the demo needs to change its work, each raising the product event Jira raises for it:
// `POST /rest/api/3/issue` (create), `PUT` and `DELETE /rest/api/3/issue/{issueIdOrKey}` (edit the scheduling
// fields, the assignee and labels; delete), `POST /rest/api/3/issueLink` and `DELETE /rest/api/3/issueLink/{linkId}`. Permissions as in
// Jira: browse both ends, plus EDIT_ISSUES, CREATE_ISSUES, DELETE_ISSUES or LINK_ISSUES.

import { z } from 'zod';
import type { DemoIssue, DemoIssueLink, LinkTypeName, StatusName } from '../../seed/demo-site';
import { emptyResponse, jsonResponse, readJson, type ParsedRequest } from '../http';
import { LINK_TYPES, STATUS_CATEGORIES, STATUSES } from './catalogue';
import { ISSUE_NOT_FOUND, jiraError } from './errors';
import { issueView, linkTypeView } from './issue-view';
import { canBrowseIssue, hasPermission } from './permissions';
import { callerOf, findIssue, type JiraState } from './state';

type Params = Readonly<Record<string, string>>;

/** A Jira product event as Forge delivers it to a trigger (`eventType` plus the event's own payload). */
export type JiraProductEvent = Readonly<Record<string, unknown>> & { readonly eventType: string };
export type ProductEventListener = (event: JiraProductEvent) => void;

interface ChangeItem { readonly field: string; readonly fieldId: string; readonly from: string | null; readonly fromString: string | null; readonly to: string | null; readonly toString: string | null }

/** The fields an issue event carries: Forge documents summary, type, project, status and people; Jira's webhook also carries the rest. */
const EVENT_FIELDS = ['summary', 'issuetype', 'project', 'status', 'assignee', 'reporter', 'created', 'updated', 'fixVersions', 'parent'];

const ref = z.object({ id: z.string().optional(), key: z.string().optional(), name: z.string().optional() });
const editableFields = z.object({
  summary: z.string().min(1).max(255).optional(),
  fixVersions: z.array(ref).optional(),
  parent: ref.nullable().optional(),
  duedate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  timeoriginalestimate: z.number().int().min(0).nullable().optional(),
  assignee: z.object({ accountId: z.string().nullable() }).nullable().optional(),
  labels: z.array(z.string().min(1).max(255).regex(/^\S+$/)).optional(),
});
const editBody = z.object({ fields: editableFields });
const createBody = z.object({ fields: editableFields.extend({ summary: z.string().min(1).max(255), issuetype: z.object({ name: z.enum(['Story', 'Task', 'Bug', 'Test', 'Epic']) }), project: ref }) });
const transitionBody = z.object({ transition: z.object({ id: z.string() }) });

/** The demo workflow: every status reachable from every other (global transitions), as a simplified Jira workflow. */
const TRANSITIONS: readonly { readonly id: string; readonly name: string; readonly to: StatusName }[] = [
  { id: '11', name: 'To Do', to: 'To Do' },
  { id: '21', name: 'In Progress', to: 'In Progress' },
  { id: '31', name: 'In Review', to: 'In Review' },
  { id: '41', name: 'Done', to: 'Done' },
];

const linkBody = z.object({ type: z.object({ name: z.string() }), inwardIssue: ref, outwardIssue: ref });

export function jiraEditRoutes(onEvent: ProductEventListener | undefined) {
  const fire = (event: JiraProductEvent): void => { onEvent?.(event); };

  const issueEvent = (state: JiraState, request: ParsedRequest, eventType: string, issue: DemoIssue, changelog?: readonly ChangeItem[]): JiraProductEvent => {
    const caller = callerOf(state, request.request.principal);
    const atlassianId = caller?.accountId ?? state.site.appAccountId;
    const { id, key, fields } = issueView(state, issue, EVENT_FIELDS) as { id: string; key: string; fields: Record<string, unknown> };
    return {
      eventType, issue: { id, key, fields }, atlassianId, associatedUsers: [{ accountId: atlassianId }],
      ...(changelog === undefined ? {} : { changelog: { id: String(state.nextSequence()), items: changelog } }),
    };
  };

  const linkEvent = (state: JiraState, eventType: string, link: DemoIssueLink): JiraProductEvent => {
    const from = state.issuesById.get(link.fromIssueId);
    const to = state.issuesById.get(link.toIssueId);
    return {
      eventType, id: link.id, sourceIssueId: link.fromIssueId, destinationIssueId: link.toIssueId,
      sourceProjectId: from?.projectId ?? '', destinationProjectId: to?.projectId ?? '', issueLinkType: linkTypeView(state, link.type),
    };
  };

  const visible = (state: JiraState, request: ParsedRequest, idOrKey: string | undefined): DemoIssue | undefined => {
    const issue = idOrKey === undefined ? undefined : findIssue(state, idOrKey);
    return issue !== undefined && canBrowseIssue(state, request.request.principal, issue) ? issue : undefined;
  };
  const may = (state: JiraState, request: ParsedRequest, permission: string) => hasPermission(state, request.request.principal, permission, state.site.jira.project);

  /** Applies edited fields to `issue`; answers the changelog items, or a 400 naming the bad field. */
  const applyFields = (state: JiraState, request: ParsedRequest, issue: DemoIssue, fields: z.infer<typeof editableFields>): ChangeItem[] | Response => {
    const items: ChangeItem[] = [];
    if (fields.fixVersions !== undefined) {
      const ids: string[] = [];
      for (const wanted of fields.fixVersions) {
        const version = state.site.jira.versions.find((v) => v.id === wanted.id || v.name === wanted.name);
        if (version === undefined) return jiraError(400, [], { fixVersions: `Version ${wanted.id ?? wanted.name ?? '?'} is not valid.` });
        ids.push(version.id);
      }
      for (const id of issue.fixVersionIds.filter((old) => !ids.includes(old))) items.push({ field: 'Fix Version', fieldId: 'fixVersions', from: id, fromString: state.versionsById.get(id)?.name ?? null, to: null, toString: null });
      for (const id of ids.filter((next) => !issue.fixVersionIds.includes(next))) items.push({ field: 'Fix Version', fieldId: 'fixVersions', from: null, fromString: null, to: id, toString: state.versionsById.get(id)?.name ?? null });
      issue.fixVersionIds = ids;
    }
    if (fields.parent !== undefined) {
      const parent = fields.parent === null ? undefined : visible(state, request, fields.parent.key ?? fields.parent.id);
      if (fields.parent !== null && parent?.issueType !== 'Epic') return jiraError(400, [], { parent: 'The parent must be an epic you can see.' });
      items.push({ field: 'IssueParentAssociation', fieldId: 'parent', from: issue.parentId, fromString: null, to: parent?.id ?? null, toString: parent?.key ?? null });
      state.setParent(issue, parent?.id ?? null);
    }
    if (fields.summary !== undefined) {
      items.push({ field: 'summary', fieldId: 'summary', from: null, fromString: issue.summary, to: null, toString: fields.summary });
      issue.summary = fields.summary;
    }
    if (fields.duedate !== undefined) {
      items.push({ field: 'duedate', fieldId: 'duedate', from: issue.duedate, fromString: issue.duedate, to: fields.duedate, toString: fields.duedate });
      issue.duedate = fields.duedate;
    }
    if (fields.assignee !== undefined) {
      const accountId = fields.assignee?.accountId ?? null;
      const user = accountId === null ? undefined : state.usersById.get(accountId);
      if (accountId !== null && (user === undefined || !hasPermission(state, { kind: 'user', accountId }, 'ASSIGNABLE_USER', state.site.jira.project))) {
        return jiraError(400, [], { assignee: `User '${accountId}' cannot be assigned issues.` });
      }
      if (!may(state, request, 'ASSIGN_ISSUES')) return jiraError(400, [], { assignee: 'You do not have permission to assign issues.' });
      items.push({ field: 'assignee', fieldId: 'assignee', from: issue.assigneeId, fromString: issue.assigneeId === null ? null : state.usersById.get(issue.assigneeId)?.displayName ?? null, to: accountId, toString: user?.displayName ?? null });
      issue.assigneeId = accountId;
    }
    if (fields.labels !== undefined) {
      items.push({ field: 'labels', fieldId: 'labels', from: null, fromString: issue.labels.join(' '), to: null, toString: fields.labels.join(' ') });
      issue.labels = [...new Set(fields.labels)];
    }
    if (fields.timeoriginalestimate !== undefined) {
      items.push({ field: 'timeoriginalestimate', fieldId: 'timeoriginalestimate', from: String(issue.originalEstimateSeconds), fromString: null, to: String(fields.timeoriginalestimate), toString: null });
      issue.originalEstimateSeconds = fields.timeoriginalestimate;
    }
    return items;
  };

  const editIssue = (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const issue = visible(state, request, params.issueIdOrKey);
    if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    if (!may(state, request, 'EDIT_ISSUES')) return jiraError(403, ['You do not have permission to edit issues in this project.']);
    const json = readJson(request.request);
    const body = json.ok ? editBody.safeParse(json.value) : undefined;
    if (body?.success !== true) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const items = applyFields(state, request, issue, body.data.fields);
    if (items instanceof Response) return items;
    fire(issueEvent(state, request, 'avi:jira:updated:issue', issue, items));
    return emptyResponse(204);
  };

  const createIssue = (state: JiraState, request: ParsedRequest): Response => {
    if (!may(state, request, 'CREATE_ISSUES')) return jiraError(403, ['You do not have permission to create issues in this project.']);
    const json = readJson(request.request);
    const body = json.ok ? createBody.safeParse(json.value) : undefined;
    if (body?.success !== true) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const { project } = state.site.jira;
    if (body.data.fields.project.key !== project.key && body.data.fields.project.id !== project.id) return jiraError(400, [], { project: 'Specify a valid project ID or key' });
    const id = String(Math.max(...state.site.jira.issues.map((i) => Number(i.id))) + 1);
    const number = Math.max(...state.site.jira.issues.map((i) => Number(i.key.slice(i.key.lastIndexOf('-') + 1)))) + 1;
    const reporterId = callerOf(state, request.request.principal)?.accountId ?? project.leadAccountId;
    const now = new Date().toISOString().replace('Z', '+0000');
    const issue: DemoIssue = {
      id, key: `${project.key}-${String(number)}`, projectId: project.id, issueType: body.data.fields.issuetype.name, summary: body.data.fields.summary,
      status: 'To Do', resolution: null, priority: 'Major', assigneeId: null, reporterId, created: now, updated: now, resolutiondate: null,
      statuscategorychangedate: now, duedate: null, startDate: null, originalEstimateSeconds: null, storyPoints: null, fixVersionIds: [], labels: [],
      parentId: null, rank: state.site.jira.issues.length + 1, properties: {},
    };
    state.addIssue(issue);
    const items = applyFields(state, request, issue, { ...body.data.fields, summary: undefined });
    if (items instanceof Response) { state.removeIssue(issue); return items; }
    fire(issueEvent(state, request, 'avi:jira:created:issue', issue));
    return jsonResponse(201, { id, key: issue.key, self: `${state.baseUrl}/rest/api/3/issue/${id}` });
  };

  const deleteIssue = (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const issue = visible(state, request, params.issueIdOrKey);
    if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    if (!may(state, request, 'DELETE_ISSUES')) return jiraError(403, ['You do not have permission to delete issues in this project.']);
    if ((state.childrenByParent.get(issue.id) ?? []).length > 0 && request.query.get('deleteSubtasks') !== 'true') {
      return jiraError(400, ['The issue has children; delete them first or pass deleteSubtasks=true.']);
    }
    const event = issueEvent(state, request, 'avi:jira:deleted:issue', issue);
    const links = [...(state.linksByIssue.get(issue.id) ?? [])];
    for (const link of links) fire(linkEvent(state, 'avi:jira:deleted:issuelink', link));
    state.removeIssue(issue);
    fire(event);
    return emptyResponse(204);
  };

  const createLink = (state: JiraState, request: ParsedRequest): Response => {
    const json = readJson(request.request);
    const body = json.ok ? linkBody.safeParse(json.value) : undefined;
    if (body?.success !== true) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const type = Object.keys(LINK_TYPES).find((name) => name.toLowerCase() === body.data.type.name.toLowerCase()) as LinkTypeName | undefined;
    if (type === undefined) return jiraError(404, [`No issue link type with name '${body.data.type.name}' found.`]);
    // As the emulator reads links back: the inward issue is the one the outward verb is said of ("A blocks B": A).
    const from = visible(state, request, body.data.inwardIssue.key ?? body.data.inwardIssue.id);
    const to = visible(state, request, body.data.outwardIssue.key ?? body.data.outwardIssue.id);
    if (from === undefined || to === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    if (!may(state, request, 'LINK_ISSUES')) return jiraError(403, ['You do not have permission to link issues in this project.']);
    const link: DemoIssueLink = { id: String(Math.max(20000, ...state.site.jira.links.map((l) => Number(l.id))) + 1), type, fromIssueId: from.id, toIssueId: to.id };
    state.addLink(link);
    fire(linkEvent(state, 'avi:jira:created:issuelink', link));
    return new Response(null, { status: 201, headers: { Location: `${state.baseUrl}/rest/api/3/issueLink/${link.id}` } });
  };

  const deleteLink = (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const link = state.site.jira.links.find((candidate) => candidate.id === params.linkId);
    const ends = link === undefined ? [] : [state.issuesById.get(link.fromIssueId), state.issuesById.get(link.toIssueId)];
    if (link === undefined || ends.some((end) => end === undefined || !canBrowseIssue(state, request.request.principal, end))) {
      return jiraError(404, [`No issue link with id '${params.linkId ?? ''}' exists.`]);
    }
    if (!may(state, request, 'LINK_ISSUES')) return jiraError(403, ['You do not have permission to delete links in this project.']);
    const event = linkEvent(state, 'avi:jira:deleted:issuelink', link);
    state.removeLink(link);
    fire(event);
    return emptyResponse(204);
  };

  /** `GET /rest/api/3/issue/{issueIdOrKey}/transitions`: every transition to another status. */
  const listTransitions = (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const issue = visible(state, request, params.issueIdOrKey);
    if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    const allowed = may(state, request, 'TRANSITION_ISSUES');
    return jsonResponse(200, {
      expand: 'transitions',
      transitions: allowed ? TRANSITIONS.filter((t) => t.to !== issue.status).map((t) => {
        const status = STATUSES[t.to];
        const category = STATUS_CATEGORIES[status.category];
        return {
          id: t.id, name: t.name, hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true, isConditional: false, isLooped: false,
          to: { self: `${state.baseUrl}/rest/api/3/status/${status.id}`, description: '', iconUrl: `${state.baseUrl}/`, name: t.to, id: status.id,
            statusCategory: { self: `${state.baseUrl}/rest/api/3/statuscategory/${String(category.id)}`, ...category } },
        };
      }) : [],
    });
  };

  /** `POST /rest/api/3/issue/{issueIdOrKey}/transitions`: moves the issue, setting the resolution on Done. */
  const doTransition = (state: JiraState, request: ParsedRequest, params: Params): Response => {
    const issue = visible(state, request, params.issueIdOrKey);
    if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
    if (!may(state, request, 'TRANSITION_ISSUES')) return jiraError(403, ['You do not have permission to transition this issue.']);
    const json = readJson(request.request);
    const body = json.ok ? transitionBody.safeParse(json.value) : undefined;
    if (body?.success !== true) return jiraError(400, ['Invalid request payload. Refer to the REST API documentation and try again.']);
    const transition = TRANSITIONS.find((t) => t.id === body.data.transition.id);
    if (transition === undefined || transition.to === issue.status) return jiraError(400, ["Transition id '" + body.data.transition.id + "' is not valid for this issue."]);
    const now = new Date().toISOString().replace('Z', '+0000');
    const before = issue.status;
    const categoryChanged = STATUSES[before].category !== STATUSES[transition.to].category;
    issue.status = transition.to;
    issue.updated = now;
    if (categoryChanged) issue.statuscategorychangedate = now;
    const done = STATUSES[transition.to].category === 'done';
    issue.resolution = done ? 'Done' : null;
    issue.resolutiondate = done ? now : null;
    fire(issueEvent(state, request, 'avi:jira:updated:issue', issue, [
      { field: 'status', fieldId: 'status', from: STATUSES[before].id, fromString: before, to: STATUSES[transition.to].id, toString: transition.to },
    ]));
    return emptyResponse(204);
  };

  return { editIssue, createIssue, deleteIssue, createLink, deleteLink, listTransitions, doTransition };
}
