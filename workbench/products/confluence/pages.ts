// Confluence v2 pages: list (by space, title, status, with cursor paging), get (optionally with the storage
// body), create, update (version must be current + 1, else 409; 403 for someone who may not edit), children, labels,
// versions, and the operations the caller may perform on a page (read; update when they may edit).

import { z } from 'zod';
import type { DemoPage } from '../../seed/demo-site';
import { jsonResponse, listParam, readJson, type ParsedRequest } from '../http';
import { v2Error } from './errors';
import { pagedResponse, pageWindow } from './paging';
import { callerId, canEditPage, canViewSpace, visiblePage, visibleSpaces, type ConfluenceState } from './state';
import { placeForgeMacros } from './forge-macros';
import { currentVersion, labelView, pageView, versionView } from './views';

type Params = Readonly<Record<string, string>>;

const BODY_FORMATS = ['storage', 'atlas_doc_format', 'view', 'export_view', 'anonymous_export_view', 'styled_view', 'editor'];

function bodyFormatOf(request: ParsedRequest): { ok: true; format: string | null } | { ok: false; response: Response } {
  const format = request.query.get('body-format');
  if (format === null) return { ok: true, format: null };
  if (!BODY_FORMATS.includes(format)) return { ok: false, response: v2Error(400, `Invalid body-format '${format}'.`) };
  if (format !== 'storage') return { ok: false, response: v2Error(400, `The workbench Confluence emulator only serves body-format=storage (asked for '${format}').`) };
  return { ok: true, format };
}

function listOf(state: ConfluenceState, request: ParsedRequest, spaceIds: readonly string[]): Response {
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  const body = bodyFormatOf(request);
  if (!body.ok) return body.response;
  const visible = new Set(visibleSpaces(state, request.request.principal).map((s) => s.id));
  const title = request.query.get('title');
  const statuses = listParam(request.query, 'status');
  const ids = listParam(request.query, 'id');
  const wanted = statuses.length > 0 ? statuses : ['current', 'archived'];
  const pages = state.site.confluence.pages
    .filter((p) => visible.has(p.spaceId) && (spaceIds.length === 0 || spaceIds.includes(p.spaceId)))
    .filter((p) => (title === null || p.title === title) && wanted.includes(p.status) && (ids.length === 0 || ids.includes(p.id)))
    .sort((a, b) => Number(a.id) - Number(b.id));
  return pagedResponse(state.baseUrl, request, window, pages.map((p) => pageView(state, p, body.format)));
}

export function listPages(state: ConfluenceState, request: ParsedRequest): Response {
  return listOf(state, request, listParam(request.query, 'space-id'));
}

export function listSpacePages(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const space = visibleSpaces(state, request.request.principal).find((s) => s.id === params.id);
  return space ? listOf(state, request, [space.id]) : v2Error(404, null);
}

export function getPage(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  const body = bodyFormatOf(request);
  if (!body.ok) return body.response;
  const view = pageView(state, page, body.format);
  if (request.query.get('include-labels') === 'true') view.labels = { results: page.labels.map(labelView), meta: { hasMore: false } };
  if (request.query.get('include-versions') === 'true') view.versions = { results: [...page.versions].reverse().map(versionView), meta: { hasMore: false } };
  return jsonResponse(200, view);
}

const storageBody = z.object({ representation: z.string(), value: z.string() });
const createPageBody = z.object({
  spaceId: z.string().min(1),
  status: z.enum(['current', 'draft']).optional(),
  title: z.string().min(1).max(255),
  parentId: z.string().optional(),
  body: storageBody,
  subtype: z.string().optional(),
});
const updatePageBody = z.object({
  id: z.string().min(1),
  status: z.enum(['current', 'draft', 'archived']),
  title: z.string().min(1).max(255),
  spaceId: z.string().optional(),
  parentId: z.string().optional(),
  ownerId: z.string().optional(),
  body: storageBody,
  version: z.object({ number: z.number().int(), message: z.string().optional() }),
});

