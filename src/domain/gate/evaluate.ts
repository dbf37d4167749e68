// Evaluates each criterion of a release to green / amber / red / unknown with the reason and the facts behind it.
// Fail-closed: a part that could not be read leaves its criteria unknown, missing evidence is never green, and
// evidence older than the criterion's freshness window turns it amber.
import { DEFAULT_DRILL_WINDOW_DAYS } from './template';
import type { EvidenceRead, GateInputs, Read } from './reads';
import type { CheckConfig, CounterpartyRow, Criterion, CriterionResult, Facts, GateReason, GateStatus, ManualMark } from './types';

const DAY_MS = 86_400_000;

/** Whole days from `at` to `now` (both ISO instants); an unreadable instant counts as infinitely old. */
export function ageInDays(at: string, now: string): number {
  const from = Date.parse(at);
  const to = Date.parse(now);
  if (Number.isNaN(from) || Number.isNaN(to)) return Number.POSITIVE_INFINITY;
  return Math.floor((to - from) / DAY_MS);
}

interface Outcome { readonly status: GateStatus; readonly reason: GateReason; readonly facts?: Facts }

const unread = (read: Extract<Read<unknown>, { ok: false }>): Outcome => ({ status: 'unknown', reason: read.reason });

export interface ManualInputs {
  readonly marks: ReadonlyMap<string, ManualMark>;
  /** By criterion id. */
  readonly rows: ReadonlyMap<string, readonly CounterpartyRow[]>;
}

function evaluateFloat(minFloat: number, read: GateInputs['schedule']): Outcome {
  if (!read.ok) return unread(read);
  const schedule = read.value;
  switch (schedule.state) {
    case 'computing': return { status: 'unknown', reason: 'schedule-computing' };
    case 'cycles': return { status: 'red', reason: 'schedule-cycle', facts: { loops: schedule.loops } };
    case 'unschedulable': return { status: 'unknown', reason: 'schedule-unschedulable', facts: { problems: schedule.problems } };
    case 'scheduled': {
      if (schedule.float === null || schedule.releaseDate === null) return { status: 'amber', reason: 'no-release-date', facts: { finish: schedule.finish } };
      const facts = { float: schedule.float, finish: schedule.finish, releaseDate: schedule.releaseDate, minFloat };
      if (schedule.float < minFloat) return { status: 'red', reason: 'float-negative', facts };
      return schedule.stale ? { status: 'amber', reason: 'schedule-stale', facts } : { status: 'green', reason: 'float-ok', facts };
    }
  }
}

function evaluateLoops(read: GateInputs['schedule']): Outcome {
  if (!read.ok) return unread(read);
  const schedule = read.value;
  switch (schedule.state) {
    case 'computing': return { status: 'unknown', reason: 'schedule-computing' };
    case 'cycles': return { status: 'red', reason: 'schedule-cycle', facts: { loops: schedule.loops } };
    case 'unschedulable': return { status: 'unknown', reason: 'schedule-unschedulable', facts: { problems: schedule.problems } };
    case 'scheduled': return schedule.stale ? { status: 'amber', reason: 'schedule-stale' } : { status: 'green', reason: 'no-cycle' };
  }
}

