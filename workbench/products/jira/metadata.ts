// Site metadata endpoints: `GET /rest/api/3/field` and `GET /rest/api/3/issueLinkType`.

import { jsonResponse } from '../http';
import { FIELDS, LINK_TYPES } from './catalogue';
import type { JiraState } from './state';

export function listFields(): Response {
  return jsonResponse(200, FIELDS.map((f) => ({
    id: f.id, key: f.id, name: f.name, custom: f.custom, orderable: f.id !== 'issuekey' && f.id !== 'statusCategory', navigable: f.navigable,
    searchable: true, clauseNames: f.clauseNames, ...(f.schema ? { schema: f.schema } : {}),
    ...(f.custom ? { untranslatedName: f.name } : {}),
  })));
}

export function listIssueLinkTypes(state: JiraState): Response {
  return jsonResponse(200, {
    issueLinkTypes: Object.entries(LINK_TYPES).map(([name, t]) => ({ id: t.id, name, inward: t.inward, outward: t.outward, self: `${state.baseUrl}/rest/api/3/issueLinkType/${t.id}` })),
  });
}
