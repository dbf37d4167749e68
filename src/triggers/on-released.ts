// Trigger on `avi:jira:released:version`: the release gate will record any release made without a GO here.
// Until the gate surface exists the event is validated and acknowledged, and nothing is claimed about readiness.
import { z } from 'zod';
import { defineTrigger } from '../edge/define-trigger';

const id = z.union([z.string(), z.number()]).transform(String);
const releasedVersionEvent = z.object({
  eventType: z.literal('avi:jira:released:version'),
  version: z.object({ id, name: z.string().optional(), projectId: id.optional() }),
});

export const onReleased = defineTrigger('release-watch', releasedVersionEvent, (event) =>
  Promise.resolve({ release: { versionId: event.version.id, projectId: event.version.projectId } }));