function evaluateCheck(config: CheckConfig, freshnessDays: number | undefined, inputs: GateInputs, now: string): Outcome {
  switch (config.check) {
    case 'unresolved-issues': {
      const read = inputs.unresolvedIssues;
      if (!read.ok) return unread(read);
      return read.value === 0 ? { status: 'green', reason: 'all-resolved' } : { status: 'red', reason: 'unresolved-issues', facts: { count: read.value } };
    }
    case 'open-blocker-bugs': {
      const read = inputs.blockerBugs;
      if (!read.ok) return unread(read);
      return read.value.count === 0
        ? { status: 'green', reason: 'no-blocker-bugs' }
        : { status: 'red', reason: 'open-blocker-bugs', facts: { count: read.value.count, keys: read.value.keys.join(', ') } };
    }
    case 'critical-path-float': return evaluateFloat(config.minFloat, inputs.schedule);
    case 'no-dependency-cycle': return evaluateLoops(inputs.schedule);
    case 'sop-drill': return evaluateDrill(config.pageId, freshnessDays ?? DEFAULT_DRILL_WINDOW_DAYS, inputs, now);
    case 'sop-attestation': return evaluateAttestation(config.pageId, config.minCoverage, freshnessDays, inputs, now);
    case 'campaign-calendar': {
      const read = inputs.calendar;
      if (!read.ok) return unread(read);
      const { needing, conflicts, expectedDate } = read.value;
      if (conflicts.length > 0) {
        const dated = conflicts.filter((c) => c.releaseDate !== null);
        if (dated.length === 0) return { status: 'amber', reason: 'campaign-release-unscheduled', facts: { count: conflicts.length, campaigns: conflicts.map((c) => c.campaignName).join(', ') } };
        return { status: 'red', reason: 'campaign-conflict', facts: { count: conflicts.length, campaigns: conflicts.map((c) => c.campaignName).join(', '), expectedDate, earliest: [...conflicts].map((c) => c.campaignStart).sort()[0] ?? null } };
      }
      return { status: 'green', reason: 'calendar-aligned', facts: { campaigns: needing, expectedDate } };
    }
  }
}

function evidenceOf(pageId: string | null, inputs: GateInputs): Outcome | EvidenceRead {
  if (pageId === null) return { status: 'unknown', reason: 'no-sop-page' };
  const read = inputs.evidence.get(pageId);
  if (read === undefined) return { status: 'unknown', reason: 'confluence-unavailable' };
  if (!read.ok) return unread(read);
  return read.value;
}

/** Evidence of another SOP version than the page's current one (a major revision since): amber, never green. */
const oldVersion = (pageId: string | null, sopVersion: number, currentSopVersion: number): Outcome =>
  ({ status: 'amber', reason: 'evidence-old-version', facts: { pageId, sopVersion, currentSopVersion } });

const isOutcome = (value: Outcome | EvidenceRead): value is Outcome => 'status' in value;

function evaluateDrill(pageId: string | null, windowDays: number, inputs: GateInputs, now: string): Outcome {
  const found = evidenceOf(pageId, inputs);
  if (isOutcome(found)) return found;
  if (found.state === 'absent') return { status: 'red', reason: 'no-evidence', facts: { pageId } };
  if (found.state === 'invalid') return { status: 'unknown', reason: 'evidence-invalid', facts: { pageId } };
  if (found.state === 'untrusted') return { status: 'unknown', reason: 'evidence-untrusted', facts: { pageId, mismatch: found.mismatch } };
  const drill = found.evidence.drill;
  if (found.evidence.kind !== 'drill' || drill === undefined) return { status: 'unknown', reason: 'evidence-wrong-kind', facts: { pageId } };
  if (found.evidence.sopVersion !== found.currentSopVersion) return oldVersion(pageId, found.evidence.sopVersion, found.currentSopVersion);
  const age = ageInDays(drill.lastRunAt, now);
  const facts = { pageId, lastRunAt: drill.lastRunAt, ageDays: Number.isFinite(age) ? age : null, windowDays, sopVersion: found.evidence.sopVersion };
  if (drill.result === 'failed') return { status: 'red', reason: 'drill-failed', facts: { ...facts, failedStep: drill.failedStep ?? null } };
  return age > windowDays ? { status: 'amber', reason: 'drill-stale', facts } : { status: 'green', reason: 'drill-passed', facts };
}