function badBody(error: z.ZodError): Response {
  return v2Error(400, error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
}

function titleTaken(state: ConfluenceState, spaceId: string, title: string, exceptId: string | null): boolean {
  return state.site.confluence.pages.some((p) => p.spaceId === spaceId && p.status === 'current' && p.id !== exceptId && p.title === title);
}

/** "Now" for versions the emulator writes: after every seeded version, never the wall clock. */
function nextTimestamp(state: ConfluenceState): string {
  const latest = state.site.confluence.pages.flatMap((p) => p.versions.map((v) => v.createdAt)).reduce((a, b) => (a > b ? a : b), '2026-11-25T00:00:00.000Z');
  return new Date(Date.parse(latest) + 60_000).toISOString();
}

export function createPage(state: ConfluenceState, request: ParsedRequest): Response {
  const json = readJson(request.request);
  if (!json.ok) return v2Error(400, `Invalid JSON body: ${json.message}`);
  const parsed = createPageBody.safeParse(json.value);
  if (!parsed.success) return badBody(parsed.error);
  const input = parsed.data;
  if (input.body.representation !== 'storage') return v2Error(400, `The workbench Confluence emulator only accepts body.representation 'storage' (got '${input.body.representation}').`);
  const space = state.site.confluence.spaces.find((s) => s.id === input.spaceId);
  if (!space || !canViewSpace(state, request.request.principal, space)) return v2Error(404, null);
  const parentId = input.parentId ?? space.homepageId;
  const parent = visiblePage(state, request.request.principal, parentId);
  if (!parent || parent.spaceId !== space.id) return v2Error(400, `Parent page ${parentId} was not found in space ${space.key}.`);
  if (titleTaken(state, space.id, input.title, null)) return v2Error(400, 'A page with this title already exists: A page already exists with the same TITLE in this space');
  const author = callerId(state, request.request.principal);
  const createdAt = nextTimestamp(state);
  const page: DemoPage = {
    id: state.nextId(), spaceId: space.id, parentId, title: input.title, status: input.status ?? 'current', authorId: author, ownerId: author, createdAt,
    position: state.site.confluence.pages.filter((p) => p.parentId === parentId).length,
    versions: [{ number: 1, createdAt, authorId: author, message: '', minorEdit: false, title: input.title, body: input.body.value }],
    labels: [], properties: [],
  };
  state.site.confluence.pages.push(page);
  placeForgeMacros(state, page, input.body.value);
  return jsonResponse(200, pageView(state, page, 'storage'));
}

export function updatePage(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  if (!canEditPage(state, request.request.principal, page)) return v2Error(403, 'You do not have permission to edit this page.');
  const json = readJson(request.request);
  if (!json.ok) return v2Error(400, `Invalid JSON body: ${json.message}`);
  const parsed = updatePageBody.safeParse(json.value);
  if (!parsed.success) return badBody(parsed.error);
  const input = parsed.data;
  if (input.id !== page.id) return v2Error(400, `The id in the body (${input.id}) does not match the page id (${page.id}).`);
  if (input.body.representation !== 'storage') return v2Error(400, `The workbench Confluence emulator only accepts body.representation 'storage' (got '${input.body.representation}').`);
  const current = currentVersion(page);
  if (input.version.number !== current.number + 1) return v2Error(409, `Version must be incremented on update. Current version is: ${String(current.number)}`);
  if (titleTaken(state, page.spaceId, input.title, page.id)) return v2Error(400, 'A page with this title already exists: A page already exists with the same TITLE in this space');
  if (input.parentId !== undefined && input.parentId !== page.parentId) {
    const parent = visiblePage(state, request.request.principal, input.parentId);
    if (!parent || parent.spaceId !== page.spaceId || parent.id === page.id) return v2Error(400, `Parent page ${input.parentId} was not found in this space.`);
    page.parentId = parent.id;
  }
  page.title = input.title;
  page.status = input.status;
  if (input.ownerId !== undefined) page.ownerId = input.ownerId;
  page.versions.push({
    number: input.version.number, createdAt: nextTimestamp(state), authorId: callerId(state, request.request.principal),
    message: input.version.message ?? '', minorEdit: false, title: input.title, body: input.body.value,
  });
  placeForgeMacros(state, page, input.body.value);
  return jsonResponse(200, pageView(state, page, 'storage'));
}

export function listChildren(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  const children = state.site.confluence.pages
    .filter((p) => p.parentId === page.id && p.status === 'current')
    .sort((a, b) => a.position - b.position)
    .map((p) => ({ id: p.id, status: p.status, title: p.title, spaceId: p.spaceId, childPosition: p.position }));
  return pagedResponse(state.baseUrl, request, window, children);
}

export function listLabels(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  return pagedResponse(state.baseUrl, request, window, page.labels.map(labelView));
}

export function listVersions(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  return pagedResponse(state.baseUrl, request, window, [...page.versions].reverse().map(versionView));
}

/** GET /wiki/api/v2/pages/{id}/operations: what the caller may do with the page, as Confluence lists it. */
export function getPageOperations(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = visiblePage(state, request.request.principal, params.id ?? '');
  if (!page) return v2Error(404, null);
  const operations = [{ operation: 'read', targetType: 'page' }];
  if (canEditPage(state, request.request.principal, page)) operations.push({ operation: 'update', targetType: 'page' }, { operation: 'delete', targetType: 'page' });
  return jsonResponse(200, { operations });
}
