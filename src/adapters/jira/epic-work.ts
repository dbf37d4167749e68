// Reads an epic's work for the schedule: the epic, its children (paged search, only the needed fields), their
// issue links, and the linked issues outside the epic in batches. No request per issue: an epic of N issues
// costs ceil(N / 100) search pages, ceil(M / 100) batches for M outside issues, and two fixed calls.
import { route } from '@forge/api';
import { z } from 'zod';
import { appError } from '../../contract';
import { issueKey } from '../../contract/schedule';
import type { StatusCategory, WorkItem, WorkLink } from '../../domain/schedule/issue-plan';
import { err, ok, type Result } from '../result';
import { discoverScheduleFields, scheduleFields, type ScheduleFieldIds } from './issue-fields';
import { requestJira } from './jira-client';
import type { RetryBudget } from './retry-budget';
import { PAGE_SIZE, searchAll, type FoundIssue } from './search';

// Keys are checked against the issue-key pattern before they go into JQL.
const epicSchema = z.object({
  id: z.string(),
  key: issueKey,
  fields: z.object({
    summary: z.string(),
    issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().optional() }),
    project: z.object({ id: z.string(), key: z.string() }),
    duedate: z.string().nullish(),
    fixVersions: z.array(z.object({ id: z.string(), name: z.string(), releaseDate: z.string().optional(), released: z.boolean().optional() })).default([]),
  }),
});

const linkedIssue = z.object({ key: issueKey });
const issueLinks = z.array(z.object({
  id: z.string(),
  type: z.object({ name: z.string() }),
  inwardIssue: linkedIssue.optional(),
  outwardIssue: linkedIssue.optional(),
}));

const rowFields = z.object({
  summary: z.string().default(''),
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullish(),
  timeoriginalestimate: z.number().nullish(),
  duedate: z.string().nullish(),
  resolutiondate: z.string().nullish(),
  statuscategorychangedate: z.string().nullish(),
  issuelinks: issueLinks.optional(),
});

export interface EpicRow {
  readonly item: WorkItem;
  readonly status: string;
  readonly assignee: { readonly accountId: string; readonly displayName: string } | null;
  readonly external: boolean;
}

export interface Epic {
  readonly key: string;
  readonly summary: string;
  readonly projectKey: string;
  readonly dueDate: string | null;
  /** The epic's unreleased fix versions, soonest release first. */
  readonly releases: readonly { readonly id: string; readonly name: string; readonly releaseDate: string | null }[];
}

export interface EpicWork {
  readonly epic: Epic;
  readonly rows: readonly EpicRow[];
  readonly links: readonly WorkLink[];
}

const dateOnly = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : value.slice(0, 10));

function statusCategoryOf(key: string): StatusCategory {
  return key === 'done' ? 'done' : key === 'indeterminate' ? 'indeterminate' : 'new';
}

function toRow(found: FoundIssue, ids: ScheduleFieldIds, external: boolean): Result<EpicRow> {
  const parsed = rowFields.safeParse(found.fields);
  if (!parsed.success) return err(appError('UNAVAILABLE', `Jira answered ${found.key} in an unexpected shape.`));
  const f = parsed.data;
  const points = ids.storyPoints === undefined ? undefined : found.fields[ids.storyPoints];
  const start = ids.startDate === undefined ? undefined : found.fields[ids.startDate];
  return ok({
    item: {
      key: found.key,
      summary: f.summary,
      statusCategory: statusCategoryOf(f.status.statusCategory.key),
      estimateSeconds: f.timeoriginalestimate ?? null,
      storyPoints: typeof points === 'number' ? points : null,
      startDate: typeof start === 'string' ? dateOnly(start) : null,
      dueDate: dateOnly(f.duedate),
      categoryChangedOn: dateOnly(f.statuscategorychangedate),
      resolvedOn: dateOnly(f.resolutiondate),
      assignee: f.assignee?.accountId ?? null,
    },
    status: f.status.name,
    assignee: f.assignee === null || f.assignee === undefined ? null : { accountId: f.assignee.accountId, displayName: f.assignee.displayName },
    external,
  });
}

function linksOf(found: FoundIssue): WorkLink[] {
  const parsed = issueLinks.safeParse(found.fields.issuelinks ?? []);
  if (!parsed.success) return [];
  return parsed.data.flatMap((link): WorkLink[] => {
    if (link.outwardIssue !== undefined) return [{ id: link.id, from: found.key, to: link.outwardIssue.key, typeName: link.type.name }];
    if (link.inwardIssue !== undefined) return [{ id: link.id, from: link.inwardIssue.key, to: found.key, typeName: link.type.name }];
    return [];
  });
}

/** Reads epic `epicKey` itself as the signed-in user: BAD_REQUEST when the issue is not an epic. */
export async function readEpic(epicKey: string, budget: RetryBudget): Promise<Result<Epic>> {
  const answer = await requestJira({
    as: 'user', path: route`/rest/api/3/issue/${epicKey}?fields=summary,issuetype,project,duedate,fixVersions`, schema: epicSchema, what: `issue ${epicKey}`, budget,
  });
  if (!answer.ok) return answer;
  const { key, fields } = answer.value;
  if (fields.issuetype.name !== 'Epic' && fields.issuetype.hierarchyLevel !== 1) {
    return err(appError('BAD_REQUEST', `${epicKey} is a ${fields.issuetype.name}, not an epic.`, { fields: ['issueKey'] }));
  }
  const releases = fields.fixVersions
    .filter((v) => v.released !== true)
    .map((v) => ({ id: v.id, name: v.name, releaseDate: v.releaseDate ?? null }))
    .sort((a, b) => (a.releaseDate ?? '9999').localeCompare(b.releaseDate ?? '9999'));
  return ok({ key, summary: fields.summary, projectKey: fields.project.key, dueDate: dateOnly(fields.duedate), releases });
}

/** Reads epic `epicKey` and its work as the signed-in user. */
export async function readEpicWork(epicKey: string, budget: RetryBudget): Promise<Result<EpicWork>> {
  const epic = await readEpic(epicKey, budget);
  if (!epic.ok) return epic;
  const ids = await discoverScheduleFields(budget);
  if (!ids.ok) return ids;
  const children = await searchAll(`parent = ${epic.value.key} ORDER BY key ASC`, scheduleFields(ids.value, true), budget);
  if (!children.ok) return children;

  const rows: EpicRow[] = [];
  const links: WorkLink[] = [];
  for (const found of children.value) {
    const row = toRow(found, ids.value, false);
    if (!row.ok) return row;
    rows.push(row.value);
    links.push(...linksOf(found));
  }
  const inside = new Set(rows.map((row) => row.item.key));
  const outside = [...new Set(links.flatMap((link) => [link.from, link.to]).filter((key) => !inside.has(key) && key !== epic.value.key))].sort();
  for (let i = 0; i < outside.length; i += PAGE_SIZE) {
    const batch = outside.slice(i, i + PAGE_SIZE);
    const found = await searchAll(`key in (${batch.join(', ')})`, scheduleFields(ids.value, false), budget);
    if (!found.ok && found.error.code === 'BAD_REQUEST') {
      // Jira refuses the whole query when one key is gone or hidden from this user: those links are left out.
      console.warn(`jira: ${batch.length} issues linked from ${epic.value.key} could not be read and are left out`);
      continue;
    }
    if (!found.ok) return found;
    for (const issue of found.value) {
      const row = toRow(issue, ids.value, true);
      if (!row.ok) return row;
      rows.push(row.value);
    }
  }
  return ok({ epic: epic.value, rows, links });
}
