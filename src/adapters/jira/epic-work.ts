// Reads an epic's work for the schedule: the epic, its children (paged search, only the needed fields), their
// issue links, and the linked issues outside the epic in batches. No request per issue: an epic of N issues
// costs ceil(N / 100) search pages, ceil(M / 100) batches for M outside issues, and two fixed calls.
import { route } from '@forge/api';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { issueKey } from '../../contract/values';
import type { WorkItem, WorkLink } from '../../domain/schedule';
import { discoverScheduleFields, scheduleFields } from './issue-fields';
import type { JiraClient } from './jira-client';
import { PAGE_SIZE, searchAll } from './search';
import { dateOnly, linksOf, toItem } from './work-items';

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
  /** The epic's children, then the issues outside it that they link to. */
  readonly items: readonly WorkItem[];
  readonly links: readonly WorkLink[];
}

/** Reads epic `epicKey` itself: BAD_REQUEST when the issue is not an epic. */
export async function readEpic(jira: JiraClient, epicKey: string): Promise<Result<Epic>> {
  const answer = await jira.request({
    path: route`/rest/api/3/issue/${epicKey}?fields=summary,issuetype,project,duedate,fixVersions`, schema: epicSchema, what: `issue ${epicKey}`,
  });
  if (!answer.ok) return answer;
  const { key, fields } = answer.data;
  if (fields.issuetype.name !== 'Epic' && fields.issuetype.hierarchyLevel !== 1) {
    return err(appError('BAD_REQUEST', `${epicKey} is a ${fields.issuetype.name}, not an epic.`, { reason: 'not-an-epic', details: { fields: ['issueKey'] } }));
  }
  const releases = fields.fixVersions
    .filter((v) => v.released !== true)
    .map((v) => ({ id: v.id, name: v.name, releaseDate: v.releaseDate ?? null }))
    .sort((a, b) => (a.releaseDate ?? '9999').localeCompare(b.releaseDate ?? '9999'));
  return ok({ key, summary: fields.summary, projectKey: fields.project.key, dueDate: dateOnly(fields.duedate), releases });
}

/** Reads epic `epicKey` and its work. */
export async function readEpicWork(jira: JiraClient, epicKey: string): Promise<Result<EpicWork>> {
  const epic = await readEpic(jira, epicKey);
  if (!epic.ok) return epic;
  const ids = await discoverScheduleFields(jira);
  if (!ids.ok) return ids;
  const children = await searchAll(jira, `parent = ${epic.data.key} ORDER BY key ASC`, scheduleFields(ids.data, true));
  if (!children.ok) return children;

  const items: WorkItem[] = [];
  const links: WorkLink[] = [];
  for (const found of children.data) {
    const item = toItem(found, ids.data, false);
    if (!item.ok) return item;
    items.push(item.data);
    links.push(...linksOf(found));
  }
  const inside = new Set(items.map((item) => item.key));
  const outside = [...new Set(links.flatMap((link) => [link.from, link.to]).filter((key) => !inside.has(key) && key !== epic.data.key))].sort();
  for (let i = 0; i < outside.length; i += PAGE_SIZE) {
    const batch = outside.slice(i, i + PAGE_SIZE);
    const found = await searchAll(jira, `key in (${batch.join(', ')})`, scheduleFields(ids.data, false));
    if (!found.ok && found.error.code === 'BAD_REQUEST') {
      // Jira refuses the whole query when one key is gone or hidden from this user: those links are left out.
      console.warn(`jira: ${batch.length} issues linked from ${epic.data.key} could not be read and are left out`);
      continue;
    }
    if (!found.ok) return found;
    for (const issue of found.data) {
      const item = toItem(issue, ids.data, true);
      if (!item.ok) return item;
      items.push(item.data);
    }
  }
  return ok({ epic: epic.data, items, links });
}

const memberSchema = z.object({ project: z.object({ key: z.string() }) });

/**
 * The project of epic `epicKey` when one of `keys` is the epic or one of its children, by one search; NOT_FOUND
 * otherwise (nothing is said of issues elsewhere).
 */
export async function projectOfEpicMember(jira: JiraClient, epicKey: string, keys: readonly string[]): Promise<Result<string>> {
  const valid = keys.filter((key) => issueKey.safeParse(key).success);
  const notFound = err<string>(appError('NOT_FOUND', `none of ${keys.join(', ')} is on the work of ${epicKey}`, { reason: 'link-not-on-epic' }));
  if (valid.length === 0) return notFound;
  const list = valid.join(', ');
  const found = await searchAll(jira, `key in (${list}) AND (parent = ${epicKey} OR key = ${epicKey})`, ['project']);
  if (!found.ok) return found.error.code === 'BAD_REQUEST' ? notFound : found;
  const member = memberSchema.safeParse(found.data[0]?.fields);
  return member.success ? ok(member.data.project.key) : notFound;
}
