// Renders a demo issue the way Jira Cloud REST v3 returns it: `{ id, key, self, fields }` with only the
// requested fields, each in its real shape (status with statusCategory, users, versions, issuelinks, parent).

import type { DemoIssue, DemoIssueLink, DemoUser, DemoVersion } from '../../seed/demo-site';
import { FIELD_IDS, FIELDS, ISSUE_TYPES, LINK_TYPES, NAVIGABLE_FIELD_IDS, PRIORITIES, RESOLUTIONS, STATUS_CATEGORIES, STATUSES } from './catalogue';
import type { JiraState } from './state';

export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/**
 * Resolves a `fields` list (`summary`, `*all`, `*navigable`, `-comment`, `id`) to field ids.
 * Unknown names are ignored, as Jira does.
 */
export function resolveFieldSelection(requested: readonly string[]): string[] {
  const selected = new Set<string>();
  const byName = new Map(FIELDS.map((f) => [f.name.toLowerCase(), f.id]));
  const idOf = (name: string): string | undefined => (FIELD_IDS.has(name) ? name : byName.get(name.toLowerCase()));
  for (const entry of requested) {
    if (entry === '*all') for (const id of FIELD_IDS) { if (id !== 'issuekey') selected.add(id); }
    else if (entry === '*navigable') for (const id of NAVIGABLE_FIELD_IDS) selected.add(id);
    else if (!entry.startsWith('-')) { const id = idOf(entry); if (id !== undefined && id !== 'issuekey') selected.add(id); }
  }
  for (const entry of requested) {
    if (entry.startsWith('-')) { const id = idOf(entry.slice(1)); if (id !== undefined) selected.delete(id); }
  }
  return [...selected];
}

const icon = (state: JiraState, path: string): string => `${state.baseUrl}${path}`;

export function userView(state: JiraState, user: DemoUser): Record<string, unknown> {
  return {
    self: `${state.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    avatarUrls: Object.fromEntries(['48x48', '24x24', '16x16', '32x32'].map((size) => [size, `https://avatar-management.services.atlassian.com/default/${size.split('x')[0] ?? '48'}`])),
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
    accountType: 'atlassian',
  };
}

export function versionView(state: JiraState, version: DemoVersion): Record<string, unknown> {
  return {
    self: `${state.baseUrl}/rest/api/3/version/${version.id}`,
    id: version.id,
    description: version.description,
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.releaseDate !== null ? { releaseDate: version.releaseDate } : {}),
  };
}

function statusView(state: JiraState, issue: DemoIssue): Record<string, unknown> {
  const status = STATUSES[issue.status];
  return {
    self: `${state.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: icon(state, '/'),
    name: issue.status,
    id: status.id,
    statusCategory: statusCategoryView(state, issue),
  };
}

function statusCategoryView(state: JiraState, issue: DemoIssue): Record<string, unknown> {
  const category = STATUS_CATEGORIES[STATUSES[issue.status].category];
  return { self: `${state.baseUrl}/rest/api/3/statuscategory/${String(category.id)}`, ...category };
}

function issueTypeView(state: JiraState, issue: DemoIssue): Record<string, unknown> {
  const type = ISSUE_TYPES[issue.issueType];
  return {
    self: `${state.baseUrl}/rest/api/3/issuetype/${type.id}`, id: type.id, description: type.description,
    iconUrl: icon(state, `/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}?size=medium`),
    name: issue.issueType, subtask: false, hierarchyLevel: type.hierarchyLevel,
  };
}

function priorityView(state: JiraState, issue: DemoIssue): Record<string, unknown> {
  const priority = PRIORITIES[issue.priority];
  return { self: `${state.baseUrl}/rest/api/3/priority/${priority.id}`, iconUrl: icon(state, `/images/icons/priorities/${issue.priority.toLowerCase()}.svg`), name: issue.priority, id: priority.id };
}

/** The compact form of a linked or parent issue: summary, status, priority, issuetype. */
/** An issue-link type as Jira spells it inside a link. */
export function linkTypeView(state: JiraState, name: DemoIssueLink['type']): Record<string, unknown> {
  const type = LINK_TYPES[name];
  return { id: type.id, name, inward: type.inward, outward: type.outward, self: `${state.baseUrl}/rest/api/3/issueLinkType/${type.id}` };
}

export function issueRef(state: JiraState, issue: DemoIssue): Record<string, unknown> {
  return {
    id: issue.id, key: issue.key, self: `${state.baseUrl}/rest/api/3/issue/${issue.id}`,
    fields: { summary: issue.summary, status: statusView(state, issue), priority: priorityView(state, issue), issuetype: issueTypeView(state, issue) },
  };
}

function linkView(state: JiraState, issue: DemoIssue, link: DemoIssueLink): Record<string, unknown> | undefined {
  const outward = link.fromIssueId === issue.id;
  const other = state.issuesById.get(outward ? link.toIssueId : link.fromIssueId);
  if (!other) return undefined;
  return {
    id: link.id,
    self: `${state.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: linkTypeView(state, link.type),
    [outward ? 'outwardIssue' : 'inwardIssue']: issueRef(state, other),
  };
}

