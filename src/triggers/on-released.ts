// Trigger on `avi:jira:released:version`: the release gate will record any release made without a GO here.
// Until the gate surface exists the event is validated and acknowledged, and nothing is claimed about readiness.
import { z } from 'zod';

const releasedVersionEvent = z.object({
  eventType: z.literal('avi:jira:released:version'),
  version: z.object({ id: z.union([z.string(), z.number()]).transform(String), name: z.string().optional(), projectId: z.union([z.string(), z.number()]).transform(String).optional() }),
});

export type ReleasedVersion = { readonly versionId: string; readonly projectId: string | undefined };

/** Handles one version-released event; answers what it understood, or why it could not. */
export function onReleased(event: unknown): Promise<{ readonly handled: boolean; readonly release?: ReleasedVersion; readonly problem?: string }> {
  const parsed = releasedVersionEvent.safeParse(event);
  if (!parsed.success) {
    const problem = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    console.warn(`release trigger ignored a malformed event: ${problem}`);
    return Promise.resolve({ handled: false, problem });
  }
  const { id, projectId } = parsed.data.version;
  return Promise.resolve({ handled: true, release: { versionId: id, projectId } });
}
