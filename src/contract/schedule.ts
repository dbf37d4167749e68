// Contract of the `schedule/*` keys: the CPM schedule of an epic, with the plan behind it so the panel can
// re-run the same domain code for what-if edits, and the per-project settings and per-link overrides.
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-[1-9]\d*$/, 'expected an issue key such as PERP-12');
export const linkType = z.enum(['FS', 'SS', 'FF', 'SF']);
const weekday = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);

export const planSchema = z.object({
  calendar: z.object({ start: isoDate, workdays: z.array(weekday), holidays: z.array(isoDate).optional() }),
  deadline: isoDate.optional(),
  tasks: z.array(z.object({
    id: z.string(), name: z.string().optional(), duration: z.number().int().min(0),
    actualStart: isoDate.optional(), actualFinish: isoDate.optional(), assignee: z.string().optional(),
  })),
  links: z.array(z.object({ from: z.string(), to: z.string(), type: linkType, lag: z.number().int() })),
});

const dayDate = z.object({ day: z.number().int(), date: isoDate });

export const scheduleResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scheduled'),
    finish: dayDate,
    tasks: z.array(z.object({
      id: z.string(), es: z.number().int(), ef: z.number().int(), ls: z.number().int(), lf: z.number().int(),
      totalFloat: z.number().int(), freeFloat: z.number().int(), critical: z.boolean(), start: isoDate, finish: isoDate,
    })),
    criticalPath: z.array(z.string()),
    forecast: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('no-deadline'), finish: dayDate, float: z.number().int(), criticalPath: z.array(z.string()) }),
      z.object({ kind: z.enum(['holds', 'slips']), finish: dayDate, deadline: dayDate, slip: z.number().int(), float: z.number().int(), criticalPath: z.array(z.string()) }),
    ]),
  }),
  z.object({ kind: z.literal('cycles'), cycles: z.array(z.array(z.string())) }),
  z.object({ kind: z.literal('invalid'), problems: z.array(z.object({ code: z.string(), path: z.string(), message: z.string() })) }),
]);

export const durationSource = z.enum(['estimate', 'points', 'dates']);
export const linkMapping = z.enum(['FS', 'SS', 'FF', 'SF', 'ignore']);

export const scheduleSettingsSchema = z.object({
  durationSource,
  hoursPerDay: z.number().positive().max(24),
  daysPerPoint: z.number().positive().max(30),
  /** Working days assumed for an issue with no estimate, points or dates (shown as an assumption). */
  assumedDays: z.number().int().min(0).max(60),
  workdays: z.array(weekday).min(1),
  holidays: z.array(isoDate).max(400),
  /** Jira link type name -> dependency type, or `ignore` (e.g. "Relates" is not a dependency). */
  linkTypes: z.record(z.string().max(255), linkMapping).refine((types) => Object.keys(types).length <= 100, 'at most 100 link types'),
});

export const scheduleIssueSchema = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  /** Outside the epic: linked from or to one of its issues. */
  external: z.boolean(),
  duration: z.object({
    days: z.number().int().min(0),
    source: z.enum(['estimate', 'points', 'dates', 'actual', 'assumed']),
  }),
});

export const scheduleLinkSchema = z.object({
  /** Jira's issue-link id: overrides are kept per link. */
  id: z.string(),
  from: z.string(),
  to: z.string(),
  jiraType: z.string(),
  type: linkType,
  lag: z.number().int(),
  overridden: z.boolean(),
});

export const epicScheduleSchema = z.object({
  epic: z.object({ key: z.string(), summary: z.string(), projectKey: z.string() }),
  today: isoDate,
  deadline: z.object({ date: isoDate, source: z.enum(['release', 'epic-due']), name: z.string() }).nullable(),
  settings: scheduleSettingsSchema,
  settingsVersion: z.number().int().min(0),
  plan: planSchema,
  issues: z.array(scheduleIssueSchema),
  links: z.array(scheduleLinkSchema),
  /** Every issue-link type of the site, so each can be mapped to a dependency type (or ignored). */
  linkTypeNames: z.array(z.string()),
  schedule: scheduleResultSchema,
  bottlenecks: z.object({
    assignees: z.array(z.object({ assignee: z.string(), criticalTasks: z.number().int(), criticalDays: z.number().int(), peakParallel: z.number().int() })),
    slipImpact: z.array(z.object({ id: z.string(), delayedTasks: z.number().int() })),
  }).nullable(),
  /** Whether the caller may keep link types and lags (LINK_ISSUES); checked again on every write. */
  canEdit: z.boolean(),
  /** Whether the caller may change the project's schedule settings (ADMINISTER_PROJECTS); checked again on save. */
  canAdminister: z.boolean(),
});

export const scheduleForEpic = {
  input: z.object({ issueKey }).strict(),
  output: epicScheduleSchema,
};

const linkId = z.string().regex(/^\d+$/, 'expected a Jira issue-link id');

export const scheduleSaveLinkOverride = {
  input: z.object({
    issueKey,
    linkId,
    type: linkType,
    lag: z.number().int().min(-250).max(250),
  }).strict(),
  output: z.object({ linkId: z.string(), type: linkType, lag: z.number().int() }),
};

/** Forgets a link's kept type and lag, so Jira's link counts again; clearing a link with none kept is not an error. */
export const scheduleClearLinkOverride = {
  input: z.object({ issueKey, linkId }).strict(),
  output: z.object({ linkId: z.string() }),
};

export const scheduleSaveSettings = {
  input: z.object({ issueKey, settings: scheduleSettingsSchema, expectedVersion: z.number().int().min(0) }).strict(),
  output: z.object({ settings: scheduleSettingsSchema, version: z.number().int().min(1) }),
};

export type EpicSchedule = z.infer<typeof epicScheduleSchema>;
export type ScheduleSettings = z.infer<typeof scheduleSettingsSchema>;
