// Contract of the release-wide schedule and of one issue's place in it: `schedule/forRelease` (one CPM over every
// issue of a release and of its epics), `schedule/refreshRelease` (recompute now) and `schedule/forIssue` (the
// dependency view of one issue, answered from the release's kept snapshot, saying how old it is).
import { z } from 'zod';
import { STATUS_CATEGORIES } from '../domain/schedule';
import { bottlenecksSchema, forecastSchema, issuePlanSchema, issueTaskSchema, problemSchema, scheduleResultSchema } from './plan';
import { deadlineSchema, scheduleSettingsSchema } from './schedule';
import { isoDate, isoInstant, issueKey, versionId } from './values';

/**
 * Why a kept schedule is not current: issues or links of the release changed since it was computed (a
 * recomputation is due), or the last recomputation could not read the release in full.
 */
export const STALE_REASONS = ['changed', 'refresh-failed'] as const;
export type StaleReason = (typeof STALE_REASONS)[number];

/** Which part of a release's data could not be read, named in a failed read's error and in a stale snapshot. */
export const RELEASE_PARTS = ['release', 'release-issues', 'epic-children', 'issue-fields', 'linked-issues', 'site-metadata', 'storage'] as const;
export type ReleasePart = (typeof RELEASE_PARTS)[number];

export const releaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  releaseDate: isoDate.nullable(),
  projectKey: z.string(),
});

/** `null` = current; otherwise why it is not, since when, and for a failed recomputation what could not be read. */
export const staleSchema = z.object({
  reason: z.enum(STALE_REASONS),
  since: isoInstant,
  failed: z.enum(RELEASE_PARTS).exactOptional(),
}).nullable();

/** A task of the release's plan: an issue, with the epic it belongs to (null: in the release without an epic). */
export const releaseTaskSchema = issueTaskSchema.extend({ epicKey: z.string().nullable() });

export const releasePlanSchema = issuePlanSchema.extend({ tasks: z.array(releaseTaskSchema) });

const progressSchema = z.object({
  /** Issues read so far. */
  done: z.number().int().min(0),
  /** Issues to read; null until the release's issues are counted. */
  total: z.number().int().min(0).nullable(),
});

/** What a release's schedule holds, kept as computed: the wire's ready state and the stored snapshot both carry it. */
export const releaseScheduleContentSchema = z.object({
  release: releaseSchema,
  /** The status date the schedule was computed from. */
  today: isoDate,
  deadline: deadlineSchema,
  settings: scheduleSettingsSchema,
  settingsVersion: z.number().int().min(0),
  /** One task per issue of the release and of its epics (and each outside issue linked to them), one link per Jira link. */
  plan: releasePlanSchema,
  /** The epics whose children are in the plan; an epic is a container, never a task itself. */
  epics: z.array(z.object({ key: z.string(), summary: z.string() })),
  issueLinkTypes: z.array(z.string()),
  schedule: scheduleResultSchema,
  bottlenecks: bottlenecksSchema.nullable(),
});

export const releaseScheduleSchema = z.discriminatedUnion('state', [
  releaseScheduleContentSchema.extend({
    state: z.literal('ready'),
    /** When this schedule was computed from Jira's data. */
    computedAt: isoInstant,
    stale: staleSchema,
    canEdit: z.boolean(),
    canAdminister: z.boolean(),
    /**
     * Issues of a schedule kept by the app that Jira hides from the viewer: they stay in the plan (the dates depend
     * on them) with their summary and assignee withheld. Absent when the viewer sees every issue.
     */
    hidden: z.number().int().min(1).exactOptional(),
  }),
  z.object({
    /** A large release is scheduled in the background; ask again until it is ready. */
    state: z.literal('computing'),
    release: releaseSchema,
    progress: progressSchema,
    startedAt: isoInstant,
  }),
]);

export const scheduleForRelease = {
  input: z.object({ versionId }).strict(),
  output: releaseScheduleSchema,
};

/** Recomputes the release's schedule now (in the background for a large release) and answers like forRelease. */
export const scheduleRefreshRelease = {
  input: z.object({ versionId }).strict(),
  output: releaseScheduleSchema,
};

const issueSummarySchema = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(STATUS_CATEGORIES),
});

/** An issue that waits on this one, or that this one waits on, `depth` links away (1 = directly). */
export const dependencyRowSchema = issueSummarySchema.extend({
  assigneeName: z.string().exactOptional(),
  external: z.boolean(),
  critical: z.boolean(),
  depth: z.number().int().min(1),
});

/** A Jira issue link of the issue, seen from it: `outward` = this issue <outward verb> the other ("blocks"). */
export const directLinkSchema = z.object({
  id: z.string(),
  issueLinkType: z.string(),
  direction: z.enum(['outward', 'inward']),
  issue: issueSummarySchema,
});

export const issuePlacementSchema = z.discriminatedUnion('kind', [
  /** In no unreleased release (neither itself nor its epic): its direct links only. */
  z.object({ kind: z.literal('no-release'), directLinks: z.array(directLinkSchema) }),
  /** Its release has no schedule yet that includes it (none computed, or it joined since). */
  z.object({
    kind: z.literal('not-computed'),
    release: releaseSchema,
    computing: z.object({ progress: progressSchema, startedAt: isoInstant }).nullable(),
  }),
  /** The release's schedule could not be computed: its links form loops, or its data has problems. */
  z.object({
    kind: z.literal('unschedulable'),
    release: releaseSchema,
    computedAt: isoInstant,
    stale: staleSchema,
    cycles: z.array(z.array(z.string())),
    problems: z.array(problemSchema),
  }),
  z.object({
    kind: z.literal('scheduled'),
    release: releaseSchema,
    computedAt: isoInstant,
    stale: staleSchema,
    task: z.object({
      start: isoDate,
      finish: isoDate,
      lateStart: isoDate,
      lateFinish: isoDate,
      totalFloat: z.number().int(),
      freeFloat: z.number().int(),
      critical: z.boolean(),
    }),
    /** Working days the release's finish moves when this issue slips by one working day. */
    releaseSlipPerDay: z.number().int().min(0),
    /** What it waits on that is not done, transitively, nearest first. */
    waitsOn: z.array(dependencyRowSchema),
    /** What waits on it that is not done, transitively, nearest first. */
    waitedOnBy: z.array(dependencyRowSchema),
    /** How many of each list Jira hides from the viewer: counted, never shown. */
    hidden: z.object({ waitsOn: z.number().int().min(0), waitedOnBy: z.number().int().min(0) }),
    /** The release's forecast. */
    forecast: forecastSchema,
  }),
]);

export const scheduleForIssue = {
  input: z.object({ issueKey }).strict(),
  output: z.object({
    issue: issueSummarySchema.extend({ epicKey: z.string().nullable() }),
    placement: issuePlacementSchema,
  }),
};

export type ReleaseSchedule = z.infer<typeof releaseScheduleSchema>;
export type IssuePlacement = z.infer<typeof issuePlacementSchema>;
