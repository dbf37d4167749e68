// The one way a product-event trigger is registered: the event is parsed with its schema (a malformed one is
// reported, never acted on), the handler gets the app's call context, and anything thrown is normalised once.
import type { z } from 'zod';
import { createAppContext, type AppCallContext } from '../services/call-context';
import { absorbThrown } from './thrown';
import { describeIssues } from './zod-issues';

export type TriggerOutcome<R extends object> = ({ readonly handled: true } & R) | { readonly handled: false; readonly problem: string };

export function defineTrigger<S extends z.ZodType, R extends object>(
  name: string,
  eventSchema: S,
  handler: (event: z.output<S>, ctx: AppCallContext) => Promise<R>,
): (event: unknown) => Promise<TriggerOutcome<R>> {
  return async (event) => {
    const parsed = eventSchema.safeParse(event);
    if (!parsed.success) {
      const problem = describeIssues(parsed.error.issues);
      console.warn(`trigger ${name} ignored a malformed event: ${problem}`);
      return { handled: false, problem };
    }
    try {
      return { handled: true, ...(await handler(parsed.data, createAppContext())) };
    } catch (error: unknown) {
      absorbThrown(`trigger ${name}`, error);
      return { handled: false, problem: 'internal error' };
    }
  };
}
