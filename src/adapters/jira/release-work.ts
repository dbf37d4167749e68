// Reads a release's work for one CPM across its epics: the release (a Jira fix version) and its project, then keys
// first (id/key-only searches, 5,000 a page: the issues of the release, its epics, their children), then the
// fields of all of them in parallel bulk fetches of 100, then the issues outside it that they link to, likewise.
// A release of N issues with M outside costs about ceil(N / 100) + ceil(M / 100) requests plus a few searches.
// Any part that cannot be read fails the whole read, naming the part: nothing is scheduled from half a release.
import { route } from '@forge/api';
import { z } from 'zod';
import { appError, err, ok, type ReleasePart, type Result } from '../../contract';
import type { WorkItem, WorkLink } from '../../domain/schedule';
import { bulkFetch } from './bulk-fetch';
import { discoverScheduleFields, scheduleFields } from './issue-fields';
import type { JiraClient } from './jira-client';
import { searchKeys } from './search';
import { dateOnly, linksOf, toItem } from './work-items';

export interface Release {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: string | null;
  readonly released: boolean;
  readonly projectKey: string;
}

export interface ReleaseKeys {
  /** Issue key -> id of every issue of the release and every child of its epics, epics included. */
  readonly members: ReadonlyMap<string, string>;
  readonly epicKeys: ReadonlySet<string>;
}

export interface ReleaseWork {
  /** The release's issues and its epics' children (not the epics), then the outside issues they link to. */
  readonly items: readonly WorkItem[];
  readonly links: readonly WorkLink[];
  /** The epic of each task (null: none, or an outside issue). */
  readonly epicOf: ReadonlyMap<string, string | null>;
  readonly epics: readonly { readonly key: string; readonly summary: string }[];
  /** Issue key -> id of every issue read (epics and outside issues included), for the membership index. */
  readonly ids: ReadonlyMap<string, string>;
}

const versionSchema = z.object({
  id: z.string(), name: z.string(), releaseDate: z.string().optional(), released: z.boolean().default(false),
  projectId: z.union([z.string(), z.number()]).transform(String),
});
const projectSchema = z.object({ key: z.string() });
const memberFields = z.object({
  issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().optional() }).optional(),
  parent: z.object({ key: z.string() }).optional(),
  summary: z.string().default(''),
});

/** A failure of part `part`: UNAVAILABLE becomes "the release could not be read in full", naming the part. */
function failedAt<T>(part: ReleasePart, result: Result<unknown> & { ok: false }): Result<T> {
  const { error } = result;
  if (error.code !== 'UNAVAILABLE' && error.code !== 'RATE_LIMITED') return err(error);
  const reason = error.code === 'UNAVAILABLE' ? 'release-read-incomplete' : error.reason;
  return err(appError(error.code, `${error.message} (reading ${part})`, { ...(reason === undefined ? {} : { reason }), details: { ...error.details, failed: part } }));
}

/** The release `versionId` and its project, as the actor sees them (NOT_FOUND when hidden). */
export async function readRelease(jira: JiraClient, versionId: string): Promise<Result<Release>> {
  const version = await jira.request({ path: route`/rest/api/3/version/${versionId}`, schema: versionSchema, what: `release ${versionId}` });
  if (!version.ok) return version.error.code === 'NOT_FOUND' ? version : failedAt('release', version);
  const project = await jira.request({ path: route`/rest/api/3/project/${version.data.projectId}`, schema: projectSchema, what: `the project of release ${versionId}` });
  if (!project.ok) return project.error.code === 'NOT_FOUND' ? project : failedAt('release', project);
  const { id, name, releaseDate, released } = version.data;
  return ok({ id, name, releaseDate: dateOnly(releaseDate), released, projectKey: project.data.key });
}

/** The keys of the release's issues, its epics and their children: id/key-only searches of 5,000 a page. */
export async function readReleaseKeys(jira: JiraClient, versionId: string): Promise<Result<ReleaseKeys>> {
  const [inRelease, epics] = await Promise.all([
    searchKeys(jira, `fixVersion = ${versionId} ORDER BY key ASC`),
    searchKeys(jira, `fixVersion = ${versionId} AND issuetype = Epic ORDER BY key ASC`),
  ]);
  if (!inRelease.ok) return failedAt('release-issues', inRelease);
  if (!epics.ok) return failedAt('release-issues', epics);
  const members = new Map(inRelease.data.map(({ key, id }) => [key, id]));
  const epicKeys = epics.data.map(({ key }) => key);
  const batches: string[][] = [];
  for (let i = 0; i < epicKeys.length; i += 100) batches.push(epicKeys.slice(i, i + 100));
  const children = await Promise.all(batches.map((batch) => searchKeys(jira, `parent in (${batch.join(', ')}) ORDER BY key ASC`)));
  for (const found of children) {
    if (!found.ok) return failedAt('epic-children', found);
    for (const { key, id } of found.data) members.set(key, id);
  }
  return ok({ members, epicKeys: new Set(epicKeys) });
}

/** Reads the fields of the release's work (`keys` from readReleaseKeys); `onProgress` hears issues read so far. */
export async function readReleaseWork(jira: JiraClient, keys: ReleaseKeys, onProgress?: (done: number) => void): Promise<Result<ReleaseWork>> {
  const ids = await discoverScheduleFields(jira);
  if (!ids.ok) return failedAt('site-metadata', ids);
  const memberKeys = [...keys.members.keys()];
  const found = await bulkFetch(jira, memberKeys, [...scheduleFields(ids.data, true), 'issuetype', 'parent'], onProgress);
  if (!found.ok) return failedAt('issue-fields', found);
  const items: WorkItem[] = [];
  const links: WorkLink[] = [];
  const epicOf = new Map<string, string | null>();
  const epics: { key: string; summary: string }[] = [];
  const read = new Map<string, string>();
  for (const issue of found.data) {
    read.set(issue.key, issue.id);
    const member = memberFields.safeParse(issue.fields);
    const type = member.success ? member.data.issuetype : undefined;
    if (keys.epicKeys.has(issue.key) || type?.name === 'Epic' || type?.hierarchyLevel === 1) {
      epics.push({ key: issue.key, summary: member.success ? member.data.summary : '' });
      continue;
    }
    const item = toItem(issue, ids.data, false);
    if (!item.ok) return failedAt('issue-fields', item);
    items.push(item.data);
    links.push(...linksOf(issue));
    const parent = member.success ? member.data.parent?.key : undefined;
    epicOf.set(issue.key, parent !== undefined && keys.members.has(parent) ? parent : null);
  }
  const outside = [...new Set(links.flatMap((link) => [link.from, link.to]))].filter((key) => !keys.members.has(key)).sort();
  const linked = await bulkFetch(jira, outside, scheduleFields(ids.data, false));
  if (!linked.ok) return failedAt('linked-issues', linked);
  for (const issue of linked.data) {
    const item = toItem(issue, ids.data, true);
    if (!item.ok) return failedAt('linked-issues', item);
    read.set(issue.key, issue.id);
    items.push(item.data);
    epicOf.set(issue.key, null);
  }
  return ok({ items, links, epicOf, epics, ids: read });
}

