// The Jira side of post-mortem action items, as the user: create the item's issue (summary, assignee, due date,
// a label), point it back at the Confluence page with a remote link (one per item: Jira updates a link whose
// global id it already has), read the live status of every linked issue in bulk (100 a request, never one request
// per item), and offer the projects the user may create issues in and the people assignable there.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { LiveIssue } from '../../domain/sop/action-items';
import { bulkFetch } from './bulk-fetch';
import type { JiraClient } from './jira-client';

/** The label every action-item issue carries, so a JQL filter finds them. */
export const ACTION_ISSUE_LABEL = 'post-mortem-action';
/** The issue type of an action item. */
export const ACTION_ISSUE_TYPE = 'Task';

const created = z.object({ id: z.string(), key: z.string() });

export interface NewActionIssue {
  readonly projectKey: string;
  readonly summary: string;
  readonly assigneeId: string;
  readonly due: string;
}

export async function createActionIssue(jira: JiraClient, issue: NewActionIssue): Promise<Result<{ id: string; key: string }>> {
  return jira.request({
    method: 'POST', path: route`/rest/api/3/issue`, schema: created, what: `a new issue in ${issue.projectKey}`,
    body: {
      fields: {
        project: { key: issue.projectKey }, issuetype: { name: ACTION_ISSUE_TYPE }, summary: issue.summary,
        assignee: { accountId: issue.assigneeId }, duedate: issue.due, labels: [ACTION_ISSUE_LABEL],
      },
    },
  });
}

const remoteLinkAnswer = z.object({ id: z.number().int() });

/** Adds (or, for the same global id, updates) the issue's link back to the page. */
export async function linkIssueToPage(jira: JiraClient, issueKey: string, link: { readonly globalId: string; readonly url: string; readonly title: string }): Promise<Result<void>> {
  const answer = await jira.request({
    method: 'POST', path: route`/rest/api/3/issue/${issueKey}/remotelink`, schema: remoteLinkAnswer, what: `the link from ${issueKey} to the page`,
    body: {
      globalId: link.globalId, relationship: 'mentioned in',
      application: { type: 'com.atlassian.confluence', name: 'Confluence' },
      object: { url: link.url, title: link.title },
    },
  });
  return answer.ok ? ok(undefined) : answer;
}

const liveFields = z.object({
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  duedate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  assignee: z.object({ accountId: z.string() }).nullish(),
});

/** The live state of the issues of `keys` that the user may see (the others are simply not answered). */
export async function readLiveIssues(jira: JiraClient, keys: readonly string[]): Promise<Result<LiveIssue[]>> {
  if (keys.length === 0) return ok([]);
  const found = await bulkFetch(jira, keys, ['status', 'duedate', 'assignee'], undefined, 'the action items\' issues');
  if (!found.ok) return found;
  return ok(found.data.flatMap((issue) => {
    const fields = liveFields.safeParse(issue.fields);
    if (!fields.success) return [];
    const { status, duedate, assignee } = fields.data;
    return [{
      key: issue.key, statusName: status.name, categoryKey: status.statusCategory.key,
      ...(duedate === null || duedate === undefined ? {} : { due: duedate }),
      ...(assignee === null || assignee === undefined ? {} : { assigneeId: assignee.accountId }),
    }];
  }));
}

const projectPage = z.object({ values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })) });

/** The projects the user may create issues in (the first 50, which is all a picker shows). */
export async function listCreatableProjects(jira: JiraClient): Promise<Result<{ key: string; name: string }[]>> {
  const page = await jira.request({ path: route`/rest/api/3/project/search?action=create&maxResults=50`, schema: projectPage, what: 'the projects you may create issues in' });
  return page.ok ? ok(page.data.values.map(({ key, name }) => ({ key, name }))) : page;
}

const users = z.array(z.object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional() }));

/** People who may be assigned issues in the project, whose name matches `query` (all when empty), at most 50. */
export async function searchAssignableUsers(jira: JiraClient, projectKey: string, query: string): Promise<Result<{ accountId: string; displayName: string }[]>> {
  const page = await jira.request({
    path: route`/rest/api/3/user/assignable/search?project=${projectKey}&query=${query}&maxResults=50`, schema: users, what: `the people assignable in ${projectKey}`,
  });
  return page.ok ? ok(page.data.filter((u) => u.accountType !== 'app').map(({ accountId, displayName }) => ({ accountId, displayName }))) : page;
}
