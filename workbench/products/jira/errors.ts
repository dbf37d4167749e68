// How Jira Cloud spells errors: `{ errorMessages: [...], errors: { field: message } }` with the status code.

import type { ErrorStyle } from '../emulator';
import { jsonResponse } from '../http';

export function jiraError(status: number, messages: readonly string[], errors: Readonly<Record<string, string>> = {}): Response {
  return jsonResponse(status, { errorMessages: messages, errors });
}

export const jiraErrorStyle: ErrorStyle = { error: (status, message) => jiraError(status, [message]) };

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
