// The one response shape of every resolver call: `{ ok: true, data }` or `{ ok: false, error }`.
import { z } from 'zod';
import { appErrorSchema, type AppError } from './errors';

export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: AppError };

/** The schema of an envelope around `data`, for the page to check what it receives. */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

export function success<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function failure<T = never>(error: AppError): Envelope<T> {
  return { ok: false, error };
}
