// Page content properties (REST v2): read one by key, and write one (create, or update on the next version;
// a concurrent writer's 409 is retried once on the fresh version). The SOP evidence is written here by the app.
import { route } from '@forge/api';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import type { ConfluenceClient } from './confluence-client';

const propertySchema = z.object({ id: z.string(), key: z.string(), value: z.unknown(), version: z.object({ number: z.number().int() }) });
const propertyList = z.object({ results: z.array(propertySchema) });

export interface ContentProperty {
  readonly id: string;
  readonly value: unknown;
  readonly version: number;
}

/** The property `key` of page `pageId`, or undefined when the page has none. */
export async function readPageProperty(client: ConfluenceClient, pageId: string, key: string): Promise<Result<ContentProperty | undefined>> {
  const listed = await client.request({
    path: route`/wiki/api/v2/pages/${pageId}/properties?key=${key}`, schema: propertyList, what: `the properties of page ${pageId}`,
  });
  if (!listed.ok) return listed;
  const found = listed.data.results.find((p) => p.key === key);
  return ok(found === undefined ? undefined : { id: found.id, value: found.value, version: found.version.number });
}

/** Writes `value` as property `key` of page `pageId`, whatever was there. */
export async function writePageProperty(client: ConfluenceClient, pageId: string, key: string, value: unknown): Promise<Result<ContentProperty>> {
  for (let attempt = 0; ; attempt += 1) {
    const current = await readPageProperty(client, pageId, key);
    if (!current.ok) return current;
    const written = current.data === undefined
      ? await client.request({ path: route`/wiki/api/v2/pages/${pageId}/properties`, method: 'POST', body: { key, value }, schema: propertySchema, what: `property ${key} of page ${pageId}` })
      : await client.request({
        path: route`/wiki/api/v2/pages/${pageId}/properties/${current.data.id}`, method: 'PUT',
        body: { key, value, version: { number: current.data.version + 1, message: 'Launch Control' } }, schema: propertySchema, what: `property ${key} of page ${pageId}`,
      });
    if (written.ok) return ok({ id: written.data.id, value: written.data.value, version: written.data.version.number });
    if (written.error.code !== 'CONFLICT' || attempt >= 1) return err(written.error);
  }
}
