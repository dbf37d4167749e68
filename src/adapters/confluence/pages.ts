// Confluence pages (REST v2): one page with its current version, the pages of a space (cursor paging), and a new
// page in a space from a storage-format body.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { ConfluenceClient } from './confluence-client';

const pageSchema = z.object({
  id: z.string(), title: z.string(), spaceId: z.string(), status: z.string(),
  ownerId: z.string().nullish(), authorId: z.string().nullish(),
  version: z.object({ number: z.number().int(), createdAt: z.string(), authorId: z.string().nullish() }),
  body: z.object({ storage: z.object({ value: z.string() }).optional() }).optional(),
  _links: z.object({ webui: z.string().optional(), base: z.string().optional() }).optional(),
});
const pageList = z.object({ results: z.array(pageSchema), _links: z.object({ next: z.string().optional() }).optional() });
const spaceList = z.object({ results: z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), homepageId: z.string().nullish() })) });

export interface ConfluencePage {
  readonly id: string;
  readonly title: string;
  readonly spaceId: string;
  readonly ownerId: string | undefined;
  readonly version: number;
  readonly updatedAt: string;
  readonly webui: string | undefined;
  /** The page's full address (the site's base and the page's web path), when Confluence says both. */
  readonly url: string | undefined;
  readonly body: string | undefined;
}

export interface ConfluenceSpace {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

const MAX_PAGES = 20;

function pageOf(page: z.infer<typeof pageSchema>): ConfluencePage {
  return {
    id: page.id, title: page.title, spaceId: page.spaceId, ownerId: page.ownerId ?? page.authorId ?? undefined,
    version: page.version.number, updatedAt: page.version.createdAt, webui: page._links?.webui, body: page.body?.storage?.value,
    url: page._links?.webui === undefined || page._links.base === undefined ? undefined : `${page._links.base}${page._links.webui}`,
  };
}

export async function readSpaceByKey(client: ConfluenceClient, spaceKey: string): Promise<Result<ConfluenceSpace | undefined>> {
  const listed = await client.request({ path: route`/wiki/api/v2/spaces?keys=${spaceKey}`, schema: spaceList, what: `space ${spaceKey}` });
  if (!listed.ok) return listed;
  const space = listed.data.results.find((s) => s.key === spaceKey);
  return ok(space === undefined ? undefined : { id: space.id, key: space.key, name: space.name });
}

export async function readPage(client: ConfluenceClient, pageId: string, withBody = false): Promise<Result<ConfluencePage>> {
  const read = await client.request({
    path: withBody ? route`/wiki/api/v2/pages/${pageId}?body-format=storage` : route`/wiki/api/v2/pages/${pageId}`,
    schema: pageSchema, what: `page ${pageId}`,
  });
  return read.ok ? ok(pageOf(read.data)) : read;
}

/** Every current page of a space, following the cursor (at most 20 pages of 250). */
export async function listSpacePages(client: ConfluenceClient, spaceId: string): Promise<Result<ConfluencePage[]>> {
  const pages: ConfluencePage[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    const listed = await client.request({
      path: cursor === undefined ? route`/wiki/api/v2/spaces/${spaceId}/pages?limit=250&status=current` : route`/wiki/api/v2/spaces/${spaceId}/pages?limit=250&status=current&cursor=${cursor}`,
      schema: pageList, what: `the pages of space ${spaceId}`,
    });
    if (!listed.ok) return listed;
    pages.push(...listed.data.results.map(pageOf));
    const next = listed.data._links?.next;
    cursor = next === undefined ? undefined : new URL(next, 'https://x.invalid').searchParams.get('cursor') ?? undefined;
    if (cursor === undefined) break;
  }
  return ok(pages);
}

export async function createPage(client: ConfluenceClient, spaceId: string, title: string, storageBody: string, parentId?: string): Promise<Result<ConfluencePage>> {
  const created = await client.request({
    path: route`/wiki/api/v2/pages`, method: 'POST', schema: pageSchema, what: `the page "${title}"`,
    body: { spaceId, status: 'current', title, ...(parentId === undefined ? {} : { parentId }), body: { representation: 'storage', value: storageBody } },
  });
  return created.ok ? ok(pageOf(created.data)) : created;
}

/** The current page titled `title` in a space (titles are unique per space), if there is one. */
export async function findPageByTitle(client: ConfluenceClient, spaceId: string, title: string): Promise<Result<ConfluencePage | undefined>> {
  const listed = await client.request({
    path: route`/wiki/api/v2/spaces/${spaceId}/pages?status=current&limit=5&title=${title}`, schema: pageList, what: `the page "${title}"`,
  });
  return listed.ok ? ok(listed.data.results.map(pageOf).find((p) => p.title === title)) : listed;
}

/** A new version (`version`, the current one + 1) of a page with a new title and storage-format body. */
export async function updatePage(client: ConfluenceClient, pageId: string, version: number, title: string, storageBody: string, message?: string): Promise<Result<ConfluencePage>> {
  const updated = await client.request({
    path: route`/wiki/api/v2/pages/${pageId}`, method: 'PUT', schema: pageSchema, what: `the page "${title}"`,
    body: { id: pageId, status: 'current', title, body: { representation: 'storage', value: storageBody }, version: { number: version, ...(message === undefined ? {} : { message }) } },
  });
  return updated.ok ? ok(pageOf(updated.data)) : updated;
}

const operationsSchema = z.object({ operations: z.array(z.object({ operation: z.string(), targetType: z.string() })) });

/** The operations the client's principal may perform on page `pageId` (e.g. read, update), per Confluence. */
export async function readPageOperations(client: ConfluenceClient, pageId: string): Promise<Result<string[]>> {
  const read = await client.request({ path: route`/wiki/api/v2/pages/${pageId}/operations`, schema: operationsSchema, what: `the operations on page ${pageId}` });
  return read.ok ? ok(read.data.operations.filter((o) => o.targetType === 'page').map((o) => o.operation)) : read;
}
