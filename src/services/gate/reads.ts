// What one evaluation reads, each part once for all the criteria that use it and only when a criterion needs it:
// the version's issue counts (one request), the open Blocker/Critical bugs (one JQL per priority set), the release
// schedule (its own cost), the SOP evidence property of each named page (one request a page) and the campaigns.
// A failed read becomes that part's reason (Jira/Confluence/storage unavailable, rate-limited, no access): its
// criteria are unknown, never green, and the rest of the gate still evaluates.
import { ok, type AppError, type Result } from '../../contract';
import { sopEvidence } from '../../contract/sop-evidence';
import { readPageProperty } from '../../adapters/confluence/content-properties';
import { readOpenBugKeys, readUnresolvedCount, type GateRelease } from '../../adapters/jira/gate-release';
import { listCampaigns } from '../../adapters/storage/campaigns';
import { readMarks, readSnapshot, readSnapshotHead } from '../../adapters/storage/release-snapshots';
import type { CampaignRecord } from '../../domain/campaign/campaign-record';
import {
  expectedDate, findConflicts, readFailed, readOk,
  type CalendarFacts, type Criterion, type EvidenceRead, type GateInputs, type Read, type ScheduleFacts, type UnreadReason,
} from '../../domain/gate';
import type { ScheduleResult } from '../../domain/schedule';
import { SOP_EVIDENCE_KEY } from '../../domain/sop/evidence';
import type { CallContext, UserCallContext } from '../call-context';
import { loadReleaseSchedule, staleOf } from '../schedule/release-schedule';
import { verifySopEvidence } from '../sop/evidence';

