// `GET /rest/api/3/issueLink/{linkId}`: one issue link with both ends in their compact form. As in Jira, a link
// answers 404 unless the caller can browse both of its issues.

import { jsonResponse, type ParsedRequest } from '../http';
import { jiraError } from './errors';
import { issueRef, linkTypeView } from './issue-view';
import { canBrowseIssue } from './permissions';
import type { JiraState } from './state';

export function getIssueLink(state: JiraState, request: ParsedRequest, params: Readonly<Record<string, string>>): Response {
  const id = params.linkId ?? '';
  const link = state.site.jira.links.find((candidate) => candidate.id === id);
  const from = link === undefined ? undefined : state.issuesById.get(link.fromIssueId);
  const to = link === undefined ? undefined : state.issuesById.get(link.toIssueId);
  const visible = (issue: typeof from) => issue !== undefined && canBrowseIssue(state, request.request.principal, issue);
  if (link === undefined || !visible(from) || !visible(to) || from === undefined || to === undefined) {
    return jiraError(404, [`No issue link with id '${id}' exists.`]);
  }
  return jsonResponse(200, {
    id: link.id,
    self: `${state.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: linkTypeView(state, link.type),
    // The inward issue is the one the outward verb is said of: in "A blocks B", A.
    inwardIssue: issueRef(state, from),
    outwardIssue: issueRef(state, to),
  });
}
