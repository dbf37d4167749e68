// The Confluence Cloud REST endpoints the workbench emulates (v2 for spaces, pages and properties; v1 for
// people and templates), by method and path template.

import { route, type Route } from '../router';
import { createPage, getPage, getPageOperations, listChildren, listLabels, listPages, listSpacePages, listVersions, updatePage } from './pages';
import { currentUser, getUser, groupMembersById, groupMembersByName, memberOf } from './people';
import { createProperty, deleteProperty, getProperty, listProperties, updateProperty } from './properties';
import { getSpace, listSpaces } from './spaces';
import type { ConfluenceState } from './state';
import { createTemplate, getTemplate, listPageTemplates } from './templates';

export function confluenceRoutes(): Route<ConfluenceState>[] {
  return [
    route('GET', '/wiki/api/v2/spaces', listSpaces),
    route('GET', '/wiki/api/v2/spaces/{id}', getSpace),
    route('GET', '/wiki/api/v2/spaces/{id}/pages', listSpacePages),
    route('GET', '/wiki/api/v2/pages', listPages),
    route('POST', '/wiki/api/v2/pages', createPage),
    route('GET', '/wiki/api/v2/pages/{id}', getPage),
    route('PUT', '/wiki/api/v2/pages/{id}', updatePage),
    route('GET', '/wiki/api/v2/pages/{id}/children', listChildren),
    route('GET', '/wiki/api/v2/pages/{id}/labels', listLabels),
    route('GET', '/wiki/api/v2/pages/{id}/versions', listVersions),
    route('GET', '/wiki/api/v2/pages/{id}/operations', getPageOperations),
    route('GET', '/wiki/api/v2/pages/{id}/properties', listProperties),
    route('POST', '/wiki/api/v2/pages/{id}/properties', createProperty),
    route('GET', '/wiki/api/v2/pages/{page-id}/properties/{property-id}', getProperty),
    route('PUT', '/wiki/api/v2/pages/{page-id}/properties/{property-id}', updateProperty),
    route('DELETE', '/wiki/api/v2/pages/{page-id}/properties/{property-id}', deleteProperty),
    route('GET', '/wiki/rest/api/group/member', groupMembersByName),
    route('GET', '/wiki/rest/api/group/{groupId}/membersByGroupId', groupMembersById),
    route('GET', '/wiki/rest/api/user/memberof', memberOf),
    route('GET', '/wiki/rest/api/user/current', currentUser),
    route('GET', '/wiki/rest/api/user', getUser),
    route('GET', '/wiki/rest/api/template/page', listPageTemplates),
    route('POST', '/wiki/rest/api/template', createTemplate),
    route('GET', '/wiki/rest/api/template/{contentTemplateId}', getTemplate),
  ];
}
