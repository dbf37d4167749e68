// Use case: one issue's place in its release's schedule (the dependency view on every issue that is not an epic),
// answered from the release's kept snapshot in a few reads, never by scheduling the release again: its dates and
// floats, what it waits on and what waits on it that is not done, and what a one-day slip does to the release.
// The snapshot is the app's: of the issues it lists, the viewer is shown only those Jira lets them browse (one
// keys-only search), the others counted. With no snapshot yet, the app is asked to compute one in the background.
import { appError, err, ok, type DeepReadonly, type IssuePlacement, type Result } from '../../contract';
import { readBrowsableKeys } from '../../adapters/jira/browsable-issues';
import { readIssueReleases, type IssueSummary } from '../../adapters/jira/issue-releases';
import { readRelease } from '../../adapters/jira/release-work';
import { readMarks, readSnapshot, type Snapshot } from '../../adapters/storage/release-snapshots';
import { positionOfTask, type LinkedTask } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { ensureJob, staleOf } from './release-schedule';

export interface IssueView {
  readonly issue: IssueSummary & { readonly epicKey: string | null };
  readonly placement: DeepReadonly<IssuePlacement>;
}

function rowsOf(snapshot: Snapshot, linked: readonly LinkedTask[]) {
  const tasks = new Map(snapshot.plan.tasks.map((task) => [task.id, task]));
  const critical = new Set(snapshot.schedule.kind === 'scheduled' ? snapshot.schedule.tasks.filter((t) => t.critical).map((t) => t.id) : []);
  return linked.flatMap(({ id, depth }) => {
    const task = tasks.get(id);
    if (task === undefined) return [];
    return [{
      key: id, summary: task.name, status: task.status, statusCategory: task.statusCategory,
      ...(task.assigneeName === undefined ? {} : { assigneeName: task.assigneeName }),
      external: task.external, critical: critical.has(id), depth,
    }];
  });
}

export async function placeIssue(ctx: UserCallContext, issueKey: string): Promise<Result<IssueView>> {
  const found = await readIssueReleases(ctx.jira, issueKey);
  if (!found.ok) return found;
  const { issue, isEpic, epicKey, versionId, directLinks } = found.data;
  if (isEpic) return err(appError('BAD_REQUEST', `${issueKey} is an epic: its dependencies are on the epic panel.`, { reason: 'is-an-epic', details: { fields: ['issueKey'] } }));
  const view = (placement: DeepReadonly<IssuePlacement>): Result<IssueView> => ok({ issue: { ...issue, epicKey }, placement });
  if (versionId === null) return view({ kind: 'no-release', directLinks });
  const [kept, marks] = await Promise.all([readSnapshot(versionId), readMarks(versionId)]);
  if (!kept.ok) return kept;
  if (!marks.ok) return marks;
  const computing = marks.data.job === null ? null : { progress: { done: marks.data.job.done, total: marks.data.job.total }, startedAt: marks.data.job.startedAt };
  if (kept.data === undefined) {
    const release = await readRelease(ctx.jira, versionId);
    if (!release.ok) return release;
    const job = await ensureJob(ctx, versionId, marks.data);
    if (!job.ok) return job;
    const { id, name, releaseDate, projectKey } = release.data;
    return view({ kind: 'not-computed', release: { id, name, releaseDate, projectKey }, computing: { progress: { done: job.data.done, total: job.data.total }, startedAt: job.data.startedAt } });
  }
  const { head, snapshot } = kept.data;
  const stale = staleOf(head, marks.data);
  const { schedule, release } = snapshot;
  if (schedule.kind !== 'scheduled') {
    return view({ kind: 'unschedulable', release, computedAt: head.computedAt, stale, cycles: schedule.kind === 'cycles' ? schedule.cycles : [], problems: schedule.kind === 'invalid' ? schedule.problems : [] });
  }
  const position = positionOfTask(snapshot.plan, schedule, issue.key);
  if (position === undefined) return view({ kind: 'not-computed', release, computing });
  const { start, finish, lateStart, lateFinish, totalFloat, freeFloat, critical } = position;
  const waitsOn = rowsOf(snapshot, position.waitsOn);
  const waitedOnBy = rowsOf(snapshot, position.waitedOnBy);
  const browsable = await readBrowsableKeys(ctx.jira, [...waitsOn, ...waitedOnBy].map((row) => row.key));
  if (!browsable.ok) return browsable;
  const seen = (row: { key: string }) => browsable.data.has(row.key.toUpperCase());
  return view({
    kind: 'scheduled', release, computedAt: head.computedAt, stale,
    task: { start, finish, lateStart, lateFinish, totalFloat, freeFloat, critical },
    releaseSlipPerDay: position.finishSlipPerDay,
    waitsOn: waitsOn.filter(seen),
    waitedOnBy: waitedOnBy.filter(seen),
    hidden: { waitsOn: waitsOn.filter((row) => !seen(row)).length, waitedOnBy: waitedOnBy.filter((row) => !seen(row)).length },
    forecast: schedule.forecast,
  });
}
