// Contract of the release gate (`gate/*`): the project's releases with their gate state, one release's gate
// (criteria with status and reason, functions with rollup and sign-off, the decision log and its verification),
// edits of criteria and of the project template, manual marks, counterparty rows, sign-offs, decisions, the
// status-API token, the meeting minutes, and the calendar of releases and campaigns.
import { z } from 'zod';
import {
  CELL_STATES, CHECKLIST_COLUMNS, DECISION_KINDS, GATE_FUNCTIONS, GATE_REASONS, GATE_STATUSES,
  LOG_KINDS, MARK_STATES, SIGNOFF_INVALID_REASONS,
} from '../domain/gate/types';
import { campaignSchema } from './campaign';
import { isoDate, isoInstant, versionId } from './values';

export const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as PERP');
export const gateFunction = z.enum(GATE_FUNCTIONS, { error: `expected one of ${GATE_FUNCTIONS.join(', ')}` });
export const gateStatus = z.enum(GATE_STATUSES);
export const rollupStatus = z.enum(['green', 'amber', 'red']);
export const criterionId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a criterion id of lowercase words and dashes').max(60);
const freeText = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const evidenceUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) link' }).max(2000);

export const checkConfigSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('unresolved-issues') }).strict(),
  z.object({ check: z.literal('open-blocker-bugs'), priorities: z.array(z.string().min(1).max(40)).min(1).max(10) }).strict(),
  z.object({ check: z.literal('critical-path-float'), minFloat: z.number().int().min(-100).max(100) }).strict(),
  z.object({ check: z.literal('no-dependency-cycle') }).strict(),
  z.object({ check: z.literal('sop-drill'), pageId: z.string().regex(/^\d+$/, 'expected a Confluence page id').nullable() }).strict(),
  z.object({ check: z.literal('sop-attestation'), pageId: z.string().regex(/^\d+$/, 'expected a Confluence page id').nullable(), minCoverage: z.number().min(0).max(1) }).strict(),
  z.object({ check: z.literal('campaign-calendar') }).strict(),
]);

const criterionBase = {
  id: criterionId,
  function: gateFunction,
  /** Absent: a template criterion, worded by the catalogue (`gate.criteria.<id>`). */
  name: freeText(200).min(1).exactOptional(),
  evidence: freeText(500).exactOptional(),
  freshnessDays: z.number().int().min(1).max(365).exactOptional(),
};

export const criterionSchema = z.discriminatedUnion('kind', [
  z.object({ ...criterionBase, kind: z.literal('automatic'), auto: checkConfigSchema }).strict(),
  z.object({ ...criterionBase, kind: z.literal('manual'), checklist: z.array(z.enum(CHECKLIST_COLUMNS)).min(1).exactOptional() }).strict(),
]);

/** A list of criteria whose ids are unique. */
export const criteriaSchema = z.array(criterionSchema).max(60).refine(
  (criteria) => new Set(criteria.map((c) => c.id)).size === criteria.length,
  { error: 'criterion ids must be unique' },
);

export const membershipSchema = z.object({
  function: gateFunction,
  groups: z.array(z.string().min(1).max(100)).max(20),
  roles: z.array(z.string().min(1).max(100)).max(20),
}).strict();

/** The project's template: the criteria a release starts from, who signs each function, how long a sign-off lasts. */
export const gateTemplateSchema = z.object({
  projectKey: z.string(),
  criteria: criteriaSchema,
  membership: z.array(membershipSchema),
  signOffMaxAgeDays: z.number().int().min(1).max(90),
  /** 0 = never saved: the perpetual-futures default. */
  version: z.number().int().min(0),
});

export const factsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const markSchema = z.object({
  state: z.enum(MARK_STATES),
  evidenceUrl: z.string().nullable(),
  comment: z.string(),
  markedBy: z.string(),
  markedAt: isoInstant,
  version: z.number().int().min(1),
});

export const counterpartyRowSchema = z.object({
  counterparty: z.string(),
  cells: z.partialRecord(z.enum(CHECKLIST_COLUMNS), z.enum(CELL_STATES)),
  evidenceUrl: z.string().nullable(),
  comment: z.string(),
  updatedBy: z.string(),
  updatedAt: isoInstant,
  version: z.number().int().min(1),
});

