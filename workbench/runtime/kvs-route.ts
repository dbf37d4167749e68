// Answers `__forge_fetch__({ type: 'kvs' }, '/api/v1/...', init)` from the embedded store, as real
// `Response`s with the service's status codes and `{ code, message }` error bodies, so @forge/kvs
// raises exactly the errors it raises against the real service.
import { STATUS_CODES } from 'node:http';
import type { KvsStore } from '../store';
import type { NormalisedInit } from './request-init';

export async function answerKvsRequest(store: KvsStore, path: string, init: NormalisedInit, traceId: string): Promise<Response> {
  const endpoint = new URL(path, 'http://kvs.workbench.invalid').pathname;
  let body: unknown;
  try {
    body = init.body === undefined || init.body === '' ? undefined : JSON.parse(init.body);
  } catch {
    return jsonResponse(400, { code: 'BAD_REQUEST', message: 'Provided request body is invalid: not JSON' }, traceId);
  }
  try {
    const answer = await store.handle(endpoint, body);
    return answer.body === undefined || answer.status === 204
      ? new Response(null, { status: answer.status, statusText: STATUS_CODES[answer.status] ?? '', headers: { 'x-trace-id': traceId } })
      : jsonResponse(answer.status, answer.body, traceId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return jsonResponse(500, { code: 'INTERNAL_SERVER_ERROR', message: `Workbench KVS failure: ${message}` }, traceId);
  }
}

function jsonResponse(status: number, body: unknown, traceId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: STATUS_CODES[status] ?? '',
    headers: { 'content-type': 'application/json', 'x-trace-id': traceId },
  });
}
