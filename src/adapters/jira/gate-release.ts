// What the release gate reads of Jira about a release (a fix version): the version with its driver (the release
// owner) and its native approvers (read-only: Jira has no REST write for them), the version's issue counts (one
// request, not a fetch of every issue), the project's releases, and the open Blocker/Critical bugs by one JQL.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';
import { searchKeys } from './search';
import { dateOnly } from './work-items';

export interface NativeApprover {
  readonly accountId: string;
  readonly status: string;
  readonly description: string | null;
}

export interface GateRelease {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: string | null;
  readonly released: boolean;
  readonly archived: boolean;
  readonly projectId: string;
  readonly projectKey: string;
  /** The site's address, from the version's own REST address (for links back into Jira). */
  readonly siteUrl: string;
  readonly driverAccountId: string | null;
  readonly approvers: readonly NativeApprover[];
}

const id = z.union([z.string(), z.number()]).transform(String);
const versionSchema = z.object({
  id: z.string(), self: z.string().default(''), name: z.string(), releaseDate: z.string().optional(), released: z.boolean().default(false), archived: z.boolean().default(false),
  projectId: id, driver: z.string().optional(),
  approvers: z.array(z.object({ accountId: z.string(), status: z.string(), description: z.string().nullish() })).default([]),
});
const projectSchema = z.object({ id, key: z.string() });

function releaseOf(version: z.infer<typeof versionSchema>, projectKey: string): GateRelease {
  return {
    id: version.id, name: version.name, releaseDate: dateOnly(version.releaseDate), released: version.released, archived: version.archived,
    projectId: version.projectId, projectKey, siteUrl: version.self.replace(/\/rest\/api\/.*$/, ''), driverAccountId: version.driver ?? null,
    approvers: version.approvers.map((a) => ({ accountId: a.accountId, status: a.status, description: a.description ?? null })),
  };
}

/** Release `versionId` with its owner and approvers, and its project's key (NOT_FOUND when the actor cannot see it). */
export async function readGateRelease(jira: JiraClient, versionId: string): Promise<Result<GateRelease>> {
  const version = await jira.request({ path: route`/rest/api/3/version/${versionId}?expand=approvers,driver`, schema: versionSchema, what: `release ${versionId}` });
  if (!version.ok) return version;
  const project = await jira.request({ path: route`/rest/api/3/project/${version.data.projectId}`, schema: projectSchema, what: `the project of release ${versionId}` });
  if (!project.ok) return project;
  return ok(releaseOf(version.data, project.data.key));
}

/** The project's releases (with owners and approvers), in Jira's order. */
export async function readProjectReleases(jira: JiraClient, projectKey: string): Promise<Result<GateRelease[]>> {
  const listed = await jira.request({ path: route`/rest/api/3/project/${projectKey}/versions?expand=approvers,driver`, schema: z.array(versionSchema), what: `the releases of ${projectKey}` });
  return listed.ok ? ok(listed.data.map((version) => releaseOf(version, projectKey))) : listed;
}

const countsSchema = z.object({ issuesCount: z.number().int().min(0), issuesUnresolvedCount: z.number().int().min(0) });

/** How many issues the release has and how many of them are unresolved: one request, whatever the release's size. */
export async function readUnresolvedCount(jira: JiraClient, versionId: string): Promise<Result<{ issues: number; unresolved: number }>> {
  const counts = await jira.request({ path: route`/rest/api/3/version/${versionId}/unresolvedIssueCount`, schema: countsSchema, what: `the issue counts of release ${versionId}` });
  return counts.ok ? ok({ issues: counts.data.issuesCount, unresolved: counts.data.issuesUnresolvedCount }) : counts;
}

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The open bugs of the release at one of `priorities`: one key-only search (5,000 a page). */
export async function readOpenBugKeys(jira: JiraClient, versionId: string, priorities: readonly string[]): Promise<Result<string[]>> {
  const jql = `fixVersion = ${versionId} AND issuetype = Bug AND priority in (${priorities.map(quoted).join(', ')}) AND statusCategory != Done ORDER BY key ASC`;
  const found = await searchKeys(jira, jql);
  return found.ok ? ok(found.data.map((issue) => issue.key)) : found;
}
