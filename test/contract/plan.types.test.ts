// Type-level tests: the plan is defined once. The contract's schemas and the domain's types agree both ways:
// a domain value is valid input, and what a schema parses is a domain value (checked by `npm run typecheck`).
import type { z } from 'zod';
import type { DeepReadonly } from '../../src/contract';
import type { issuePlanSchema, planSchema, problemSchema, scheduleResultSchema } from '../../src/contract/plan';
import type { scheduleSettingsSchema } from '../../src/contract/schedule';
import type { IssuePlan, Plan, Problem, ScheduleResult, ScheduleSettings } from '../../src/domain/schedule';

type Parsed<S extends z.ZodType> = DeepReadonly<z.output<S>>;
type Input<S extends z.ZodType> = DeepReadonly<z.input<S>>;

export const checks = {
  planOut: (parsed: Parsed<typeof planSchema>): Plan => parsed,
  planIn: (plan: Plan): Input<typeof planSchema> => plan,
  issuePlanOut: (parsed: Parsed<typeof issuePlanSchema>): IssuePlan => parsed,
  issuePlanIn: (plan: IssuePlan): Input<typeof issuePlanSchema> => plan,
  problemOut: (parsed: Parsed<typeof problemSchema>): Problem => parsed,
  problemIn: (problem: Problem): Input<typeof problemSchema> => problem,
  resultOut: (parsed: Parsed<typeof scheduleResultSchema>): ScheduleResult => parsed,
  resultIn: (result: ScheduleResult): Input<typeof scheduleResultSchema> => result,
  settingsOut: (parsed: Parsed<typeof scheduleSettingsSchema>): ScheduleSettings => parsed,
  settingsIn: (settings: ScheduleSettings): Input<typeof scheduleSettingsSchema> => settings,
  // @ts-expect-error: a schema that disagrees with the domain type does not compile
  disagreeing: (parsed: Parsed<typeof problemSchema>): Plan => parsed,
};

describe('plan types', () => {
  it('are checked by the compiler', () => {
    expect(Object.keys(checks)).toHaveLength(11);
  });
});
