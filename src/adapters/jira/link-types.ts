// The site's issue-link types ("Blocks", "Relates", ...), so that each can be mapped to a link type.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

const linkTypeList = z.object({ issueLinkTypes: z.array(z.object({ name: z.string() })) });

export async function readIssueLinkTypes(jira: JiraClient): Promise<Result<string[]>> {
  const answer = await jira.request({ path: route`/rest/api/3/issueLinkType`, schema: linkTypeList, what: 'the issue link types' });
  return answer.ok ? ok(answer.data.issueLinkTypes.map((type) => type.name)) : answer;
}
