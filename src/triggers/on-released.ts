// Trigger on `avi:jira:released:version`: a release made in Jira without a valid GO is recorded as
// RELEASED_WITHOUT_GO in the release's hash-chained decision log (a release with one records nothing).
import { z } from 'zod';
import { defineTrigger } from '../edge/define-trigger';
import { recordRelease } from '../services/gate';

const id = z.union([z.string(), z.number()]).transform(String);
const releasedVersionEvent = z.object({
  eventType: z.literal('avi:jira:released:version'),
  version: z.object({ id, name: z.string().optional(), projectId: id.optional() }),
});

export const onReleased = defineTrigger('release-watch', releasedVersionEvent, async (event, ctx) => {
  const recorded = await recordRelease(ctx, event.version.id);
  if (!recorded.ok) console.warn(`release-watch: release ${event.version.id} could not be checked: ${recorded.error.code}`);
  return { release: { versionId: event.version.id, projectId: event.version.projectId }, recorded: recorded.ok ? recorded.data.recorded : 'unchecked' };
});
