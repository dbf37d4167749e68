// The vocabulary of the release gate: functions that sign, criteria and their checks, statuses, the reasons a
// status is what it is, sign-offs and decisions. Closed sets are const arrays so the contract and storage build
// their schemas from them; everything here is plain data.
import type { IsoDate } from '../schedule';

/** The functions that sign a release off, in the order the gate shows them. */
export const GATE_FUNCTIONS = ['rnd', 'risk', 'market-making', 'operations', 'customer-service'] as const;
export type GateFunction = (typeof GATE_FUNCTIONS)[number];

export const CRITERION_KINDS = ['automatic', 'manual'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** What an automatic criterion computes at evaluation time. */
export const AUTO_CHECKS = [
  'unresolved-issues', 'open-blocker-bugs', 'critical-path-float', 'no-dependency-cycle',
  'sop-drill', 'sop-attestation', 'campaign-calendar',
] as const;
export type AutoCheck = (typeof AUTO_CHECKS)[number];

export const GATE_STATUSES = ['green', 'amber', 'red', 'unknown'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** A rollup never says unknown: unknown data holds a function (and the release) at amber. */
export type RollupStatus = Exclude<GateStatus, 'unknown'>;

/** Why a criterion has its status; each has its sentence in the catalogue (`gate.reasons.<reason>`). */
export const GATE_REASONS = [
  'all-resolved', 'unresolved-issues',
  'no-blocker-bugs', 'open-blocker-bugs',
  'float-ok', 'float-negative', 'no-release-date', 'schedule-computing', 'schedule-stale', 'schedule-cycle', 'no-cycle', 'schedule-unschedulable',
  'no-sop-page', 'no-evidence', 'evidence-invalid', 'evidence-wrong-kind', 'evidence-untrusted', 'evidence-old-version',
  'drill-passed', 'drill-failed', 'drill-stale',
  'attestation-complete', 'attestation-partial', 'attestation-stale', 'attestation-empty-roster',
  'calendar-aligned', 'campaign-conflict', 'campaign-release-unscheduled',
  'manual-met', 'manual-not-met', 'manual-pending', 'manual-stale',
  'checklist-complete', 'checklist-partial', 'checklist-failed', 'checklist-empty',
  'jira-unavailable', 'jira-rate-limited', 'jira-no-access',
  'confluence-unavailable', 'confluence-rate-limited', 'confluence-no-access',
  'storage-unavailable',
] as const;
export type GateReason = (typeof GATE_REASONS)[number];

/** The facts behind a status, for the page to put in its sentence (counts, dates, names). */
export type Facts = Readonly<Record<string, string | number | boolean | null>>;

/** Where an automatic check reads from, and its thresholds. */
export type CheckConfig =
  | { readonly check: 'unresolved-issues' }
  | { readonly check: 'open-blocker-bugs'; readonly priorities: readonly string[] }
  | { readonly check: 'critical-path-float'; readonly minFloat: number }
  | { readonly check: 'no-dependency-cycle' }
  | { readonly check: 'sop-drill'; readonly pageId: string | null }
  | { readonly check: 'sop-attestation'; readonly pageId: string | null; readonly minCoverage: number }
  | { readonly check: 'campaign-calendar' };

/** The columns of a per-counterparty checklist row, e.g. a market maker's sandbox tests. */
export const CHECKLIST_COLUMNS = ['sandbox-tests', 'production-connectivity', 'depth-commitment'] as const;
export type ChecklistColumn = (typeof CHECKLIST_COLUMNS)[number];

export const MARK_STATES = ['met', 'not-met'] as const;
export type MarkState = (typeof MARK_STATES)[number];

export const CELL_STATES = ['pending', 'passed', 'failed'] as const;
export type CellState = (typeof CELL_STATES)[number];

interface CriterionBase {
  /** Stable within a release's criteria: lowercase words and dashes. */
  readonly id: string;
  readonly function: GateFunction;
  /** Words of the criterion; absent for a template criterion, worded from the catalogue (`gate.criteria.<id>`). */
  readonly name?: string;
  /** What counts as evidence, in the owner's words (absent: the catalogue's `gate.criteria.<id>.evidence`). */
  readonly evidence?: string;
  /** Evidence older than this many days turns the criterion amber. */
  readonly freshnessDays?: number;
}

export type Criterion =
  | (CriterionBase & { readonly kind: 'automatic'; readonly auto: CheckConfig })
  | (CriterionBase & { readonly kind: 'manual'; readonly checklist?: readonly ChecklistColumn[] });

/** Who may sign for a function: members of any of these Jira groups or project roles. */
export interface FunctionMembership {
  readonly function: GateFunction;
  readonly groups: readonly string[];
  readonly roles: readonly string[];
}

/** A person's manual mark on a criterion. */
export interface ManualMark {
  readonly criterionId: string;
  readonly state: MarkState;
  readonly evidenceUrl: string | null;
  readonly comment: string;
  readonly markedBy: string;
  readonly markedAt: string;
  readonly version: number;
}

/** One counterparty's row of a checklist criterion (a market maker and its integration checks). */
export interface CounterpartyRow {
  readonly criterionId: string;
  readonly counterparty: string;
  readonly cells: Readonly<Partial<Record<ChecklistColumn, CellState>>>;
  readonly evidenceUrl: string | null;
  readonly comment: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface CriterionResult {
  readonly id: string;
  readonly function: GateFunction;
  readonly status: GateStatus;
  readonly reason: GateReason;
  readonly facts: Facts;
}

/** A function's sign-off: who, when, and the statuses of that function's criteria as they saw them. */
export interface SignOff {
  readonly function: GateFunction;
  readonly accountId: string;
  readonly signedAt: string;
  readonly saw: Readonly<Record<string, GateStatus>>;
  readonly version: number;
}

export const SIGNOFF_INVALID_REASONS = ['regressed', 'expired', 'criteria-changed'] as const;
export type SignOffInvalidReason = (typeof SIGNOFF_INVALID_REASONS)[number];

export const DECISION_KINDS = ['GO', 'GO_WITH_EXCEPTIONS', 'NO_GO'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What the log records: a decision, or a release made in Jira without a valid GO. */
export const LOG_KINDS = [...DECISION_KINDS, 'RELEASED_WITHOUT_GO'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export interface GateException {
  readonly criterionId: string;
  readonly reason: string;
}

/** A record of the decision log before it is chained. */
export interface LogEntry {
  readonly kind: LogKind;
  readonly versionId: string;
  readonly by: string;
  readonly at: string;
  readonly reason: string;
  readonly exceptions: readonly GateException[];
  /** The overall status and each criterion's status the decision was taken on. */
  readonly overall: RollupStatus;
  readonly statuses: Readonly<Record<string, GateStatus>>;
  readonly signedFunctions: readonly GateFunction[];
}

/** A chained record: its place, the previous record's hash and its own. */
export interface LogRecord extends LogEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

export type { IsoDate };
