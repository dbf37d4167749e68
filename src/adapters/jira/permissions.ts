// What the signed-in user may do in a project, asked of Jira on their behalf (never taken from the page).
import { route } from '@forge/api';
import { z } from 'zod';
import type { Result } from '../result';
import { ok } from '../result';
import { requestJira } from './jira-client';
import type { RetryBudget } from './retry-budget';

export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'LINK_ISSUES' | 'ADMINISTER_PROJECTS';

const answerSchema = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

export async function projectPermissions(projectKey: string, wanted: readonly ProjectPermission[], budget: RetryBudget): Promise<Result<ReadonlySet<ProjectPermission>>> {
  const answer = await requestJira({
    as: 'user', path: route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=${wanted.join(',')}`, schema: answerSchema, what: `your permissions in ${projectKey}`, budget,
  });
  if (!answer.ok) return answer;
  return ok(new Set(wanted.filter((p) => answer.value.permissions[p]?.havePermission === true)));
}