function aggregateEstimate(state: JiraState, issue: DemoIssue): number | null {
  const children = state.childrenByParent.get(issue.id) ?? [];
  const values = [issue.originalEstimateSeconds, ...children.map((c) => c.originalEstimateSeconds)].filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

function fieldValue(state: JiraState, issue: DemoIssue, field: string): unknown {
  const user = (accountId: string | null): unknown => {
    const u = accountId === null ? undefined : state.usersById.get(accountId);
    return u ? userView(state, u) : null;
  };
  switch (field) {
    case 'summary': return issue.summary;
    case 'issuetype': return issueTypeView(state, issue);
    case 'status': return statusView(state, issue);
    case 'statusCategory': return statusCategoryView(state, issue);
    case 'priority': return priorityView(state, issue);
    case 'resolution': {
      if (issue.resolution === null) return null;
      const r = RESOLUTIONS[issue.resolution];
      return { self: `${state.baseUrl}/rest/api/3/resolution/${r.id}`, id: r.id, description: r.description, name: issue.resolution };
    }
    case 'resolutiondate': return issue.resolutiondate;
    case 'assignee': return user(issue.assigneeId);
    case 'reporter': return user(issue.reporterId);
    case 'created': return issue.created;
    case 'updated': return issue.updated;
    case 'statuscategorychangedate': return issue.statuscategorychangedate;
    case 'duedate': return issue.duedate;
    case 'timeoriginalestimate': return issue.originalEstimateSeconds;
    case 'timeestimate': return issue.originalEstimateSeconds === null ? null : issue.status === 'Done' ? 0 : issue.originalEstimateSeconds;
    case 'aggregatetimeoriginalestimate': return aggregateEstimate(state, issue);
    case 'fixVersions': return issue.fixVersionIds.flatMap((id) => { const v = state.versionsById.get(id); return v ? [versionView(state, v)] : []; });
    case 'labels': return [...issue.labels];
    case 'issuelinks': return (state.linksByIssue.get(issue.id) ?? []).flatMap((l) => { const v = linkView(state, issue, l); return v ? [v] : []; });
    case 'parent': {
      const parent = issue.parentId === null ? undefined : state.issuesById.get(issue.parentId);
      return parent ? issueRef(state, parent) : undefined;
    }
    case 'project': {
      const p = state.site.jira.project;
      return { self: `${state.baseUrl}/rest/api/3/project/${p.id}`, id: p.id, key: p.key, name: p.name, projectTypeKey: 'software', simplified: false };
    }
    case 'customfield_10014': return null;
    case 'customfield_10015': return issue.startDate;
    case 'customfield_10016': return issue.storyPoints;
    case 'customfield_10019': return `0|i${issue.rank.toString(36).padStart(5, '0')}:`;
    case 'customfield_10020': return null;
    default: return undefined;
  }
}

/** `{ expand, id, self, key, fields }` with exactly the selected fields (a missing parent is left out, as in Jira). */
export function issueView(state: JiraState, issue: DemoIssue, fieldIds: readonly string[], properties: readonly string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const id of fieldIds) {
    const value = fieldValue(state, issue, id);
    if (value !== undefined) fields[id] = value;
  }
  const view: Record<string, unknown> = { expand: ISSUE_EXPAND, id: issue.id, self: `${state.baseUrl}/rest/api/3/issue/${issue.id}`, key: issue.key, fields };
  if (properties.length > 0) {
    view.properties = Object.fromEntries(properties.filter((p) => p in issue.properties).map((p) => [p, issue.properties[p]]));
  }
  return view;
}
