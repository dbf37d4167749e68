// Cursor paging for Confluence v2 lists: `limit` (default 25, max 250) and an opaque `cursor`; the next page's
// URL is in `_links.next` and in a `Link: <...>; rel="next"` header, as Confluence does.

import { jsonResponse, type ParsedRequest } from '../http';
import { v2Error } from './errors';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 250;

export type PageWindow = { ok: true; offset: number; limit: number } | { ok: false; response: Response };

export function pageWindow(request: ParsedRequest): PageWindow {
  const rawLimit = request.query.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) return { ok: false, response: v2Error(400, "The 'limit' query parameter must be a positive integer.") };
  const cursor = request.query.get('cursor');
  if (cursor === null || cursor === '') return { ok: true, offset: 0, limit: Math.min(limit, MAX_LIMIT) };
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^offset:(\d+)$/.exec(decoded);
  if (!m) return { ok: false, response: v2Error(400, 'The cursor is invalid.') };
  return { ok: true, offset: Number(m[1]), limit: Math.min(limit, MAX_LIMIT) };
}

/** A `{ results, _links }` page of `items`, with `next` links when more remain. */
export function pagedResponse(baseUrl: string, request: ParsedRequest, window: { offset: number; limit: number }, items: readonly unknown[]): Response {
  const results = items.slice(window.offset, window.offset + window.limit);
  const nextOffset = window.offset + results.length;
  if (nextOffset >= items.length) return jsonResponse(200, { results, _links: { base: `${baseUrl}/wiki` } });
  const query = new URLSearchParams(request.query);
  query.set('cursor', Buffer.from(`offset:${String(nextOffset)}`).toString('base64url'));
  const next = `${request.pathname}?${query.toString()}`;
  return jsonResponse(200, { results, _links: { next, base: `${baseUrl}/wiki` } }, { Link: `<${next}>; rel="next", <${baseUrl}/wiki>; rel="base"` });
}
