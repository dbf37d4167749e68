// Confluence v1 content templates: `GET /wiki/rest/api/template/page?spaceKey=` (bodies with expand=body)
// `GET /wiki/rest/api/template/{contentTemplateId}` and `POST /wiki/rest/api/template` (a space page template).

import { z } from 'zod';
import type { DemoTemplate } from '../../seed/demo-site';
import { intParam, jsonResponse, listParam, readJson, type ParsedRequest } from '../http';
import { v1Error } from './errors';
import { canViewSpace, type ConfluenceState } from './state';

function templateView(template: DemoTemplate, withBody: boolean): Record<string, unknown> {
  return {
    templateId: template.templateId, originalTemplate: { pluginKey: 'launch-control', moduleKey: template.name.toLowerCase() },
    referencingBlueprint: null, name: template.name, description: template.description,
    space: { key: template.spaceKey },
    labels: template.labels.map((name, i) => ({ prefix: 'global', name, id: String(7_000 + i), label: name })),
    templateType: 'page',
    ...(withBody ? { body: { storage: { value: template.body, representation: 'storage' } } } : {}),
    _links: { self: `/wiki/rest/api/template/${template.templateId}` },
  };
}

function visibleTemplates(state: ConfluenceState, request: ParsedRequest): DemoTemplate[] {
  const spaces = state.site.confluence.spaces.filter((s) => canViewSpace(state, request.request.principal, s)).map((s) => s.key);
  return state.site.confluence.templates.filter((t) => spaces.includes(t.spaceKey));
}

export function listPageTemplates(state: ConfluenceState, request: ParsedRequest): Response {
  const spaceKey = request.query.get('spaceKey');
  const rawStart = intParam(request.query, 'start');
  const rawLimit = intParam(request.query, 'limit');
  if (rawStart === null || rawLimit === null) return v1Error(400, 'start and limit must be integers.');
  const start = rawStart ?? 0;
  const limit = rawLimit ?? 25;
  if (start < 0 || limit < 1) return v1Error(400, 'start must be >= 0 and limit >= 1.');
  const withBody = listParam(request.query, 'expand').some((e) => e === 'body' || e.startsWith('body.'));
  // Without spaceKey Confluence lists global templates; the demo has none.
  const templates = spaceKey === null ? [] : visibleTemplates(state, request).filter((t) => t.spaceKey === spaceKey);
  const results = templates.slice(start, start + limit).map((t) => templateView(t, withBody));
  return jsonResponse(200, { results, start, limit, size: results.length, _links: {} });
}

export function getTemplate(state: ConfluenceState, request: ParsedRequest, params: Readonly<Record<string, string>>): Response {
  const template = visibleTemplates(state, request).find((t) => t.templateId === params.contentTemplateId);
  return template ? jsonResponse(200, templateView(template, true)) : v1Error(404, `Template with id ${params.contentTemplateId ?? ''} not found`);
}

const createBody = z.object({
  name: z.string().min(1).max(255),
  templateType: z.literal('page'),
  description: z.string().max(1000).optional(),
  space: z.object({ key: z.string().min(1) }),
  labels: z.array(z.object({ prefix: z.string().optional(), name: z.string().min(1) })).optional(),
  body: z.object({ storage: z.object({ value: z.string(), representation: z.literal('storage') }) }),
});

export function createTemplate(state: ConfluenceState, request: ParsedRequest): Response {
  const json = readJson(request.request);
  if (!json.ok) return v1Error(400, `Invalid JSON body: ${json.message}`);
  const parsed = createBody.safeParse(json.value);
  if (!parsed.success) return v1Error(400, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  const input = parsed.data;
  const space = state.site.confluence.spaces.find((s) => s.key === input.space.key);
  if (!space || !canViewSpace(state, request.request.principal, space)) return v1Error(404, `No space with key : ${input.space.key}`);
  if (state.site.confluence.templates.some((t) => t.spaceKey === space.key && t.name === input.name)) {
    return v1Error(400, `A template with name '${input.name}' already exists in space ${space.key}.`);
  }
  const template: DemoTemplate = {
    templateId: state.nextId(), name: input.name, description: input.description ?? '', spaceKey: space.key,
    labels: (input.labels ?? []).map((l) => l.name), body: input.body.storage.value,
  };
  state.site.confluence.templates.push(template);
  return jsonResponse(200, templateView(template, true));
}
