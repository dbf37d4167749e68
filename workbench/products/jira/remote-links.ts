// Remote links of an issue (`GET` and `POST /rest/api/3/issue/{issueIdOrKey}/remotelink`): web pages an issue
// points at. As in Jira, a POST whose `globalId` an existing link of the issue has updates that link (200) instead
// of adding another (201); reading needs browse, writing also LINK_ISSUES.

import { z } from 'zod';
import { jsonResponse, readJson, type ParsedRequest } from '../http';
import { ISSUE_NOT_FOUND, jiraError } from './errors';
import { canBrowseIssue, hasPermission } from './permissions';
import { findIssue, type JiraState, type RemoteLink } from './state';

type Params = Readonly<Record<string, string>>;

const remoteLinkBody = z.object({
  globalId: z.string().max(255).optional(),
  application: z.record(z.string(), z.unknown()).optional(),
  relationship: z.string().max(255).optional(),
  object: z.object({ url: z.url(), title: z.string().min(1).max(255), summary: z.string().optional(), icon: z.unknown().optional(), status: z.unknown().optional() }),
});

function linkView(state: JiraState, issueId: string, link: RemoteLink): Record<string, unknown> {
  return {
    id: link.id, self: `${state.baseUrl}/rest/api/3/issue/${issueId}/remotelink/${String(link.id)}`,
    ...(link.globalId === undefined ? {} : { globalId: link.globalId }),
    ...(link.application === undefined ? {} : { application: link.application }),
    ...(link.relationship === undefined ? {} : { relationship: link.relationship }),
    object: link.object,
  };
}

const visible = (state: JiraState, request: ParsedRequest, idOrKey: string | undefined) => {
  const issue = idOrKey === undefined ? undefined : findIssue(state, idOrKey);
  return issue !== undefined && canBrowseIssue(state, request.request.principal, issue) ? issue : undefined;
};

export function listRemoteLinks(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visible(state, request, params.issueIdOrKey);
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
  const links = state.remoteLinksByIssue.get(issue.id) ?? [];
  const globalId = request.query.get('globalId');
  if (globalId !== null) {
    const link = links.find((l) => l.globalId === globalId);
    return link === undefined ? jiraError(404, ['No remote link with that global id exists on this issue.']) : jsonResponse(200, linkView(state, issue.id, link));
  }
  return jsonResponse(200, links.map((l) => linkView(state, issue.id, l)));
}

export function createOrUpdateRemoteLink(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visible(state, request, params.issueIdOrKey);
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (!hasPermission(state, request.request.principal, 'LINK_ISSUES', state.site.jira.project)) return jiraError(403, ['You do not have permission to link issues in this project.']);
  const json = readJson(request.request);
  const body = json.ok ? remoteLinkBody.safeParse(json.value) : undefined;
  if (body?.success !== true) return jiraError(400, [], { object: 'The remote link needs an object with a valid url and a title.' });
  const links = state.remoteLinksByIssue.get(issue.id) ?? [];
  const { globalId, application, relationship, object } = body.data;
  const at = globalId === undefined ? -1 : links.findIndex((l) => l.globalId === globalId);
  const id = at >= 0 ? (links[at]?.id ?? 0) : 10000 + state.nextSequence();
  const link: RemoteLink = { id, globalId, application, relationship, object: { url: object.url, title: object.title, ...(object.summary === undefined ? {} : { summary: object.summary }) } };
  if (at >= 0) links[at] = link; else links.push(link);
  state.remoteLinksByIssue.set(issue.id, links);
  return jsonResponse(at >= 0 ? 200 : 201, { id, self: `${state.baseUrl}/rest/api/3/issue/${issue.id}/remotelink/${String(id)}` });
}