function evaluateAttestation(pageId: string | null, minCoverage: number, freshnessDays: number | undefined, inputs: GateInputs, now: string): Outcome {
  const found = evidenceOf(pageId, inputs);
  if (isOutcome(found)) return found;
  if (found.state === 'absent') return { status: 'red', reason: 'no-evidence', facts: { pageId } };
  if (found.state === 'invalid') return { status: 'unknown', reason: 'evidence-invalid', facts: { pageId } };
  if (found.state === 'untrusted') return { status: 'unknown', reason: 'evidence-untrusted', facts: { pageId, mismatch: found.mismatch } };
  const attestation = found.evidence.attestation;
  if (found.evidence.kind !== 'attestation' || attestation === undefined) return { status: 'unknown', reason: 'evidence-wrong-kind', facts: { pageId } };
  if (found.evidence.sopVersion !== found.currentSopVersion) return oldVersion(pageId, found.evidence.sopVersion, found.currentSopVersion);
  if (attestation.roster <= 0) return { status: 'amber', reason: 'attestation-empty-roster', facts: { pageId } };
  const coverage = Math.min(1, attestation.passed / attestation.roster);
  const facts = { pageId, passed: attestation.passed, roster: attestation.roster, percent: Math.floor(coverage * 100), asOf: attestation.asOf };
  if (coverage < minCoverage) return { status: 'amber', reason: 'attestation-partial', facts: { ...facts, minPercent: Math.round(minCoverage * 100) } };
  if (freshnessDays !== undefined && ageInDays(attestation.asOf, now) > freshnessDays) return { status: 'amber', reason: 'attestation-stale', facts: { ...facts, windowDays: freshnessDays } };
  return { status: 'green', reason: 'attestation-complete', facts };
}

function evaluateMark(mark: ManualMark | undefined, freshnessDays: number | undefined, now: string): Outcome {
  if (mark === undefined) return { status: 'amber', reason: 'manual-pending' };
  const facts = { by: mark.markedBy, at: mark.markedAt };
  if (mark.state === 'not-met') return { status: 'red', reason: 'manual-not-met', facts };
  if (freshnessDays !== undefined && ageInDays(mark.markedAt, now) > freshnessDays) return { status: 'amber', reason: 'manual-stale', facts: { ...facts, windowDays: freshnessDays } };
  return { status: 'green', reason: 'manual-met', facts };
}

function evaluateChecklist(columns: readonly string[], rows: readonly CounterpartyRow[], freshnessDays: number | undefined, now: string): Outcome {
  if (rows.length === 0) return { status: 'amber', reason: 'checklist-empty' };
  const cellsOf = (row: CounterpartyRow) => columns.map((column) => row.cells[column as keyof CounterpartyRow['cells']] ?? 'pending');
  const failed = rows.filter((row) => cellsOf(row).includes('failed'));
  const complete = rows.filter((row) => cellsOf(row).every((cell) => cell === 'passed'));
  const facts = { rows: rows.length, complete: complete.length, failed: failed.length };
  if (failed.length > 0) return { status: 'red', reason: 'checklist-failed', facts: { ...facts, counterparties: failed.map((row) => row.counterparty).join(', ') } };
  if (complete.length < rows.length) return { status: 'amber', reason: 'checklist-partial', facts };
  const stale = freshnessDays !== undefined && rows.some((row) => ageInDays(row.updatedAt, now) > freshnessDays);
  return stale ? { status: 'amber', reason: 'manual-stale', facts: { ...facts, windowDays: freshnessDays } } : { status: 'green', reason: 'checklist-complete', facts };
}

/** One criterion's status now. */
export function evaluateCriterion(criterion: Criterion, inputs: GateInputs, manual: ManualInputs, now: string): CriterionResult {
  let outcome: Outcome;
  switch (criterion.kind) {
    case 'automatic':
      outcome = evaluateCheck(criterion.auto, criterion.freshnessDays, inputs, now);
      break;
    case 'manual':
      outcome = criterion.checklist === undefined
        ? evaluateMark(manual.marks.get(criterion.id), criterion.freshnessDays, now)
        : evaluateChecklist(criterion.checklist, manual.rows.get(criterion.id) ?? [], criterion.freshnessDays, now);
      break;
  }
  return { id: criterion.id, function: criterion.function, status: outcome.status, reason: outcome.reason, facts: outcome.facts ?? {} };
}

export function evaluateCriteria(criteria: readonly Criterion[], inputs: GateInputs, manual: ManualInputs, now: string): CriterionResult[] {
  return criteria.map((criterion) => evaluateCriterion(criterion, inputs, manual, now));
}
