// The plan file the CLI reads (`launch-control schedule plan.json`): the contract's one plan schema (its
// messages name the field: `tasks[3].duration: expected a whole number >= 0`, its defaults are a planner's:
// Monday to Friday, no holidays, finish-to-start without lag), and the English wording of the domain's problems.

import { planSchema } from '../contract/plan';
import type { Plan, Problem } from '../domain/schedule';

/** A problem with the file, named by its field path, in words. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export type PlanFileOutcome =
  | { readonly kind: 'plan'; readonly plan: Plan }
  | { readonly kind: 'invalid'; readonly problems: readonly FieldProblem[] };

/** Checks parsed JSON against the plan schema. */
export function readPlanFile(json: unknown): PlanFileOutcome {
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  return { kind: 'plan', plan: parsed.data };
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

/** The domain's problem in the CLI's English. */
export function describeProblem(problem: Problem): FieldProblem {
  const value = problem.value ?? '';
  const message = ((): string => {
    switch (problem.code) {
      case 'bad-date': return 'expected a date YYYY-MM-DD';
      case 'bad-weekday': return 'expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun';
      case 'no-workdays': return 'expected at least one working weekday';
      case 'duplicate-id': return `duplicate task id "${value}"`;
      case 'bad-id': return 'expected a non-empty string';
      case 'bad-duration': return 'expected a whole number >= 0';
      case 'actual-finish-without-start': return 'an actual finish needs an actual start';
      case 'actual-finish-before-start': return 'the actual finish is before the actual start';
      case 'unknown-task': return `no task with id "${value}"`;
      case 'bad-link-type': return 'expected one of FS, SS, FF, SF';
      case 'bad-lag': return 'expected a whole number of working days';
      case 'unknown-link': return `no link ${value}`;
    }
  })();
  return { path: problem.path, message };
}
