// Consumer of the `release-schedule` queue: recomputes one release's schedule in the background, with Forge's
// 900 s, for releases too large for a resolver and for the recomputations that Jira's events ask for.
import { z } from 'zod';
import { defineTrigger } from '../edge/define-trigger';
import { runReleaseJob } from '../services/schedule';

const releaseJobEvent = z.object({ queueName: z.string(), jobId: z.string(), body: z.object({ versionId: z.string().regex(/^\d+$/) }) });

export const releaseJob = defineTrigger('release-schedule-worker', releaseJobEvent, async (event, ctx) => {
  const done = await runReleaseJob(ctx, event.body.versionId);
  if (!done.ok) console.error(`consumer release-schedule-worker: release ${event.body.versionId} not recomputed: ${done.error.code}`);
  return done.ok ? { versionId: event.body.versionId, issues: done.data.issues } : { versionId: event.body.versionId, error: done.error.code };
});
