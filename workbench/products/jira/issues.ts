// Single-issue endpoints: `GET /rest/api/3/issue/{issueIdOrKey}` (all fields by default) and issue entity
// properties (list, get, put, delete). Issues the caller cannot browse answer 404, as in Jira.

import type { DemoIssue } from '../../seed/demo-site';
import { emptyResponse, jsonResponse, listParam, readJson, type ParsedRequest } from '../http';
import { ISSUE_NOT_FOUND, jiraError } from './errors';
import { issueView, resolveFieldSelection } from './issue-view';
import { canBrowseIssue, hasPermission } from './permissions';
import { findIssue, type JiraState } from './state';

/** Jira's limit on an entity property value. */
const MAX_PROPERTY_BYTES = 32_768;

type Params = Readonly<Record<string, string>>;

function visibleIssue(state: JiraState, request: ParsedRequest, idOrKey: string): DemoIssue | undefined {
  const issue = findIssue(state, idOrKey);
  return issue && canBrowseIssue(state, request.request.principal, issue) ? issue : undefined;
}

export function getIssue(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visibleIssue(state, request, params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
  const fields = listParam(request.query, 'fields');
  return jsonResponse(200, issueView(state, issue, resolveFieldSelection(fields.length > 0 ? fields : ['*all']), listParam(request.query, 'properties')));
}

export function listIssueProperties(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visibleIssue(state, request, params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
  return jsonResponse(200, {
    keys: Object.keys(issue.properties).map((key) => ({ self: `${state.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`, key })),
  });
}

export function getIssueProperty(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visibleIssue(state, request, params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
  const key = params.propertyKey ?? '';
  if (!(key in issue.properties)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
  return jsonResponse(200, { key, value: issue.properties[key] });
}

export function putIssueProperty(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visibleIssue(state, request, params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (!hasPermission(state, request.request.principal, 'EDIT_ISSUES', state.site.jira.project)) return jiraError(403, ['You do not have permission to edit issue properties.']);
  const json = readJson(request.request);
  if (!json.ok || json.value === undefined) return jiraError(400, ['The property value must be valid JSON.']);
  if (Buffer.byteLength(request.request.body ?? '', 'utf8') > MAX_PROPERTY_BYTES) return jiraError(400, [`The property value exceeds the maximum size of ${String(MAX_PROPERTY_BYTES)} bytes.`]);
  const key = params.propertyKey ?? '';
  if (key.length > 255) return jiraError(400, ['The property key cannot be longer than 255 characters.']);
  const existed = key in issue.properties;
  issue.properties[key] = json.value;
  return emptyResponse(existed ? 200 : 201);
}

export function deleteIssueProperty(state: JiraState, request: ParsedRequest, params: Params): Response {
  const issue = visibleIssue(state, request, params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (!hasPermission(state, request.request.principal, 'EDIT_ISSUES', state.site.jira.project)) return jiraError(403, ['You do not have permission to edit issue properties.']);
  const key = params.propertyKey ?? '';
  if (!(key in issue.properties)) return jiraError(404, [`The property with key '${key}' does not exist.`]);
  issue.properties = Object.fromEntries(Object.entries(issue.properties).filter(([k]) => k !== key));
  return emptyResponse(204);
}
