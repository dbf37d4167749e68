// Use case: a change to Jira work (an issue created, edited or deleted; a link made or removed) marks the kept
// schedules it touches as changed and asks for them to be recomputed, at most once per interval under a burst.
// A change that touches no release costs one read of the membership index per issue and nothing more.
import { ok, type Result } from '../../contract';
import { pushReleaseJob, refreshIntervalSeconds } from '../../adapters/queue/release-jobs';
import { claimRefresh, markChanged, releasesHolding } from '../../adapters/storage/release-snapshots';
import type { AppCallContext } from '../call-context';

export interface WorkChange {
  /** Issues the change is about (both ends of a link). */
  readonly issueIds: readonly string[];
  /** Releases the change names itself (an issue given a fix version, its new epic's releases come from the index). */
  readonly versionIds: readonly string[];
}

export async function noteWorkChange(ctx: AppCallContext, change: WorkChange): Promise<Result<{ releases: string[]; queued: string[] }>> {
  const held = await releasesHolding(change.issueIds);
  if (!held.ok) return held;
  const releases = [...new Set([...held.data, ...change.versionIds])].sort();
  const queued: string[] = [];
  const interval = refreshIntervalSeconds();
  for (const versionId of releases) {
    const now = ctx.clock.now();
    const marked = await markChanged(versionId, now);
    if (!marked.ok) return marked;
    const claimed = await claimRefresh(versionId, now, interval);
    if (!claimed.ok) return claimed;
    if (!claimed.data) continue;
    // Trailing edge: the recomputation runs once the burst has had its interval, and reads everything it brought.
    const pushed = await pushReleaseJob(versionId, interval);
    if (!pushed.ok) return pushed;
    queued.push(versionId);
  }
  return ok({ releases, queued });
}
