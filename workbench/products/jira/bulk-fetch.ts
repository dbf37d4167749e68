// `POST /rest/api/3/issue/bulkfetch`: up to 100 issues by id or key, with only the requested fields. As in Jira,
// issues that do not exist or that the caller may not browse are simply left out (the search's visibility rules).

import { z } from 'zod';
import { jsonResponse, readJson, type ParsedRequest } from '../http';
import { jiraError } from './errors';
import { issueView, ISSUE_EXPAND, resolveFieldSelection } from './issue-view';
import { canBrowseIssue } from './permissions';
import { findIssue, type JiraState } from './state';

/** Jira's limit on one bulk fetch. */
export const MAX_BULK_FETCH = 100;

const bulkFetchBody = z.strictObject({
  issueIdsOrKeys: z.array(z.string()).min(1).max(MAX_BULK_FETCH),
  fields: z.array(z.string()).optional(),
  expand: z.array(z.string()).optional(),
  properties: z.array(z.string()).max(5).optional(),
  fieldsByKeys: z.boolean().optional(),
});

export function bulkFetch(state: JiraState, request: ParsedRequest): Response {
  const json = readJson(request.request);
  const body = json.ok ? bulkFetchBody.safeParse(json.value ?? {}) : undefined;
  if (body?.success !== true) {
    return jiraError(400, [`Invalid request payload: issueIdsOrKeys must list 1 to ${String(MAX_BULK_FETCH)} issue ids or keys.`]);
  }
  const { issueIdsOrKeys, fields, properties } = body.data;
  const fieldIds = resolveFieldSelection(fields ?? ['*navigable']);
  const principal = request.request.principal;
  const seen = new Set<string>();
  const issues = issueIdsOrKeys.flatMap((idOrKey) => {
    const issue = findIssue(state, idOrKey);
    if (issue === undefined || seen.has(issue.id) || !canBrowseIssue(state, principal, issue)) return [];
    seen.add(issue.id);
    return [issueView(state, issue, fieldIds, properties ?? [])];
  });
  return jsonResponse(200, { expand: ISSUE_EXPAND, issues, issueErrors: [] });
}
