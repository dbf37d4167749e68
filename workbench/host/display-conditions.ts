// A module's `displayConditions`, evaluated the way Jira and Confluence do for the spot it would show in: `and`,
// `or`, `not` (over one condition object or a list), and the conditions the workbench knows. Issue conditions are
// false outside an issue, as in Jira; a condition the workbench does not know is an error, never silently true.
import { z } from 'zod';

/** What a spot knows about where it is: an issue in the issue view, or a Confluence page. */
export type SpotFacts =
  | { readonly spot: 'issue'; readonly issueKey: string; readonly issueId: string; readonly issueType: string; readonly projectKey: string; readonly projectId: string }
  | { readonly spot: 'content'; readonly contentPropertyKeys: ReadonlySet<string> };

const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((value) => (typeof value === 'string' ? [value] : value));
const contentProperty = z.object({ entity: z.literal('content'), propertyKey: z.string() });

const ISSUE_FACTS = { issueKey: 'issueKey', issueId: 'issueId', issueType: 'issueType', projectKey: 'projectKey', projectId: 'projectId' } as const;

function holdsOne(name: string, value: unknown, facts: SpotFacts): boolean {
  switch (name) {
    case 'and': return check(value, facts, 'every');
    case 'or': return check(value, facts, 'some');
    case 'not': return !check(value, facts, 'every');
    case 'isLoggedIn': return z.boolean().parse(value);
    case 'entityPropertyExists': {
      const { propertyKey } = contentProperty.parse(value);
      return facts.spot === 'content' && facts.contentPropertyKeys.has(propertyKey);
    }
    default: {
      if (!Object.hasOwn(ISSUE_FACTS, name)) throw new Error(`the workbench does not evaluate the display condition ${name}`);
      const wanted = oneOrMany.parse(value);
      return facts.spot === 'issue' && wanted.includes(facts[ISSUE_FACTS[name as keyof typeof ISSUE_FACTS]]);
    }
  }
}

const conditionsSchema = z.record(z.string(), z.unknown());

/** Whether every (or some) condition holds: each entry of a list, or each named condition of an object. */
function check(conditions: unknown, facts: SpotFacts, quantifier: 'every' | 'some'): boolean {
  const tests: (() => boolean)[] = Array.isArray(conditions)
    ? conditions.map((entry: unknown) => () => check(entry, facts, 'every'))
    : Object.entries(conditionsSchema.parse(conditions)).map(([name, value]) => () => holdsOne(name, value, facts));
  return quantifier === 'every' ? tests.every((test) => test()) : tests.some((test) => test());
}

/** Whether a module with these display conditions (none: always) shows in a spot with these facts. */
export function displays(conditions: Readonly<Record<string, unknown>> | undefined, facts: SpotFacts): boolean {
  return conditions === undefined || check(conditions, facts, 'every');
}
