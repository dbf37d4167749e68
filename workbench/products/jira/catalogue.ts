// Jira site metadata the demo project uses: issue types, statuses and categories, priorities, resolutions,
// link types and the field list (system and custom fields with their schemas), as Jira Cloud spells them.

import type { IssueTypeName, LinkTypeName, PriorityName, ResolutionName, StatusName } from '../../seed/demo-site';

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export const STATUS_CATEGORIES: Readonly<Record<StatusCategoryKey, { id: number; key: StatusCategoryKey; colorName: string; name: string }>> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export const STATUSES: Readonly<Record<StatusName, { id: string; category: StatusCategoryKey }>> = {
  'To Do': { id: '10000', category: 'new' },
  'In Progress': { id: '3', category: 'indeterminate' },
  'In Review': { id: '10001', category: 'indeterminate' },
  Done: { id: '10002', category: 'done' },
};

export const ISSUE_TYPES: Readonly<Record<IssueTypeName, { id: string; hierarchyLevel: number; description: string }>> = {
  Epic: { id: '10000', hierarchyLevel: 1, description: 'A collection of related bugs, stories, and tasks.' },
  Story: { id: '10001', hierarchyLevel: 0, description: 'Functionality or a feature expressed as a user goal.' },
  Task: { id: '10002', hierarchyLevel: 0, description: 'A small, distinct piece of work.' },
  Bug: { id: '10004', hierarchyLevel: 0, description: 'A problem or error.' },
  Test: { id: '10005', hierarchyLevel: 0, description: 'A test case or test run.' },
};

export const PRIORITIES: Readonly<Record<PriorityName, { id: string }>> = {
  Blocker: { id: '1' },
  Critical: { id: '2' },
  Major: { id: '3' },
  Minor: { id: '4' },
  Trivial: { id: '5' },
};

export const RESOLUTIONS: Readonly<Record<ResolutionName, { id: string; description: string }>> = {
  Done: { id: '10000', description: 'Work has been completed on this issue.' },
  "Won't Do": { id: '10001', description: 'This issue won\'t be actioned.' },
};

export const LINK_TYPES: Readonly<Record<LinkTypeName, { id: string; inward: string; outward: string }>> = {
  Blocks: { id: '10000', inward: 'is blocked by', outward: 'blocks' },
  Cloners: { id: '10001', inward: 'is cloned by', outward: 'clones' },
  Duplicate: { id: '10002', inward: 'is duplicated by', outward: 'duplicates' },
  Relates: { id: '10003', inward: 'relates to', outward: 'relates to' },
};

export interface FieldDefinition {
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  readonly navigable: boolean;
  readonly clauseNames: readonly string[];
  readonly schema?: Readonly<Record<string, string | number>>;
}

const system = (id: string, name: string, schema: Record<string, string> | undefined, clauseNames: readonly string[] = [id], navigable = true): FieldDefinition => ({
  id, name, custom: false, navigable, clauseNames, ...(schema ? { schema: { ...schema, system: id } } : {}),
});
const custom = (n: number, name: string, type: string, customType: string, items?: string): FieldDefinition => ({
  id: `customfield_${String(n)}`, name, custom: true, navigable: true, clauseNames: [`cf[${String(n)}]`, name],
  schema: { type, ...(items !== undefined ? { items } : {}), custom: customType, customId: n },
});

/** The fields `GET /rest/api/3/field` lists and the search can return. */
export const FIELDS: readonly FieldDefinition[] = [
  system('summary', 'Summary', { type: 'string' }),
  system('issuetype', 'Issue Type', { type: 'issuetype' }, ['issuetype', 'type']),
  system('status', 'Status', { type: 'status' }),
  system('statusCategory', 'Status Category', { type: 'statusCategory' }),
  system('priority', 'Priority', { type: 'priority' }),
  system('resolution', 'Resolution', { type: 'resolution' }),
  system('resolutiondate', 'Resolved', { type: 'datetime' }, ['resolved', 'resolutiondate']),
  system('assignee', 'Assignee', { type: 'user' }),
  system('reporter', 'Reporter', { type: 'user' }),
  system('created', 'Created', { type: 'datetime' }, ['created', 'createdDate']),
  system('updated', 'Updated', { type: 'datetime' }, ['updated', 'updatedDate']),
  system('statuscategorychangedate', 'Status Category Changed', { type: 'datetime' }, ['statusCategoryChangedDate']),
  system('duedate', 'Due date', { type: 'date' }, ['due', 'duedate']),
  system('timeoriginalestimate', 'Original estimate', { type: 'number' }, ['originalEstimate', 'timeoriginalestimate']),
  system('timeestimate', 'Remaining Estimate', { type: 'number' }, ['remainingEstimate', 'timeestimate']),
  system('aggregatetimeoriginalestimate', 'Σ Original Estimate', { type: 'number' }, []),
  system('fixVersions', 'Fix versions', { type: 'array', items: 'version' }, ['fixVersion']),
  system('labels', 'Labels', { type: 'array', items: 'string' }),
  system('issuelinks', 'Linked Issues', { type: 'array', items: 'issuelinks' }, ['issueLink']),
  system('parent', 'Parent', undefined, ['parent']),
  system('project', 'Project', { type: 'project' }),
  system('issuekey', 'Key', undefined, ['id', 'issue', 'issuekey', 'key'], false),
  custom(10014, 'Epic Link', 'any', 'com.pyxis.greenhopper.jira:gh-epic-link'),
  custom(10015, 'Start date', 'date', 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker'),
  custom(10016, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points'),
  custom(10019, 'Rank', 'any', 'com.pyxis.greenhopper.jira:gh-lexo-rank'),
  custom(10020, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', 'json'),
];

/** Field ids `*navigable` returns: everything but the issue key pseudo-field. */
export const NAVIGABLE_FIELD_IDS: readonly string[] = FIELDS.filter((f) => f.navigable).map((f) => f.id);
export const FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.map((f) => f.id));
