// Recomputations of a release schedule in the background: pushed to the `release-schedule` queue (@forge/events),
// consumed by the `release-schedule-worker` consumer module, which has Forge's 900 s instead of a resolver's 25 s.
import { Queue } from '@forge/events';
import { appError, err, ok, type Result } from '../../contract';

export const RELEASE_QUEUE = 'release-schedule';

/** At most one recomputation per release per interval under a burst of events (LC_RELEASE_REFRESH_SECONDS, default 60). */
export function refreshIntervalSeconds(): number {
  const configured = Number(process.env.LC_RELEASE_REFRESH_SECONDS);
  return Number.isInteger(configured) && configured >= 0 && configured <= 900 ? configured : 60;
}

/** Asks for release `versionId` to be recomputed in `delaySeconds` (0: now). */
export async function pushReleaseJob(versionId: string, delaySeconds: number): Promise<Result<void>> {
  try {
    await new Queue({ key: RELEASE_QUEUE }).push({ body: { versionId }, ...(delaySeconds > 0 ? { delayInSeconds: delaySeconds } : {}) });
    return ok(undefined);
  } catch (error: unknown) {
    console.error('queue: pushing a release recomputation failed', error instanceof Error ? error.name : typeof error);
    return err(appError('UNAVAILABLE', 'The background queue could not be reached.', { reason: 'storage-unreachable' }));
  }
}
