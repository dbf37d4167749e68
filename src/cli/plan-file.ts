// The plan file the CLI reads (`launch-control schedule plan.json`): its zod schema, with messages that name
// the field (`tasks[3].duration: expected a whole number >= 0`), and its conversion to the domain's Plan.

import { z } from 'zod';
import type { LinkType, Plan, PlanLink, PlanTask, Problem, Weekday } from '../domain/schedule';

/** A problem with the file, named by its field path (schema problems and the domain's alike). */
export type FieldProblem = Pick<Problem, 'path' | 'message'>;

const isoDate = z.string({ error: 'expected a date YYYY-MM-DD' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });
const wholeNumber = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' });
const idText = z.string({ error: 'expected a task id (a string)' }).min(1, { error: 'expected a non-empty task id' });

const weekday = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], { error: 'expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun' });
const linkType = z.enum(['FS', 'SS', 'FF', 'SF'], { error: 'expected one of FS, SS, FF, SF' });

export const planFileSchema = z.object(
  {
    calendar: z.object(
      {
        start: isoDate,
        workdays: z.array(weekday, { error: 'expected a list of weekdays' }).min(1, { error: 'expected at least one working weekday' }),
        holidays: z.array(isoDate, { error: 'expected a list of dates' }).optional(),
      },
      { error: 'expected an object with start, workdays and holidays' },
    ),
    deadline: isoDate.optional(),
    tasks: z.array(
      z.object(
        {
          id: idText,
          name: z.string({ error: 'expected a string' }).optional(),
          duration: z.number({ error: 'expected a whole number >= 0' }).int({ error: 'expected a whole number >= 0' }).min(0, { error: 'expected a whole number >= 0' }),
          actualStart: isoDate.optional(),
          actualFinish: isoDate.optional(),
          assignee: z.string({ error: 'expected a string' }).optional(),
        },
        { error: 'expected a task object' },
      ),
      { error: 'expected a list of tasks' },
    ),
    links: z
      .array(
        z.object(
          { from: idText, to: idText, type: linkType.optional(), lag: wholeNumber.optional() },
          { error: 'expected a link object' },
        ),
        { error: 'expected a list of links' },
      )
      .optional(),
  },
  { error: 'expected a plan object with calendar, tasks and links' },
);

export type PlanFile = z.infer<typeof planFileSchema>;

export type PlanFileOutcome =
  | { readonly kind: 'plan'; readonly plan: Plan }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] };

/** Checks parsed JSON against the plan file schema and converts it; link type defaults to FS, lag to 0. */
export function readPlanFile(json: unknown): PlanFileOutcome {
  const parsed = planFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  return { kind: 'plan', plan: toPlan(parsed.data) };
}

/** `['tasks', 3, 'duration']` -> `tasks[3].duration`; the root is `plan`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'plan' : text;
}

function toPlan(file: PlanFile): Plan {
  const workdays: readonly Weekday[] = file.calendar.workdays;
  const calendar = file.calendar.holidays === undefined
    ? { start: file.calendar.start, workdays }
    : { start: file.calendar.start, workdays, holidays: file.calendar.holidays };
  const tasks = file.tasks.map((task): PlanTask => ({
    id: task.id,
    duration: task.duration,
    ...(task.name === undefined ? {} : { name: task.name }),
    ...(task.actualStart === undefined ? {} : { actualStart: task.actualStart }),
    ...(task.actualFinish === undefined ? {} : { actualFinish: task.actualFinish }),
    ...(task.assignee === undefined ? {} : { assignee: task.assignee }),
  }));
  const links = (file.links ?? []).map((link): PlanLink => ({
    from: link.from,
    to: link.to,
    type: link.type ?? ('FS' satisfies LinkType),
    lag: link.lag ?? 0,
  }));
  return file.deadline === undefined ? { calendar, tasks, links } : { calendar, deadline: file.deadline, tasks, links };
}
