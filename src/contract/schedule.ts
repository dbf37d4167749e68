// Contract of the `schedule/*` keys: the CPM schedule of an epic, with the plan behind it (its tasks are the
// issues, its links carry their Jira ids) so the panel can re-run the same domain code for what-if edits, and
// the per-project settings and per-link overrides.
import { z } from 'zod';
import { DURATION_SOURCES, LINK_MAPPINGS } from '../domain/schedule';
import { bottlenecksSchema, issuePlanSchema, scheduleResultSchema } from './plan';
import { isoDate, issueKey, issueLinkId, linkType, weekday } from './values';

export const scheduleSettingsSchema = z.object({
  durationSource: z.enum(DURATION_SOURCES),
  hoursPerDay: z.number().positive().max(24),
  daysPerPoint: z.number().positive().max(30),
  assumedDays: z.number().int().min(0).max(60),
  workdays: z.array(weekday).min(1),
  holidays: z.array(isoDate).max(400),
  linkTypes: z.record(z.string().max(255), z.enum(LINK_MAPPINGS)).refine((types) => Object.keys(types).length <= 100, 'at most 100 link types'),
});

export const deadlineSchema = z.object({ date: isoDate, source: z.enum(['release', 'epic-due']), name: z.string() }).nullable();

export const epicScheduleSchema = z.object({
  epic: z.object({ key: z.string(), summary: z.string(), projectKey: z.string() }),
  today: isoDate,
  deadline: deadlineSchema,
  settings: scheduleSettingsSchema,
  settingsVersion: z.number().int().min(0),
  /** The plan: one task per issue of the epic (and each outside issue linked to it), one link per Jira link. */
  plan: issuePlanSchema,
  /** Every issue-link type of the site, so each can be mapped to a link type (or ignored). */
  issueLinkTypes: z.array(z.string()),
  schedule: scheduleResultSchema,
  /** Of the plan as Jira gave it; the page recomputes them with the same domain code only after a what-if edit. */
  bottlenecks: bottlenecksSchema.nullable(),
  /** Whether the caller may keep link types and lags (LINK_ISSUES); checked again on every write. */
  canEdit: z.boolean(),
  /** Whether the caller may change the project's schedule settings (ADMINISTER_PROJECTS); checked again on save. */
  canAdminister: z.boolean(),
});

export const scheduleForEpic = {
  input: z.object({ issueKey }).strict(),
  output: epicScheduleSchema,
};

const linkOverrideSchema = z.object({ linkId: z.string(), type: linkType, lag: z.number().int() });

export const scheduleSaveLinkOverride = {
  input: z.object({ issueKey, linkId: issueLinkId, type: linkType, lag: z.number().int().min(-250).max(250) }).strict(),
  output: linkOverrideSchema,
};

/** Forgets a link's kept type and lag, so Jira's link counts again; clearing a link with none kept is not an error. */
export const scheduleClearLinkOverride = {
  input: z.object({ issueKey, linkId: issueLinkId }).strict(),
  output: z.object({ linkId: z.string() }),
};

export const scheduleSaveSettings = {
  input: z.object({ issueKey, settings: scheduleSettingsSchema, expectedVersion: z.number().int().min(0) }).strict(),
  output: z.object({ settings: scheduleSettingsSchema, version: z.number().int().min(1) }),
};

export type EpicSchedule = z.infer<typeof epicScheduleSchema>;
