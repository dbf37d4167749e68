// Confluence space page templates (REST v1): list a space's templates and create one, so the SOP templates also
// appear in Confluence's own template picker.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { ConfluenceClient } from './confluence-client';

const templateSchema = z.object({ templateId: z.string(), name: z.string() });
const templateList = z.object({ results: z.array(templateSchema), size: z.number().int() });

export interface SpaceTemplate {
  readonly templateId: string;
  readonly name: string;
}

export async function listSpaceTemplates(client: ConfluenceClient, spaceKey: string): Promise<Result<SpaceTemplate[]>> {
  const listed = await client.request({ path: route`/wiki/rest/api/template/page?spaceKey=${spaceKey}&limit=200`, schema: templateList, what: `the templates of space ${spaceKey}` });
  return listed.ok ? ok(listed.data.results.map((t) => ({ templateId: t.templateId, name: t.name }))) : listed;
}

export async function createSpaceTemplate(
  client: ConfluenceClient, spaceKey: string, template: { readonly name: string; readonly description: string; readonly labels: readonly string[]; readonly body: string },
): Promise<Result<SpaceTemplate>> {
  const created = await client.request({
    path: route`/wiki/rest/api/template`, method: 'POST', schema: templateSchema, what: `the template "${template.name}"`,
    body: {
      name: template.name, templateType: 'page', description: template.description, space: { key: spaceKey },
      labels: template.labels.map((name) => ({ prefix: 'global', name })),
      body: { storage: { value: template.body, representation: 'storage' } },
    },
  });
  return created.ok ? ok({ templateId: created.data.templateId, name: created.data.name }) : created;
}
