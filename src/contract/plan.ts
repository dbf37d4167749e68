// The plan and the schedule as data, defined once: the CLI's plan file, the wire and the type-level tests all use
// these schemas, checked against the domain's Plan and ScheduleResult types. A plan's calendar defaults to
// Monday to Friday without holidays, a link to finish-to-start without lag, as a planner expects.
import { z } from 'zod';
import {
  DEFAULT_WORKDAYS, DURATION_BASES, PROBLEM_CODES, STATUS_CATEGORIES,
} from '../domain/schedule';
import { isoDate, linkType, weekday, wholeNumber } from './values';

const taskId = z.string({ error: 'expected a task id (a string)' }).min(1, { error: 'expected a non-empty task id' });
const duration = z.number({ error: 'expected a whole number >= 0' }).int({ error: 'expected a whole number >= 0' }).min(0, { error: 'expected a whole number >= 0' });
const text = z.string({ error: 'expected a string' });

export const calendarSchema = z.object({
  start: isoDate,
  workdays: z.array(weekday, { error: 'expected a list of weekdays' })
    .min(1, { error: 'expected at least one working weekday' })
    .default([...DEFAULT_WORKDAYS]),
  holidays: z.array(isoDate, { error: 'expected a list of dates' }).default([]),
}, { error: 'expected an object with start, workdays and holidays' });

export const planTaskSchema = z.object({
  id: taskId,
  name: text.exactOptional(),
  duration,
  actualStart: isoDate.exactOptional(),
  actualFinish: isoDate.exactOptional(),
  assignee: text.exactOptional(),
}, { error: 'expected a task object' });

export const planLinkSchema = z.object({
  id: text.exactOptional(),
  from: taskId,
  to: taskId,
  type: linkType.default('FS'),
  lag: wholeNumber.default(0),
}, { error: 'expected a link object' });

export const planSchema = z.object({
  calendar: calendarSchema,
  deadline: isoDate.exactOptional(),
  tasks: z.array(planTaskSchema, { error: 'expected a list of tasks' }),
  links: z.array(planLinkSchema, { error: 'expected a list of links' }).default([]),
}, { error: 'expected a plan object with calendar, tasks and links' });

/** One issue as a task: the domain's IssueTask. */
export const issueTaskSchema = planTaskSchema.extend({
  name: z.string(),
  status: z.string(),
  statusCategory: z.enum(STATUS_CATEGORIES),
  assigneeName: z.string().exactOptional(),
  external: z.boolean(),
  durationBasis: z.enum(DURATION_BASES),
});

/** One Jira issue link as a dependency: the domain's IssueLink. */
export const issueLinkSchema = planLinkSchema.extend({
  id: z.string(),
  issueLinkType: z.string(),
  overridden: z.boolean(),
});

export const issuePlanSchema = planSchema.extend({
  tasks: z.array(issueTaskSchema),
  links: z.array(issueLinkSchema),
});

const dayDate = z.object({ day: z.number().int(), date: isoDate });

export const problemSchema = z.object({ code: z.enum(PROBLEM_CODES), path: z.string(), value: z.string().exactOptional() });

export const forecastSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no-deadline'), finish: dayDate, float: z.number().int(), criticalPath: z.array(z.string()) }),
  z.object({ kind: z.enum(['holds', 'slips']), finish: dayDate, deadline: dayDate, slip: z.number().int(), float: z.number().int(), criticalPath: z.array(z.string()) }),
]);

export const scheduleResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('scheduled'),
    finish: dayDate,
    tasks: z.array(z.object({
      id: z.string(), es: z.number().int(), ef: z.number().int(), ls: z.number().int(), lf: z.number().int(),
      totalFloat: z.number().int(), freeFloat: z.number().int(), critical: z.boolean(), start: isoDate, finish: isoDate,
    })),
    criticalPath: z.array(z.string()),
    forecast: forecastSchema,
  }),
  z.object({ kind: z.literal('cycles'), cycles: z.array(z.array(z.string())) }),
  z.object({ kind: z.literal('invalid'), problems: z.array(problemSchema) }),
]);

export const bottlenecksSchema = z.object({
  assignees: z.array(z.object({ assignee: z.string(), criticalTasks: z.number().int(), criticalDays: z.number().int(), peakParallel: z.number().int(), peakDay: z.number().int().exactOptional() })),
  slipImpact: z.array(z.object({ id: z.string(), delayedTasks: z.number().int() })),
});
