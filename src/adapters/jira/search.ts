// Jira issue search through POST /rest/api/3/search/jql, page by page with nextPageToken (the old /search is gone).
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';
import type { FoundIssue } from './work-items';

export const PAGE_SIZE = 100;

const searchPage = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export type { FoundIssue };

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

/** Jira's page size for searches that ask for keys only. */
export const KEYS_PAGE_SIZE = 5000;

const keysPage = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() })),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** The ids and keys of every issue matching `jql`, 5,000 a page: counting a large scope costs a request or two. */
export async function searchKeys(jira: JiraClient, jql: string): Promise<Result<{ id: string; key: string }[]>> {
  const issues: { id: string; key: string }[] = [];
  let nextPageToken: string | undefined;
  for (;;) {
    const page = await jira.request({
      method: 'POST', path: route`/rest/api/3/search/jql`, schema: keysPage, what: 'the issue search',
      body: { jql, fields: ['key'], maxResults: KEYS_PAGE_SIZE, ...(nextPageToken === undefined ? {} : { nextPageToken }) },
    });
    if (!page.ok) return page;
    issues.push(...page.data.issues.map(({ id, key }) => ({ id, key })));
    const token = page.data.nextPageToken ?? undefined;
    if (page.data.isLast === true || token === undefined || page.data.issues.length === 0) return ok(issues);
    nextPageToken = token;
  }
}
