// Use cases of the release-wide schedule: every issue of a release and of its epics, one CPM across epics, kept as
// a snapshot that the issue view reads. A release up to INLINE_LIMIT issues is computed in the call; a larger one by
// the background job, the call answering "computing" (or the kept schedule, marked stale) until it is ready.
// A recomputation that cannot read the release in full keeps the last complete snapshot and marks it stale.
import { ok, err, type AppError, type DeepReadonly, type ReleasePart, type ReleaseSchedule, type Result } from '../../contract';
import { readIssueLinkTypes } from '../../adapters/jira/link-types';
import { readRelease, readReleaseKeys, readReleaseWork, type Release, type ReleaseKeys } from '../../adapters/jira/release-work';
import { pushReleaseJob } from '../../adapters/queue/release-jobs';
import { readLinkOverrides } from '../../adapters/storage/dependency-overrides';
import {
  markFailed, publishSnapshot, readMarks, readSnapshot, readSnapshotHead, saveJob,
  type ReleaseMarks, type Snapshot, type SnapshotHead,
} from '../../adapters/storage/release-snapshots';
import { readScheduleSettings } from '../../adapters/storage/schedule-settings';
import { buildIssuePlan, computeSchedule, findBottlenecks } from '../../domain/schedule';
import type { AppCallContext, CallContext, UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';

/** Releases larger than this are scheduled by the background job (a resolver has 25 s). */
export const INLINE_LIMIT = 3000;

type Answer = DeepReadonly<ReleaseSchedule>;
type Stale = Extract<Answer, { state: 'ready' }>['stale'];

const releaseView = (release: Release) => ({ id: release.id, name: release.name, releaseDate: release.releaseDate, projectKey: release.projectKey });

/** Why a kept snapshot is not current: a failed recomputation after its read began, else a change after it. */
export function staleOf(head: SnapshotHead, marks: ReleaseMarks): Stale {
  if (marks.failure !== null && marks.failure.at > head.readStartedAt) return { reason: 'refresh-failed', since: marks.failure.at, failed: marks.failure.failed };
  if (marks.changedAt !== null && marks.changedAt > head.readStartedAt) return { reason: 'changed', since: marks.changedAt };
  return null;
}

const failedPart = (error: AppError): ReleasePart => {
  const failed = error.details?.failed;
  return typeof failed === 'string' && (['release', 'release-issues', 'epic-children', 'issue-fields', 'linked-issues', 'site-metadata', 'storage'] as const).includes(failed as ReleasePart)
    ? failed as ReleasePart : 'release-issues';
};

/** Reads the release's work and schedules it: the snapshot and the Jira ids of everything in it. */
async function computeRelease(
  ctx: CallContext, release: Release, keys: ReleaseKeys, onProgress?: (done: number) => void,
): Promise<Result<{ snapshot: Snapshot; memberIds: string[] }>> {
  const work = await readReleaseWork(ctx.jira, keys, onProgress);
  if (!work.ok) return work;
  const { items, links, epicOf, epics, ids } = work.data;
  const [settings, overrides, issueLinkTypes] = await Promise.all([
    readScheduleSettings(release.projectKey),
    readLinkOverrides(release.projectKey, links.map((link) => link.id)),
    readIssueLinkTypes(ctx.jira),
  ]);
  if (!settings.ok) return settings;
  if (!overrides.ok) return overrides;
  if (!issueLinkTypes.ok) return err({ ...issueLinkTypes.error, details: { failed: 'site-metadata' } });
  const deadline = release.releaseDate === null ? null : { date: release.releaseDate, source: 'release' as const, name: release.name };
  const today = ctx.clock.today();
  const plan = buildIssuePlan({ items, links, settings: settings.data.settings, overrides: overrides.data, today, deadline: deadline?.date });
  const schedule = computeSchedule(plan);
  return ok({
    snapshot: {
      release: releaseView(release), today, deadline, settings: { ...settings.data.settings, workdays: [...settings.data.settings.workdays], holidays: [...settings.data.settings.holidays] },
      settingsVersion: settings.data.version,
      plan: {
        calendar: { ...plan.calendar, workdays: [...plan.calendar.workdays], holidays: [...plan.calendar.holidays] },
        ...(plan.deadline === undefined ? {} : { deadline: plan.deadline }),
        tasks: plan.tasks.map((task) => ({ ...task, epicKey: epicOf.get(task.id) ?? null })),
        links: [...plan.links],
      },
      epics: [...epics], issueLinkTypes: issueLinkTypes.data,
      schedule: schedule as Snapshot['schedule'],
      bottlenecks: schedule.kind === 'scheduled' ? findBottlenecks(plan, schedule) as Snapshot['bottlenecks'] : null,
    },
    memberIds: [...ids.values()],
  });
}

/** Schedules and keeps release `release` from its keys (read from `readStartedAt` on); a failure is recorded and returned. */
async function recompute(
  ctx: CallContext, release: Release, keys: Result<ReleaseKeys>, readStartedAt: string, onProgress?: (done: number) => void,
): Promise<Result<{ snapshot: Snapshot; computedAt: string }>> {
  const computed = keys.ok ? await computeRelease(ctx, release, keys.data, onProgress) : keys;
  if (!computed.ok) {
    await markFailed(release.id, ctx.clock.now(), failedPart(computed.error));
    return computed;
  }
  const computedAt = ctx.clock.now();
  const kept = await publishSnapshot(release.id, computed.data.snapshot, computed.data.memberIds, { readStartedAt, computedAt });
  return kept.ok ? ok({ snapshot: computed.data.snapshot, computedAt }) : kept;
}

async function withPermissions(ctx: UserCallContext, snapshot: Snapshot, computedAt: string, stale: Stale): Promise<Result<Answer>> {
  const held = await heldProjectPermissions(ctx, snapshot.release.projectKey, ['LINK_ISSUES', 'ADMINISTER_PROJECTS']);
  if (!held.ok) return held;
  return ok({ state: 'ready', ...snapshot, computedAt, stale, canEdit: held.data.has('LINK_ISSUES'), canAdminister: held.data.has('ADMINISTER_PROJECTS') });
}

/** Queues a background recomputation unless one is running; answers the job as it stands. */
async function ensureJob(ctx: CallContext, versionId: string, marks: ReleaseMarks): Promise<Result<NonNullable<ReleaseMarks['job']>>> {
  if (marks.job !== null) return ok(marks.job);
  const job = { startedAt: ctx.clock.now(), done: 0, total: null };
  const saved = await saveJob(versionId, job);
  if (!saved.ok) return saved;
  const pushed = await pushReleaseJob(versionId, 0);
  return pushed.ok ? ok(job) : pushed;
}

async function answerKept(ctx: UserCallContext, release: Release, head: SnapshotHead | undefined, marks: ReleaseMarks, failure?: AppError): Promise<Result<Answer>> {
  const kept = head === undefined ? ok(undefined) : await readSnapshot(release.id, head);
  if (!kept.ok) return kept;
  if (kept.data === undefined) {
    if (failure !== undefined) return err(failure);
    const job = await ensureJob(ctx, release.id, marks);
    return job.ok ? ok({ state: 'computing', release: releaseView(release), progress: { done: job.data.done, total: job.data.total }, startedAt: job.data.startedAt }) : job;
  }
  const stale = failure === undefined
    ? staleOf(kept.data.head, marks)
    : { reason: 'refresh-failed' as const, since: ctx.clock.now(), failed: failedPart(failure) };
  if (stale?.reason === 'changed' && kept.data.head.issueCount > INLINE_LIMIT) {
    const job = await ensureJob(ctx, release.id, marks);
    if (!job.ok) return job;
  }
  return withPermissions(ctx, kept.data.snapshot, kept.data.head.computedAt, stale);
}

/**
 * The schedule of release `versionId` as the caller sees it (NOT_FOUND when they cannot see the release).
 * `view`: fresh for a release small enough to compute in the call, else the kept one (with its age) or "computing";
 * when Jira cannot be read in full the kept one is shown stale, and without one the answer is UNAVAILABLE.
 * `refresh`: recompute now; a failure answers UNAVAILABLE (the kept snapshot stays, marked stale).
 */
export async function loadReleaseSchedule(ctx: UserCallContext, versionId: string, mode: 'view' | 'refresh'): Promise<Result<Answer>> {
  const release = await readRelease(ctx.jira, versionId);
  if (!release.ok) return release;
  const [head, marks] = await Promise.all([readSnapshotHead(versionId), readMarks(versionId)]);
  if (!head.ok) return head;
  if (!marks.ok) return marks;
  if (head.data !== undefined && head.data.issueCount > INLINE_LIMIT) {
    if (mode === 'view') return answerKept(ctx, release.data, head.data, marks.data);
    const job = await ensureJob(ctx, versionId, { ...marks.data, job: null });
    return job.ok ? answerKept(ctx, release.data, head.data, { ...marks.data, changedAt: ctx.clock.now() }) : job;
  }
  const readStartedAt = ctx.clock.now();
  const keys = await readReleaseKeys(ctx.jira, versionId);
  if (keys.ok && keys.data.members.size > INLINE_LIMIT) {
    const job = await ensureJob(ctx, versionId, marks.data);
    return job.ok ? answerKept(ctx, release.data, head.data, { ...marks.data, job: job.data }) : job;
  }
  const fresh = await recompute(ctx, release.data, keys, readStartedAt);
  if (fresh.ok) return withPermissions(ctx, fresh.data.snapshot, fresh.data.computedAt, null);
  if (mode === 'refresh' || head.data === undefined || (fresh.error.code !== 'UNAVAILABLE' && fresh.error.code !== 'RATE_LIMITED')) return fresh;
  return answerKept(ctx, release.data, head.data, marks.data, fresh.error);
}

/** The background job: recomputes release `versionId` as the app, reporting progress as it reads. */
export async function runReleaseJob(ctx: AppCallContext, versionId: string): Promise<Result<{ issues: number }>> {
  const release = await readRelease(ctx.jira, versionId);
  if (!release.ok) {
    await saveJob(versionId, null);
    return release;
  }
  const startedAt = ctx.clock.now();
  // Progress is written in order, and the last write (the job's end) comes after every progress write.
  let written: Promise<unknown> = saveJob(versionId, { startedAt, done: 0, total: null });
  const report = (done: number, total: number | null) => { written = written.then(() => saveJob(versionId, { startedAt, done, total })); };
  const keys = await readReleaseKeys(ctx.jira, versionId);
  const total = keys.ok ? keys.data.members.size : null;
  report(0, total);
  let reported = 0;
  const done = await recompute(ctx, release.data, keys, startedAt, (read) => {
    if (read - reported < 500) return;
    reported = read;
    report(read, total);
  });
  await written;
  await saveJob(versionId, null);
  return done.ok ? ok({ issues: done.data.snapshot.plan.tasks.length }) : done;
}
