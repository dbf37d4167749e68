// Jira issue search through POST /rest/api/3/search/jql, page by page with nextPageToken (the old /search is gone).
import { route } from '@forge/api';
import { z } from 'zod';
import type { Result } from '../result';
import { ok } from '../result';
import { requestJira, type Principal } from './jira-client';
import type { RetryBudget } from './retry-budget';

export const PAGE_SIZE = 100;

const searchPage = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export type FoundIssue = z.infer<typeof searchPage>['issues'][number];

/** Every issue matching `jql`, with only `fields`; the user's permissions decide what is seen. */
export async function searchAll(jql: string, fields: readonly string[], budget: RetryBudget, as: Principal = 'user'): Promise<Result<FoundIssue[]>> {
  const issues: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await requestJira({
      as, method: 'POST', path: route`/rest/api/3/search/jql`, schema: searchPage, what: 'the issue search', budget,
      body: { jql, fields, maxResults: PAGE_SIZE, ...(nextPageToken === undefined ? {} : { nextPageToken }) },
    });
    if (!page.ok) return page;
    issues.push(...page.value.issues);
    const token = page.value.nextPageToken ?? undefined;
    if (page.value.isLast === true || token === undefined || page.value.issues.length === 0) return ok(issues);
    nextPageToken = token;
  }
}
