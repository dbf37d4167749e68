// Issue search: `POST|GET /rest/api/3/search/jql` with nextPageToken paging and only the requested fields,
// `POST /rest/api/3/search/approximate-count`, and the removed `/rest/api/3/search` (410), as in Jira Cloud.

import { z } from 'zod';
import type { DemoIssue } from '../../seed/demo-site';
import { intParam, jsonResponse, listParam, readJson, type ParsedRequest } from '../http';
import { jiraError } from './errors';
import { issueView, resolveFieldSelection } from './issue-view';
import { parseJql } from './jql';
import { compileJql } from './jql-eval';
import type { JiraState } from './state';

const DEFAULT_MAX_RESULTS = 50;
/** Jira returns at most 5000 issues a page for id/key-only searches and far fewer when fields are requested. */
const MAX_RESULTS_IDS_ONLY = 5000;
const MAX_RESULTS_WITH_FIELDS = 100;

const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';
const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

const searchBody = z.strictObject({
  jql: z.string().optional(),
  nextPageToken: z.string().nullable().optional(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).max(5).optional(),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).max(50).optional(),
});

interface SearchInput {
  readonly jql: string;
  readonly nextPageToken: string | undefined;
  readonly maxResults: number | undefined;
  readonly fields: readonly string[];
  readonly properties: readonly string[];
}

/**
 * Continuation tokens are opaque to the app and tied to the query. Each names a snapshot of the first page's
 * full result, so later pages neither re-run the query (100k-issue sites) nor shift when data changes.
 */
interface Snapshot { readonly query: number; readonly issues: readonly DemoIssue[] }
const MAX_SNAPSHOTS = 32;
const snapshots = new WeakMap<JiraState, Map<number, Snapshot>>();
let snapshotSequence = 0;

function remember(state: JiraState, queryKey: string, issues: readonly DemoIssue[]): number {
  const cache = snapshots.get(state) ?? new Map<number, Snapshot>();
  snapshots.set(state, cache);
  const id = ++snapshotSequence;
  cache.set(id, { query: hashText(queryKey), issues });
  if (cache.size > MAX_SNAPSHOTS) cache.delete(cache.keys().next().value ?? id);
  return id;
}

function encodeToken(queryKey: string, snapshot: number, offset: number): string {
  return Buffer.from(JSON.stringify({ q: hashText(queryKey), s: snapshot, o: offset })).toString('base64url');
}

function decodeToken(token: string, queryKey: string): { snapshot: number; offset: number } | undefined {
  try {
    const parsed = z.object({ q: z.number(), s: z.number().int(), o: z.number().int().min(0) }).safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.q === hashText(queryKey) ? { snapshot: parsed.data.s, offset: parsed.data.o } : undefined;
  } catch {
    return undefined;
  }
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type Matched = { ok: true; issues: DemoIssue[] } | { ok: false; response: Response };

function matchIssues(state: JiraState, request: ParsedRequest, jql: string, sort: boolean): Matched {
  const parsed = parseJql(jql);
  if (!parsed.ok) return { ok: false, response: jiraError(400, [parsed.message]) };
  if (parsed.query.where === undefined) return { ok: false, response: jiraError(400, [UNBOUNDED]) };
  const compiled = compileJql(state, request.request.principal, parsed.query);
  if (!compiled.ok) return { ok: false, response: jiraError(400, [compiled.message]) };
  const issues = state.site.jira.issues.filter(compiled.filter);
  if (sort) issues.sort(compiled.order);
  return { ok: true, issues };
}

function search(state: JiraState, request: ParsedRequest, input: SearchInput): Response {
  const fieldIds = resolveFieldSelection(input.fields);
  const idsOnly = input.fields.every((f) => f === 'id' || f === 'key');
  const cap = idsOnly ? MAX_RESULTS_IDS_ONLY : MAX_RESULTS_WITH_FIELDS;
  const requested = input.maxResults ?? DEFAULT_MAX_RESULTS;
  if (requested < 0) return jiraError(400, ["The 'maxResults' parameter must be greater than or equal to 0."]);
  const pageSize = Math.min(requested, cap);
  const principal = request.request.principal;
  // Tokens are bound to the caller too: one user's snapshot is never served to another.
  const queryKey = `${principal.kind === 'app' ? 'app' : principal.accountId}\n${input.jql}`;
  let offset = 0;
  let snapshot: Snapshot | undefined;
  let snapshotId = 0;
  if (input.nextPageToken !== undefined && input.nextPageToken !== '') {
    const decoded = decodeToken(input.nextPageToken, queryKey);
    if (decoded === undefined) return jiraError(400, ['The provided next page token is invalid or expired.']);
    offset = decoded.offset;
    snapshotId = decoded.snapshot;
    snapshot = snapshots.get(state)?.get(decoded.snapshot);
  }
  let all: readonly DemoIssue[];
  if (snapshot) {
    all = snapshot.issues;
  } else {
    const matched = matchIssues(state, request, input.jql, true);
    if (!matched.ok) return matched.response;
    all = matched.issues;
    snapshotId = remember(state, queryKey, all);
  }
  const page = all.slice(offset, offset + pageSize);
  const next = offset + page.length;
  const isLast = next >= all.length;
  // With the default fields (`id`) Jira returns bare ids; otherwise id, key, self and the requested fields.
  const bare = input.fields.length === 0 || input.fields.every((f) => f === 'id');
  return jsonResponse(200, {
    issues: page.map((issue) => (bare ? { id: issue.id } : issueView(state, issue, fieldIds, input.properties))),
    ...(isLast ? {} : { nextPageToken: encodeToken(queryKey, snapshotId, next) }),
    isLast,
  });
}

export function searchPost(state: JiraState, request: ParsedRequest): Response {
  const json = readJson(request.request);
  if (!json.ok) return jiraError(400, [INVALID_PAYLOAD]);
  const body = searchBody.safeParse(json.value ?? {});
  if (!body.success) return jiraError(400, [INVALID_PAYLOAD]);
  const b = body.data;
  return search(state, request, {
    jql: b.jql ?? '', nextPageToken: b.nextPageToken ?? undefined, maxResults: b.maxResults,
    fields: (b.fields ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f !== ''), properties: b.properties ?? [],
  });
}

export function searchGet(state: JiraState, request: ParsedRequest): Response {
  const maxResults = intParam(request.query, 'maxResults');
  if (maxResults === null) return jiraError(400, ["The 'maxResults' parameter must be a number."]);
  return search(state, request, {
    jql: request.query.get('jql') ?? '', nextPageToken: request.query.get('nextPageToken') ?? undefined, maxResults,
    fields: listParam(request.query, 'fields'), properties: listParam(request.query, 'properties'),
  });
}

export function approximateCount(state: JiraState, request: ParsedRequest): Response {
  const json = readJson(request.request);
  const body = json.ok ? z.strictObject({ jql: z.string() }).safeParse(json.value) : undefined;
  if (!body?.success) return jiraError(400, [INVALID_PAYLOAD]);
  const matched = matchIssues(state, request, body.data.jql, false);
  return matched.ok ? jsonResponse(200, { count: matched.issues.length }) : matched.response;
}

export function removedSearch(): Response {
  return jiraError(410, ['The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046']);
}
