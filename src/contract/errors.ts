// The closed set of error codes every resolver call can answer with, and the error value itself.
// Expected failures travel as values (see envelope.ts); nothing internal leaks to the page.
import { z } from 'zod';

export const ERROR_CODES = ['BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type AppError = z.infer<typeof appErrorSchema>;

/** Builds an error value; `details` carries machine-readable facts (a field path, a retry delay). */
export function appError(code: ErrorCode, message: string, details?: Record<string, unknown>): AppError {
  return details === undefined ? { code, message } : { code, message, details };
}
