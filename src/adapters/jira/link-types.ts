// The site's issue-link types ("Blocks", "Relates", ...), so that each can be mapped to a dependency type.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../result';
import { requestJira } from './jira-client';
import type { RetryBudget } from './retry-budget';

const linkTypeList = z.object({ issueLinkTypes: z.array(z.object({ name: z.string() })) });

export async function readLinkTypeNames(budget: RetryBudget): Promise<Result<string[]>> {
  const answer = await requestJira({ as: 'user', path: route`/rest/api/3/issueLinkType`, schema: linkTypeList, what: 'the issue link types', budget });
  return answer.ok ? ok(answer.value.issueLinkTypes.map((type) => type.name)) : answer;
}
