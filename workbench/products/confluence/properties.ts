// Confluence v2 page content properties: list (optionally by key), create, get, update (version must be
// current + 1, else 409) and delete. The app's SOP macros publish their summaries here for the gate to read.

import { z } from 'zod';
import type { DemoContentProperty, DemoPage } from '../../seed/demo-site';
import { emptyResponse, jsonResponse, readJson, type ParsedRequest } from '../http';
import { v2Error } from './errors';
import { pagedResponse, pageWindow } from './paging';
import { callerId, visiblePage, type ConfluenceState } from './state';
import { propertyView } from './views';

type Params = Readonly<Record<string, string>>;

/** Confluence's limit on a content property value (serialised JSON). */
const MAX_VALUE_BYTES = 32_768;

const createBody = z.object({ key: z.string().min(1).max(255), value: z.unknown() });
const updateBody = z.object({
  key: z.string().min(1).max(255),
  value: z.unknown(),
  version: z.object({ number: z.number().int(), message: z.string().optional() }),
});

function pageOf(state: ConfluenceState, request: ParsedRequest, params: Params): DemoPage | undefined {
  return visiblePage(state, request.request.principal, params.id ?? params['page-id'] ?? '');
}

function tooLarge(value: unknown): boolean {
  // Values come from parsed JSON, so they always serialise.
  return value !== undefined && Buffer.byteLength(JSON.stringify(value), 'utf8') > MAX_VALUE_BYTES;
}

function badBody(error: z.ZodError): Response {
  return v2Error(400, error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
}

export function listProperties(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = pageOf(state, request, params);
  if (!page) return v2Error(404, null);
  const window = pageWindow(request);
  if (!window.ok) return window.response;
  const key = request.query.get('key');
  return pagedResponse(state.baseUrl, request, window, page.properties.filter((p) => key === null || p.key === key).map(propertyView));
}

export function createProperty(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = pageOf(state, request, params);
  if (!page) return v2Error(404, null);
  const json = readJson(request.request);
  if (!json.ok) return v2Error(400, `Invalid JSON body: ${json.message}`);
  const parsed = createBody.safeParse(json.value);
  if (!parsed.success) return badBody(parsed.error);
  if (parsed.data.value === undefined) return v2Error(400, 'value: a property value is required');
  if (tooLarge(parsed.data.value)) return v2Error(413, `The property value exceeds ${String(MAX_VALUE_BYTES)} bytes.`);
  if (page.properties.some((p) => p.key === parsed.data.key)) return v2Error(409, `A property with key '${parsed.data.key}' already exists on this content.`);
  const property: DemoContentProperty = {
    id: state.nextId(), key: parsed.data.key, value: parsed.data.value,
    version: { number: 1, createdAt: createdAt(page), authorId: callerId(state, request.request.principal), message: '', minorEdit: false },
  };
  page.properties.push(property);
  return jsonResponse(200, propertyView(property));
}

function findProperty(page: DemoPage, params: Params): DemoContentProperty | undefined {
  return page.properties.find((p) => p.id === params['property-id']);
}

export function getProperty(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = pageOf(state, request, params);
  const property = page ? findProperty(page, params) : undefined;
  return property ? jsonResponse(200, propertyView(property)) : v2Error(404, null);
}

export function updateProperty(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = pageOf(state, request, params);
  const property = page ? findProperty(page, params) : undefined;
  if (!page || !property) return v2Error(404, null);
  const json = readJson(request.request);
  if (!json.ok) return v2Error(400, `Invalid JSON body: ${json.message}`);
  const parsed = updateBody.safeParse(json.value);
  if (!parsed.success) return badBody(parsed.error);
  if (parsed.data.key !== property.key) return v2Error(400, `The key in the body ('${parsed.data.key}') does not match the property's key ('${property.key}').`);
  if (tooLarge(parsed.data.value)) return v2Error(413, `The property value exceeds ${String(MAX_VALUE_BYTES)} bytes.`);
  if (parsed.data.version.number !== property.version.number + 1) {
    return v2Error(409, `Version conflict: the property is at version ${String(property.version.number)}; an update must send version ${String(property.version.number + 1)}.`);
  }
  property.value = parsed.data.value;
  property.version = {
    number: parsed.data.version.number, createdAt: createdAt(page), authorId: callerId(state, request.request.principal),
    message: parsed.data.version.message ?? '', minorEdit: false,
  };
  return jsonResponse(200, propertyView(property));
}

export function deleteProperty(state: ConfluenceState, request: ParsedRequest, params: Params): Response {
  const page = pageOf(state, request, params);
  const property = page ? findProperty(page, params) : undefined;
  if (!page || !property) return v2Error(404, null);
  page.properties = page.properties.filter((p) => p !== property);
  return emptyResponse(204);
}

/** Deterministic "now" for property versions: one minute after the page's or its properties' latest change. */
function createdAt(page: DemoPage): string {
  const stamps = [...page.versions.map((v) => v.createdAt), ...page.properties.map((p) => p.version.createdAt), '2026-11-25T00:00:00.000Z'];
  return new Date(Date.parse(stamps.reduce((a, b) => (a > b ? a : b))) + 60_000).toISOString();
}
