// The one way a webtrigger is registered: the request Forge hands over is parsed (a malformed one answers 400
// naming what is wrong), the handler gets the app's call context, and anything thrown answers a bare 500.
import { z } from 'zod';
import { createAppContext, type AppCallContext } from '../services/call-context';
import { absorbThrown } from './thrown';
import { describeIssues } from './zod-issues';

const requestSchema = z.object({
  method: z.string(),
  headers: z.record(z.string(), z.array(z.string())).default({}),
  queryParameters: z.record(z.string(), z.array(z.string())).default({}),
  body: z.string().default(''),
});

export type WebtriggerRequest = z.output<typeof requestSchema>;

export interface WebtriggerResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, readonly string[]>>;
  readonly body: string;
}

/** A JSON answer, as every webtrigger of the app gives. */
export function jsonResponse(statusCode: number, body: unknown): WebtriggerResponse {
  return { statusCode, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(body) };
}

export function defineWebtrigger(
  name: string,
  handler: (request: WebtriggerRequest, ctx: AppCallContext) => Promise<WebtriggerResponse>,
): (request: unknown) => Promise<WebtriggerResponse> {
  return async (request) => {
    const parsed = requestSchema.safeParse(request);
    if (!parsed.success) return jsonResponse(400, { error: `bad request: ${describeIssues(parsed.error.issues)}` });
    try {
      return await handler(parsed.data, createAppContext());
    } catch (error: unknown) {
      absorbThrown(`webtrigger ${name}`, error);
      return jsonResponse(500, { error: 'internal error' });
    }
  };
}
