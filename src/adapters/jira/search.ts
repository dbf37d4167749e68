// Jira issue search through POST /rest/api/3/search/jql, page by page with nextPageToken (the old /search is gone).
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

export const PAGE_SIZE = 100;

const searchPage = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export type FoundIssue = z.infer<typeof searchPage>['issues'][number];

/** Every issue matching `jql`, with only `fields`; the actor's permissions decide what is seen. */
export async function searchAll(jira: JiraClient, jql: string, fields: readonly string[]): Promise<Result<FoundIssue[]>> {
  const issues: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await jira.request({
      method: 'POST', path: route`/rest/api/3/search/jql`, schema: searchPage, what: 'the issue search',
      body: { jql, fields, maxResults: PAGE_SIZE, ...(nextPageToken === undefined ? {} : { nextPageToken }) },
    });
    if (!page.ok) return page;
    issues.push(...page.data.issues);
    const token = page.data.nextPageToken ?? undefined;
    if (page.data.isLast === true || token === undefined || page.data.issues.length === 0) return ok(issues);
    nextPageToken = token;
  }
}
