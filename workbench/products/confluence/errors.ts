// How Confluence Cloud spells errors: v2 `{ errors: [{ status, code, title, detail }] }`, v1
// `{ statusCode, data: { authorized, valid, errors, successful }, message }`.

import type { ErrorStyle } from '../emulator';
import { jsonResponse } from '../http';

const CODES: Readonly<Record<number, [string, string]>> = {
  400: ['INVALID_REQUEST_PARAMETER', 'Bad Request'],
  401: ['UNAUTHORIZED', 'Unauthorized'],
  403: ['FORBIDDEN', 'Forbidden'],
  404: ['NOT_FOUND', 'Not Found'],
  405: ['METHOD_NOT_ALLOWED', 'Method Not Allowed'],
  409: ['CONFLICT', 'Conflict'],
  413: ['REQUEST_ENTITY_TOO_LARGE', 'Payload Too Large'],
  429: ['TOO_MANY_REQUESTS', 'Too Many Requests'],
  500: ['INTERNAL_SERVER_ERROR', 'Internal Server Error'],
  503: ['SERVICE_UNAVAILABLE', 'Service Unavailable'],
};

export function v2Error(status: number, detail: string | null): Response {
  const [code, title] = CODES[status] ?? ['ERROR', 'Error'];
  return jsonResponse(status, { errors: [{ status, code, title, detail }] });
}

export function v1Error(status: number, message: string): Response {
  return jsonResponse(status, { statusCode: status, data: { authorized: status !== 401 && status !== 403, valid: status !== 400, errors: [], successful: false }, message });
}

export const confluenceErrorStyle: ErrorStyle = {
  error: (status, message, pathname) => (pathname.startsWith('/wiki/rest/api') ? v1Error(status, message) : v2Error(status, message)),
};
