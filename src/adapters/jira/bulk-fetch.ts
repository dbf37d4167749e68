// Issues by key, 100 at a time (`POST /rest/api/3/issue/bulkfetch`), several batches in flight at once: reading N
// known issues costs ceil(N / 100) requests and about ceil(N / 100 / PARALLEL) round trips. Issues Jira does not
// show the actor are simply not answered.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';
import type { FoundIssue } from './work-items';

export const BULK_FETCH_SIZE = 100;
/** Batches in flight at once: enough to hide latency, few enough not to provoke Jira's rate limits. */
const PARALLEL = 8;

const bulkAnswer = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })).default([]),
  issueErrors: z.array(z.unknown()).default([]),
});

/** Every issue of `keys` the actor may see, with only `fields`; `onBatch` hears how many were read so far. */
export async function bulkFetch(
  jira: JiraClient, keys: readonly string[], fields: readonly string[], onBatch?: (read: number) => void, what = 'the issues of the release',
): Promise<Result<FoundIssue[]>> {
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += BULK_FETCH_SIZE) batches.push(keys.slice(i, i + BULK_FETCH_SIZE));
  const answers: FoundIssue[][] = new Array<FoundIssue[]>(batches.length);
  let next = 0;
  let read = 0;
  let failure: Result<FoundIssue[]> | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < batches.length) {
      const at = next++;
      const batch = batches[at] ?? [];
      const answer = await jira.request({
        method: 'POST', path: route`/rest/api/3/issue/bulkfetch`, schema: bulkAnswer, what,
        body: { issueIdsOrKeys: batch, fields },
      });
      if (!answer.ok) { failure = answer; return; }
      if (answer.data.issueErrors.length > 0) {
        // Jira could not answer some issues for a passing reason: the read is not complete.
        failure = { ok: false, error: { code: 'UNAVAILABLE', reason: 'jira-unreachable', message: `Jira could not answer ${answer.data.issueErrors.length} issues.` } };
        return;
      }
      answers[at] = answer.data.issues;
      read += batch.length;
      onBatch?.(read);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
  return failure ?? ok(answers.flat());
}
