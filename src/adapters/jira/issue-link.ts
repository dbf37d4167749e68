// One Jira issue link by its id (`GET /rest/api/3/issueLink/{linkId}`): its two ends, read as the actor, so a
// write about a link is authorised from the link itself rather than from a re-read of all the work around it.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

const end = z.object({ key: z.string() });
const linkSchema = z.object({ id: z.string(), type: z.object({ name: z.string() }), inwardIssue: end, outwardIssue: end });

export interface IssueLinkEnds {
  readonly id: string;
  /** The issue on the outward side: in "A blocks B", A. */
  readonly from: string;
  readonly to: string;
}

export async function readIssueLink(jira: JiraClient, linkId: string): Promise<Result<IssueLinkEnds>> {
  const answer = await jira.request({ path: route`/rest/api/3/issueLink/${linkId}`, schema: linkSchema, what: `issue link ${linkId}` });
  if (!answer.ok) return answer;
  // Jira names the ends from the link type's point of view: the inward issue is the one that "blocks".
  return ok({ id: answer.data.id, from: answer.data.inwardIssue.key, to: answer.data.outwardIssue.key });
}
