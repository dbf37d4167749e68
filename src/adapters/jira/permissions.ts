// What the caller may do in a project, asked of Jira on their behalf (never taken from the page).
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'LINK_ISSUES' | 'ADMINISTER_PROJECTS';

const answerSchema = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

export async function readProjectPermissions(jira: JiraClient, projectKey: string, wanted: readonly ProjectPermission[]): Promise<Result<ReadonlySet<ProjectPermission>>> {
  const answer = await jira.request({
    path: route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=${wanted.join(',')}`, schema: answerSchema, what: `your permissions in ${projectKey}`,
  });
  if (!answer.ok) return answer;
  return ok(new Set(wanted.filter((p) => answer.data.permissions[p]?.havePermission === true)));
}