/** Why a product read failed, as the criterion's reason. */
export function unreadReason(error: AppError, product: 'jira' | 'confluence' | 'storage'): UnreadReason {
  if (product === 'storage') return 'storage-unavailable';
  if (error.code === 'RATE_LIMITED') return product === 'jira' ? 'jira-rate-limited' : 'confluence-rate-limited';
  if (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND') return product === 'jira' ? 'jira-no-access' : 'confluence-no-access';
  return product === 'jira' ? 'jira-unavailable' : 'confluence-unavailable';
}

const asRead = <T, U>(result: Result<T>, product: 'jira' | 'confluence' | 'storage', map: (value: T) => U): Read<U> =>
  (result.ok ? readOk(map(result.data)) : readFailed(unreadReason(result.error, product)));

/** The schedule facts of a release and its forecast finish (null when not scheduled). */
export interface ScheduleRead {
  readonly facts: Read<ScheduleFacts>;
  readonly forecastDate: string | null;
}

/** Where the schedule comes from: the user's view of it (computed now if small), or the kept snapshot (the app's reads). */
export type ScheduleSource = (release: GateRelease) => Promise<ScheduleRead>;

function factsOf(schedule: ScheduleResult, releaseDate: string | null, stale: boolean): ScheduleRead {
  switch (schedule.kind) {
    case 'cycles': return { facts: readOk({ state: 'cycles', loops: schedule.cycles.length }), forecastDate: null };
    case 'invalid': return { facts: readOk({ state: 'unschedulable', problems: schedule.problems.length }), forecastDate: null };
    case 'scheduled': {
      const { forecast } = schedule;
      let float: number | null = null;
      if (forecast.kind === 'slips') float = -forecast.slip;
      else if (forecast.kind === 'holds') float = Number.isFinite(forecast.float) ? forecast.float : forecast.deadline.day - forecast.finish.day;
      return {
        facts: readOk({ state: 'scheduled', finish: forecast.finish.date, float: releaseDate === null ? null : float, releaseDate, stale }),
        forecastDate: forecast.finish.date,
      };
    }
  }
}

/** The schedule as the caller sees it: loadReleaseSchedule's view (fresh for a release computed in the call). */
export function userSchedule(ctx: UserCallContext): ScheduleSource {
  return async (release) => {
    const answer = await loadReleaseSchedule(ctx, release.id, 'view');
    if (!answer.ok) return { facts: readFailed(unreadReason(answer.error, 'jira')), forecastDate: null };
    const schedule = answer.data;
    if (schedule.state === 'computing') return { facts: readOk({ state: 'computing' }), forecastDate: null };
    return factsOf(schedule.schedule, release.releaseDate, schedule.stale !== null);
  };
}

/** The kept snapshot only (no Jira reads): for the status API and events, which read as the app. */
export const keptSchedule: ScheduleSource = async (release) => {
  const [head, marks] = await Promise.all([readSnapshotHead(release.id), readMarks(release.id)]);
  if (!head.ok || !marks.ok) return { facts: readFailed('storage-unavailable'), forecastDate: null };
  if (head.data === undefined) return { facts: readOk({ state: 'computing' }), forecastDate: null };
  const kept = await readSnapshot(release.id, head.data);
  if (!kept.ok) return { facts: readFailed('storage-unavailable'), forecastDate: null };
  if (kept.data === undefined) return { facts: readOk({ state: 'computing' }), forecastDate: null };
  return factsOf(kept.data.snapshot.schedule, release.releaseDate, staleOf(kept.data.head, marks.data) !== null);
};

const needs = (criteria: readonly Criterion[], checks: readonly string[]) => criteria.some((c) => c.kind === 'automatic' && checks.includes(c.auto.check));

/** A page's evidence property, read as the caller, parsed, and verified against the app's own SOP records. */
async function readEvidence(ctx: CallContext, pageId: string): Promise<Read<EvidenceRead>> {
  const property = await readPageProperty(ctx.confluence, pageId, SOP_EVIDENCE_KEY);
  if (!property.ok) return readFailed(unreadReason(property.error, 'confluence'));
  if (property.data === undefined) return readOk({ state: 'absent' });
  const parsed = sopEvidence.safeParse(property.data.value);
  if (!parsed.success) return readOk({ state: 'invalid' });
  const verdict = await verifySopEvidence(ctx, pageId, parsed.data);
  if (!verdict.ok) return readFailed(unreadReason(verdict.failure.error, verdict.failure.product));
  return readOk(verdict.verdict.trusted
    ? { state: 'present', evidence: parsed.data, currentSopVersion: verdict.verdict.currentSopVersion }
    : { state: 'untrusted', mismatch: verdict.verdict.mismatch });
}

function calendarFacts(release: GateRelease, forecastDate: string | null, campaigns: readonly CampaignRecord[]): CalendarFacts {
  const calendarRelease = { versionId: release.id, name: release.name, releaseDate: release.releaseDate, forecastDate, released: release.released };
  return {
    needing: campaigns.filter((c) => c.releaseIds.includes(release.id)).length,
    expectedDate: expectedDate(calendarRelease),
    conflicts: findConflicts(campaigns, [calendarRelease]),
  };
}

export interface GateReads {
  readonly inputs: GateInputs;
  readonly forecastDate: string | null;
}

/** Reads what `criteria` need for `release`, in parallel. */
export async function readGateInputs(ctx: CallContext, release: GateRelease, criteria: readonly Criterion[], schedule: ScheduleSource): Promise<Result<GateReads>> {
  const notNeeded = readFailed('jira-unavailable');
  const priorities = [...new Set(criteria.flatMap((c) => (c.kind === 'automatic' && c.auto.check === 'open-blocker-bugs' ? [c.auto.priorities.join('\u0000')] : [])))];
  const pageIds = [...new Set(criteria.flatMap((c) => (c.kind === 'automatic' && (c.auto.check === 'sop-drill' || c.auto.check === 'sop-attestation') && c.auto.pageId !== null ? [c.auto.pageId] : [])))];
  const wantsSchedule = needs(criteria, ['critical-path-float', 'no-dependency-cycle', 'campaign-calendar']);
  const [unresolved, bugs, scheduled, evidence, campaigns] = await Promise.all([
    needs(criteria, ['unresolved-issues']) ? readUnresolvedCount(ctx.jira, release.id) : Promise.resolve(undefined),
    Promise.all(priorities.map((set) => readOpenBugKeys(ctx.jira, release.id, set.split('\u0000')))),
    wantsSchedule ? schedule(release) : Promise.resolve(undefined),
    Promise.all(pageIds.map(async (pageId) => [pageId, await readEvidence(ctx, pageId)] as const)),
    needs(criteria, ['campaign-calendar']) ? listCampaigns(release.projectKey) : Promise.resolve(undefined),
  ]);
  // One blocker read per priority set; the domain reads one value, so the first set (the template has one) answers.
  const firstBugs = bugs[0];
  const forecastDate = scheduled?.forecastDate ?? null;
  return ok({
    inputs: {
      unresolvedIssues: unresolved === undefined ? notNeeded : asRead(unresolved, 'jira', (counts) => counts.unresolved),
      blockerBugs: firstBugs === undefined ? notNeeded : asRead(firstBugs, 'jira', (keys) => ({ count: keys.length, keys: keys.slice(0, 20) })),
      schedule: scheduled?.facts ?? notNeeded,
      evidence: new Map(evidence),
      calendar: campaigns === undefined ? notNeeded : asRead(campaigns, 'storage', (list) => calendarFacts(release, forecastDate, list)),
    },
    forecastDate,
  });
}
