// Use cases of the release-wide schedule: every issue of a release and of its epics, one CPM across epics, kept as
// a snapshot that the issue view reads. A release up to INLINE_LIMIT issues is computed in the call; a larger one by
// the background job, the call answering "computing" (or the kept schedule, marked stale) until it is ready.
// A recomputation that cannot read the release in full keeps the last complete snapshot and marks it stale.
// The snapshot is shared by everyone who can see the release, so only the app writes it: a user's view is computed
// from their own read (what Jira shows them) and never kept; a kept snapshot is shown to a user with the issues Jira
// hides from them withheld (summary and assignee), and Refresh recomputes it as the app.
import { ok, err, type AppError, type DeepReadonly, type ReleasePart, type ReleaseSchedule, type Result } from '../../contract';
import { readBrowsableKeys } from '../../adapters/jira/browsable-issues';
import { createJiraClient } from '../../adapters/jira/jira-client';
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

/** The app's side of a user's call, for the recomputation whose snapshot everyone is shown: same clock and budget. */
function appSide(ctx: UserCallContext): AppCallContext {
  return { ...ctx, principal: { kind: 'app' }, jira: createJiraClient('app', ctx.budget) };
}

/** Snapshot `snapshot` with the summary and assignee of every issue (and epic) outside `browsable` withheld, and how many tasks. */
export function withholdHidden(snapshot: Snapshot, browsable: ReadonlySet<string>): { snapshot: Snapshot; hidden: number } {
  let hidden = 0;
  const tasks = snapshot.plan.tasks.map((task) => {
    if (browsable.has(task.id.toUpperCase())) return task;
    hidden += 1;
    const rest = { ...task, name: '' };
    delete rest.assigneeName;
    return rest;
  });
  const epics = snapshot.epics.map((epic) => (browsable.has(epic.key.toUpperCase()) ? epic : { ...epic, summary: '' }));
  const epicsHidden = epics.some((epic, i) => epic !== snapshot.epics[i]);
  return hidden === 0 && !epicsHidden ? { snapshot, hidden } : { snapshot: { ...snapshot, epics, plan: { ...snapshot.plan, tasks } }, hidden };
}

/**
 * The answer to the user: `own` = computed from their own read (Jira already left out what they cannot see);
 * `kept` = the app's snapshot, checked against what they may browse (one keys-only search a 500 issues).
 */
async function withPermissions(ctx: UserCallContext, snapshot: Snapshot, computedAt: string, stale: Stale, source: 'own' | 'kept'): Promise<Result<Answer>> {
  const [held, browsable] = await Promise.all([
    heldProjectPermissions(ctx, snapshot.release.projectKey, ['LINK_ISSUES', 'ADMINISTER_PROJECTS']),
    source === 'own' ? Promise.resolve(ok(undefined)) : readBrowsableKeys(ctx.jira, [...snapshot.plan.tasks.map((task) => task.id), ...snapshot.epics.map((epic) => epic.key)]),
  ]);
  if (!held.ok) return held;
  if (!browsable.ok) return browsable;
  const shown = browsable.data === undefined ? { snapshot, hidden: 0 } : withholdHidden(snapshot, browsable.data);
  return ok({
    state: 'ready', ...shown.snapshot, computedAt, stale, canEdit: held.data.has('LINK_ISSUES'), canAdminister: held.data.has('ADMINISTER_PROJECTS'),
    ...(shown.hidden === 0 ? {} : { hidden: shown.hidden }),
  });
}

/** Queues a background recomputation (by the app) unless one is running; answers the job as it stands. */
export async function ensureJob(ctx: CallContext, versionId: string, marks: ReleaseMarks): Promise<Result<NonNullable<ReleaseMarks['job']>>> {
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
  return withPermissions(ctx, kept.data.snapshot, kept.data.head.computedAt, stale, 'kept');
}

/**
 * The schedule of release `versionId` as the caller sees it (NOT_FOUND when they cannot see the release).
 * `view`: fresh for a release small enough to compute in the call, else the kept one (with its age) or "computing";
 * when Jira cannot be read in full the kept one is shown stale, and without one the answer is UNAVAILABLE.
 * `refresh`: recompute now as the app and keep it; a failure answers UNAVAILABLE (the kept snapshot stays, marked stale).
 * Only the app's recomputations are kept: a view is the user's own read, so a user who sees less never replaces
 * the snapshot everyone is shown, and nobody is shown through it what Jira hides from them.
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
  const reader = mode === 'view' ? ctx : appSide(ctx);
  const keys = await readReleaseKeys(reader.jira, versionId);
  if (keys.ok && keys.data.members.size > INLINE_LIMIT) {
    const job = await ensureJob(ctx, versionId, marks.data);
    return job.ok ? answerKept(ctx, release.data, head.data, { ...marks.data, job: job.data }) : job;
  }
  if (mode === 'refresh') {
    const fresh = await recompute(reader, release.data, keys, readStartedAt);
    return fresh.ok ? withPermissions(ctx, fresh.data.snapshot, fresh.data.computedAt, null, 'kept') : fresh;
  }
  const own = keys.ok ? await computeRelease(ctx, release.data, keys.data) : keys;
  if (own.ok) {
    // Nothing kept yet (the gate's status and the issue view read the kept one): the app computes it in the background.
    if (head.data === undefined) {
      const job = await ensureJob(ctx, versionId, marks.data);
      if (!job.ok) return job;
    }
    return withPermissions(ctx, own.data.snapshot, ctx.clock.now(), null, 'own');
  }
  if (head.data === undefined || (own.error.code !== 'UNAVAILABLE' && own.error.code !== 'RATE_LIMITED')) return own;
  return answerKept(ctx, release.data, head.data, marks.data, own.error);
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
