// Page content properties (REST v2): read one by key, and write one (create, or update on the next version). A
// concurrent writer's 409 is retried on the fresh version with the value computed again from fresh data, so a value
// built before the other writer's change never lands over it. The SOP evidence is written here by the app.
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

/** How many times a write is tried when other writers keep answering 409 between the read and the write. */
export const PROPERTY_WRITE_ATTEMPTS = 4;

/** Writes `value` as property `key` of page `pageId`, whatever was there. */
export async function writePageProperty(client: ConfluenceClient, pageId: string, key: string, value: unknown): Promise<Result<ContentProperty>> {
  return writePagePropertyFrom(client, pageId, key, () => Promise.resolve(ok(value)));
}

/**
 * Writes the value `build` computes as property `key` of page `pageId`. `build` runs after each read of the current
 * version, so on a 409 (someone wrote in between) the retry writes a value computed from what is true now.
 */
export async function writePagePropertyFrom(client: ConfluenceClient, pageId: string, key: string, build: () => Promise<Result<unknown>>): Promise<Result<ContentProperty>> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await readPageProperty(client, pageId, key);
    if (!current.ok) return current;
    const built = await build();
    if (!built.ok) return built;
    const value = built.data;
    const written = current.data === undefined
      ? await client.request({ path: route`/wiki/api/v2/pages/${pageId}/properties`, method: 'POST', body: { key, value }, schema: propertySchema, what: `property ${key} of page ${pageId}` })
      : await client.request({
        path: route`/wiki/api/v2/pages/${pageId}/properties/${current.data.id}`, method: 'PUT',
        body: { key, value, version: { number: current.data.version + 1, message: 'Launch Control' } }, schema: propertySchema, what: `property ${key} of page ${pageId}`,
      });
    if (written.ok) return ok({ id: written.data.id, value: written.data.value, version: written.data.version.number });
    if (written.error.code !== 'CONFLICT' || attempt >= PROPERTY_WRITE_ATTEMPTS) return err(written.error);
  }
}