/** A criterion as evaluated now: its definition, status, the reason and facts behind it, and its manual inputs. */
export const evaluatedCriterionSchema = z.object({
  criterion: criterionSchema,
  status: gateStatus,
  reason: z.enum(GATE_REASONS),
  facts: factsSchema,
  mark: markSchema.nullable(),
  rows: z.array(counterpartyRowSchema),
});

export const signOffSchema = z.object({
  function: gateFunction,
  accountId: z.string(),
  displayName: z.string().nullable(),
  signedAt: isoInstant,
  saw: z.record(z.string(), gateStatus),
  version: z.number().int().min(1),
  valid: z.boolean(),
  invalid: z.object({ reason: z.enum(SIGNOFF_INVALID_REASONS), criteria: z.array(z.string()) }).nullable(),
});

export const functionViewSchema = z.object({
  function: gateFunction,
  status: rollupStatus,
  counts: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), unknown: z.number().int() }),
  signOff: signOffSchema.nullable(),
  /** Whether the caller is a member of this function (may mark its manual criteria and sign it). */
  canSign: z.boolean(),
});

export const logRecordSchema = z.object({
  seq: z.number().int().min(1),
  kind: z.enum(LOG_KINDS),
  versionId: z.string(),
  by: z.string(),
  byName: z.string().nullable(),
  at: isoInstant,
  reason: z.string(),
  exceptions: z.array(z.object({ criterionId: z.string(), reason: z.string() })),
  overall: rollupStatus,
  statuses: z.record(z.string(), gateStatus),
  signedFunctions: z.array(gateFunction),
  prevHash: z.string(),
  hash: z.string(),
});

/** The decision log's verification: `brokenAt` names the first record whose hash or link does not hold. */
export const chainSchema = z.object({
  verified: z.boolean(),
  length: z.number().int().min(0),
  brokenAt: z.number().int().min(1).nullable(),
  head: z.string().nullable(),
});

export const historySchema = z.object({ records: z.array(logRecordSchema), chain: chainSchema });

export const gateReleaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  projectKey: z.string(),
  releaseDate: isoDate.nullable(),
  released: z.boolean(),
  /** The release owner (Jira's version driver), who alone may decide GO with exceptions. */
  ownerAccountId: z.string().nullable(),
  ownerName: z.string().nullable(),
});

/** Jira's native version approvers, read-only, shown beside the gate's own sign-offs. */
export const nativeApproverSchema = z.object({
  accountId: z.string(),
  displayName: z.string().nullable(),
  status: z.string(),
  description: z.string().nullable(),
});

/** The latest decision (a released-without-GO record is not one). */
export const currentDecisionSchema = z.object({
  kind: z.enum(DECISION_KINDS),
  at: isoInstant,
  by: z.string(),
  seq: z.number().int().min(1),
}).nullable();

export const gateViewSchema = z.object({
  release: gateReleaseSchema,
  evaluatedAt: isoInstant,
  overall: rollupStatus,
  criteria: z.array(evaluatedCriterionSchema),
  functions: z.array(functionViewSchema),
  signedCount: z.number().int().min(0),
  /** Which decisions the rules allow now (GO needs green and every function validly signed). */
  allowed: z.object({ GO: z.boolean(), GO_WITH_EXCEPTIONS: z.boolean(), NO_GO: z.boolean() }),
  /** Criteria not green now: a GO with exceptions needs a reason for each. */
  needsException: z.array(z.string()),
  decision: currentDecisionSchema,
  history: historySchema,
  approvers: z.array(nativeApproverSchema),
  /** The release's criteria differ from the project template (false: it follows the template). */
  customised: z.boolean(),
  configVersion: z.number().int().min(0),
  signOffMaxAgeDays: z.number().int().min(1),
  canEditCriteria: z.boolean(),
  isOwner: z.boolean(),
  isAdmin: z.boolean(),
  /** The related-work link on the release page, as last written (null: not written yet or it failed). */
  relatedWork: z.object({ title: z.string(), url: z.string() }).nullable(),
});

export const releaseSummarySchema = z.object({
  versionId: z.string(),
  name: z.string(),
  releaseDate: isoDate.nullable(),
  /** Calendar days from today to the release date; negative: overdue; null: no date. */
  daysToRelease: z.number().int().nullable(),
  overall: rollupStatus,
  signedCount: z.number().int().min(0),
  functionCount: z.number().int().min(0),
  decision: currentDecisionSchema,
});

