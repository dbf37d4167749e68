// One issue as the dependency view needs it, read as the caller: its summary and status, whether it is an epic, its
// direct issue links, and the release it belongs to: its own soonest unreleased fix version, else its epic's.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { StatusCategory } from '../../domain/schedule';
import type { JiraClient } from './jira-client';
import { statusCategoryOf } from './work-items';

const status = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) });
const linked = z.object({ key: z.string(), fields: z.object({ summary: z.string().default(''), status }) });
const versions = z.array(z.object({ id: z.string(), name: z.string(), releaseDate: z.string().optional(), released: z.boolean().optional() })).default([]);
const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string().default(''),
    status,
    issuetype: z.object({ name: z.string(), hierarchyLevel: z.number().optional() }),
    fixVersions: versions,
    parent: z.object({ key: z.string() }).optional(),
    issuelinks: z.array(z.object({ id: z.string(), type: z.object({ name: z.string() }), inwardIssue: linked.optional(), outwardIssue: linked.optional() })).default([]),
  }),
});
const parentSchema = z.object({ fields: z.object({ fixVersions: versions }) });

export interface IssueSummary {
  readonly key: string;
  readonly summary: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
}

export interface IssueReleases {
  readonly issue: IssueSummary;
  readonly isEpic: boolean;
  readonly epicKey: string | null;
  /** The release the issue is scheduled in: its soonest unreleased fix version, else its epic's; null for none. */
  readonly versionId: string | null;
  readonly directLinks: readonly { readonly id: string; readonly issueLinkType: string; readonly direction: 'outward' | 'inward'; readonly issue: IssueSummary }[];
}

const summaryOf = (key: string, fields: { summary: string; status: z.infer<typeof status> }): IssueSummary =>
  ({ key, summary: fields.summary, status: fields.status.name, statusCategory: statusCategoryOf(fields.status.statusCategory.key) });

function soonestUnreleased(list: z.infer<typeof versions>): string | null {
  const open = list.filter((v) => v.released !== true).sort((a, b) => (a.releaseDate ?? '9999').localeCompare(b.releaseDate ?? '9999'));
  return open[0]?.id ?? null;
}

/** Reads issue `issueKey` (NOT_FOUND when the caller cannot see it) and, when it has no release of its own, its epic's. */
export async function readIssueReleases(jira: JiraClient, issueKey: string): Promise<Result<IssueReleases>> {
  const answer = await jira.request({
    path: route`/rest/api/3/issue/${issueKey}?fields=summary,status,issuetype,fixVersions,parent,issuelinks`, schema: issueSchema, what: `issue ${issueKey}`,
  });
  if (!answer.ok) return answer;
  const { key, fields } = answer.data;
  const epicKey = fields.parent?.key ?? null;
  let versionId = soonestUnreleased(fields.fixVersions);
  if (versionId === null && epicKey !== null) {
    const parent = await jira.request({ path: route`/rest/api/3/issue/${epicKey}?fields=fixVersions`, schema: parentSchema, what: `issue ${epicKey}` });
    if (!parent.ok && parent.error.code !== 'NOT_FOUND') return parent;
    versionId = parent.ok ? soonestUnreleased(parent.data.fields.fixVersions) : null;
  }
  return ok({
    issue: summaryOf(key, fields),
    isEpic: fields.issuetype.name === 'Epic' || fields.issuetype.hierarchyLevel === 1,
    epicKey,
    versionId,
    directLinks: fields.issuelinks.flatMap((link): IssueReleases['directLinks'][number][] => {
      // Seen from this issue, the other end of "this blocks it" is the link's outwardIssue.
      if (link.outwardIssue !== undefined) return [{ id: link.id, issueLinkType: link.type.name, direction: 'outward', issue: summaryOf(link.outwardIssue.key, link.outwardIssue.fields) }];
      if (link.inwardIssue !== undefined) return [{ id: link.id, issueLinkType: link.type.name, direction: 'inward', issue: summaryOf(link.inwardIssue.key, link.inwardIssue.fields) }];
      return [];
    }),
  });
}
