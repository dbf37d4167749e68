// The Jira Cloud REST v3 endpoints the workbench emulates, by method and path template.

import { route, type Route } from '../router';
import { getIssue, listIssueProperties, getIssueProperty, putIssueProperty, deleteIssueProperty } from './issues';
import { bulkFetch } from './bulk-fetch';
import { jiraEditRoutes, type ProductEventListener } from './issue-edits';
import { getIssueLink } from './issue-links';
import { createOrUpdateRemoteLink, listRemoteLinks } from './remote-links';
import { listFields, listIssueLinkTypes } from './metadata';
import {
  createRelatedWork, createUpdateVersion, deleteRelatedWork, getProject, getRelatedIssueCounts, getUnresolvedIssueCount, getVersion, listProjectVersions, listRelatedWork,
  listRoleDetails, searchProjects, updateRelatedWork,
  type VersionReleasedListener,
} from './projects';
import { approximateCount, removedSearch, searchGet, searchPost } from './search';
import type { JiraState } from './state';
import { assignableUsers, bulkUsers, getUser, getUserGroups, myPermissions, myself } from './users';

export function jiraRoutes(onVersionReleased: VersionReleasedListener | undefined, onEvent?: ProductEventListener): Route<JiraState>[] {
  const edits = jiraEditRoutes(onEvent);
  return [
    route('POST', '/rest/api/3/search/jql', searchPost),
    route('GET', '/rest/api/3/search/jql', searchGet),
    route('POST', '/rest/api/3/search/approximate-count', approximateCount),
    route('GET', '/rest/api/3/search', removedSearch),
    route('POST', '/rest/api/3/search', removedSearch),
    route('POST', '/rest/api/3/issue/bulkfetch', bulkFetch),
    route('POST', '/rest/api/3/issue', edits.createIssue),
    route('GET', '/rest/api/3/issue/{issueIdOrKey}', getIssue),
    route('PUT', '/rest/api/3/issue/{issueIdOrKey}', edits.editIssue),
    route('DELETE', '/rest/api/3/issue/{issueIdOrKey}', edits.deleteIssue),
    route('GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', edits.listTransitions),
    route('POST', '/rest/api/3/issue/{issueIdOrKey}/transitions', edits.doTransition),
    route('GET', '/rest/api/3/issue/{issueIdOrKey}/remotelink', listRemoteLinks),
    route('POST', '/rest/api/3/issue/{issueIdOrKey}/remotelink', createOrUpdateRemoteLink),
    route('GET', '/rest/api/3/issue/{issueIdOrKey}/properties', listIssueProperties),
    route('GET', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', getIssueProperty),
    route('PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', putIssueProperty),
    route('DELETE', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', deleteIssueProperty),
    route('GET', '/rest/api/3/field', listFields),
    route('POST', '/rest/api/3/issueLink', edits.createLink),
    route('GET', '/rest/api/3/issueLink/{linkId}', getIssueLink),
    route('DELETE', '/rest/api/3/issueLink/{linkId}', edits.deleteLink),
    route('GET', '/rest/api/3/issueLinkType', listIssueLinkTypes),
    route('GET', '/rest/api/3/project/search', searchProjects),
    route('GET', '/rest/api/3/project/{projectIdOrKey}', getProject),
    route('GET', '/rest/api/3/project/{projectIdOrKey}/versions', listProjectVersions),
    route('GET', '/rest/api/3/project/{projectIdOrKey}/roledetails', listRoleDetails),
    route('GET', '/rest/api/3/version/{id}', getVersion),
    route('GET', '/rest/api/3/version/{id}/unresolvedIssueCount', getUnresolvedIssueCount),
    route('GET', '/rest/api/3/version/{id}/relatedIssueCounts', getRelatedIssueCounts),
    route('PUT', '/rest/api/3/version/{id}', createUpdateVersion(onVersionReleased)),
    route('GET', '/rest/api/3/version/{id}/relatedwork', listRelatedWork),
    route('POST', '/rest/api/3/version/{id}/relatedwork', createRelatedWork),
    route('PUT', '/rest/api/3/version/{id}/relatedwork', updateRelatedWork),
    route('DELETE', '/rest/api/3/version/{versionId}/relatedwork/{relatedWorkId}', deleteRelatedWork),
    route('GET', '/rest/api/3/myself', myself),
    route('GET', '/rest/api/3/user', getUser),
    route('GET', '/rest/api/3/user/groups', getUserGroups),
    route('GET', '/rest/api/3/user/bulk', bulkUsers),
    route('GET', '/rest/api/3/user/assignable/search', assignableUsers),
    route('GET', '/rest/api/3/mypermissions', myPermissions),
  ];
}
