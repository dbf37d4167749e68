// The closed set of error codes every call can answer with, the closed set of reasons that say more, and the
// error value itself. The page words an error by its reason (else its code) through the catalogue; `message` is
// English for logs and API clients, never shown on the page.
import { z } from 'zod';

export const ERROR_CODES = ['BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why, more precisely than the code: each has its sentence in the catalogue (`errors.reasons.<reason>`). */
export const ERROR_REASONS = [
  'signed-out',
  'not-an-epic',
  'is-an-epic',
  'link-not-on-epic',
  'needs-link-issues',
  'needs-project-admin',
  'jira-unreachable',
  'jira-rate-limited',
  'jira-refused',
  'jira-no-access',
  'release-read-incomplete',
  'storage-unreachable',
  'storage-busy',
  'storage-refused',
  'changed-by-someone-else',
  'confluence-unreachable',
  'confluence-rate-limited',
  'confluence-refused',
  'confluence-no-access',
  'confluence-not-found',
  'sop-not-set-up',
  'sop-bad-config',
  'sop-not-the-owner',
  'sop-not-the-approver',
  'sop-not-allowed-in-state',
  'sop-no-assessment',
  'sop-step-unknown',
  'sop-step-already-done',
  'sop-run-finished',
  'sop-steps-not-done',
  'sop-failed-step-required',
  'sop-not-acknowledged',
  'sop-already-passed',
  'sop-no-attempts-left',
  'sop-answer-unknown',
  'sop-action-unknown-kind',
  'sop-action-due-in-past',
  'sop-action-issue-exists',
  'needs-edit-issues',
  'import-expired',
  'import-incomplete',
  'import-part-too-large',
  'gate-not-a-member',
  'gate-needs-owner-or-admin',
  'gate-decision-refused',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  reason: z.enum(ERROR_REASONS).exactOptional(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).exactOptional(),
});

export type AppError = z.infer<typeof appErrorSchema>;

/** Builds an error value; `details` carries machine-readable facts (field paths, a retry delay). */
export function appError(code: ErrorCode, message: string, extra: { readonly reason?: ErrorReason; readonly details?: Record<string, unknown> } = {}): AppError {
  return {
    code, message,
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    ...(extra.details === undefined ? {} : { details: extra.details }),
  };
}
