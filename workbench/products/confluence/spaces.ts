// `GET /wiki/api/v2/spaces` (filters `keys`, `ids`) and `GET /wiki/api/v2/spaces/{id}`; spaces the caller
// cannot view are left out of lists and 404 when asked for directly.

import { jsonResponse, listParam, type ParsedRequest } from '../http';
import { v2Error } from './errors';
import { pagedResponse, pageWindow } from './paging';
import { visibleSpaces, type ConfluenceState } from './state';
import { spaceView } from './views';

export function listSpaces(state: ConfluenceState, request: ParsedRequest): Response {
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  const keys = listParam(request.query, 'keys');
  const ids = listParam(request.query, 'ids');
  const spaces = visibleSpaces(state, request.request.principal)
    .filter((s) => (keys.length === 0 || keys.includes(s.key)) && (ids.length === 0 || ids.includes(s.id)));
  return pagedResponse(state.baseUrl, request, window, spaces.map((s) => spaceView(state, s)));
}

export function getSpace(state: ConfluenceState, request: ParsedRequest, params: Readonly<Record<string, string>>): Response {
  const space = visibleSpaces(state, request.request.principal).find((s) => s.id === params.id);
  return space ? jsonResponse(200, spaceView(state, space)) : v2Error(404, null);
}
