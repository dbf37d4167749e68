// The one shape of every expected outcome, from an adapter up to the page: `{ ok: true, data }` or
// `{ ok: false, error }`. Services return it, resolvers answer it, the page checks it with `resultSchema`.
import { z } from 'zod';
import { appErrorSchema, type AppError } from './errors';

export type Result<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const err = <T = never>(error: AppError): Result<T> => ({ ok: false, error });

/** The schema of a result around `data`, for the page to check what the bridge hands it. */
export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
