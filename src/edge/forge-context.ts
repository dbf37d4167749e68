// Who is calling and from where, read from the context Forge hands a resolver (never from a payload).
import { z } from 'zod';

const forgeContextSchema = z.object({
  accountId: z.string().min(1).optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
  moduleKey: z.string().optional(),
  extension: z.record(z.string(), z.unknown()).optional(),
});

export interface ResolverCaller {
  readonly accountId: string;
  readonly locale: string;
  readonly timeZone: string | undefined;
  readonly moduleKey: string | undefined;
  readonly extension: Readonly<Record<string, unknown>>;
}

/** The caller of a resolver; `undefined` when there is no signed-in user. */
export function readResolverCaller(context: unknown): ResolverCaller | undefined {
  const parsed = forgeContextSchema.safeParse(context);
  if (!parsed.success || parsed.data.accountId === undefined) return undefined;
  return {
    accountId: parsed.data.accountId,
    locale: parsed.data.locale ?? 'en-US',
    timeZone: parsed.data.timezone,
    moduleKey: parsed.data.moduleKey,
    extension: parsed.data.extension ?? {},
  };
}