export const gateList = {
  input: z.object({ projectKey }).strict(),
  output: z.object({
    projectKey: z.string(),
    releases: z.array(releaseSummarySchema),
    isAdmin: z.boolean(),
    token: z.object({ exists: z.boolean(), createdAt: isoInstant.nullable() }),
  }),
};

export const gateForRelease = { input: z.object({ versionId }).strict(), output: gateViewSchema };

/** The release's own criteria (`criteria: null` = follow the project template again). */
export const gateSaveCriteria = {
  input: z.object({ versionId, criteria: criteriaSchema.nullable(), expectedVersion: z.number().int().min(0) }).strict(),
  output: gateViewSchema,
};

export const gateTemplate = { input: z.object({ projectKey }).strict(), output: gateTemplateSchema };

export const gateSaveTemplate = {
  input: z.object({
    projectKey,
    criteria: criteriaSchema,
    membership: z.array(membershipSchema).max(GATE_FUNCTIONS.length),
    signOffMaxAgeDays: z.number().int().min(1).max(90),
    expectedVersion: z.number().int().min(0),
  }).strict(),
  output: gateTemplateSchema,
};

export const gateMarkCriterion = {
  input: z.object({
    versionId, criterionId,
    state: z.enum(MARK_STATES),
    evidenceUrl: evidenceUrl.nullable(),
    comment: freeText(2000),
    /** The mark's version as read (0: none yet). */
    expectedVersion: z.number().int().min(0),
  }).strict(),
  output: gateViewSchema,
};

export const gateMarkCounterparty = {
  input: z.object({
    versionId, criterionId,
    counterparty: freeText(100).min(1, 'name the counterparty'),
    /** null removes the row. */
    row: z.object({
      cells: z.partialRecord(z.enum(CHECKLIST_COLUMNS), z.enum(CELL_STATES)),
      evidenceUrl: evidenceUrl.nullable(),
      comment: freeText(2000),
    }).strict().nullable(),
    expectedVersion: z.number().int().min(0),
  }).strict(),
  output: gateViewSchema,
};

export const gateSignOff = {
  input: z.object({ versionId, function: gateFunction }).strict(),
  output: gateViewSchema,
};

export const gateDecide = {
  input: z.object({
    versionId,
    kind: z.enum(DECISION_KINDS),
    reason: freeText(2000),
    exceptions: z.array(z.object({ criterionId, reason: freeText(1000).min(1, 'give a reason') }).strict()).max(60),
    /** The hash of the log's last record as the page saw it (null: empty log); someone deciding first is a CONFLICT. */
    expectedHead: z.string().nullable(),
  }).strict(),
  output: gateViewSchema,
};

export const gateHistory = { input: z.object({ versionId }).strict(), output: historySchema };

/** A new token for the status API; its text is answered this once and never again. */
export const gateRotateToken = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ token: z.string(), createdAt: isoInstant }),
};

export const gateExportMinutes = {
  input: z.object({ versionId, spaceKey: z.string().regex(/^[A-Za-z0-9~]{1,255}$/, 'expected a Confluence space key') }).strict(),
  output: z.object({ pageId: z.string(), title: z.string(), url: z.string() }),
};

export const calendarReleaseSchema = z.object({
  versionId: z.string(),
  name: z.string(),
  releaseDate: isoDate.nullable(),
  /** The schedule's forecast finish (null: not scheduled yet). */
  forecastDate: isoDate.nullable(),
  released: z.boolean(),
});

export const conflictSchema = z.object({
  campaignId: z.string(),
  versionId: z.string(),
  campaignStart: isoDate,
  /** The date the release is expected (forecast, else release date); null: not known, so not aligned. */
  releaseDate: isoDate.nullable(),
  /** Calendar days the campaign starts before the release (null: release date unknown). */
  daysEarly: z.number().int().nullable(),
});

export const gateCalendar = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ releases: z.array(calendarReleaseSchema), campaigns: z.array(campaignSchema), conflicts: z.array(conflictSchema) }),
};

export type GateView = z.infer<typeof gateViewSchema>;
export type GateCriterionInput = z.infer<typeof criterionSchema>;
