// Link types and lags Jira cannot hold (SS/FF/SF, lags), kept by the app per issue link (entity
// `dependency-override`, key `<project>:<link id>`). A panel reads only its epic's links: batch gets of 25 keys, the
// KVS maximum, sent in parallel, so the cost follows the epic, not the whole project.
import kvs from '@forge/kvs';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { linkType } from '../../contract/values';
import type { LinkOverride } from '../../domain/schedule';
import { storageError } from './kvs-errors';

const ENTITY = 'dependency-override';
const BATCH_SIZE = 25;

// The stored record, version 1 (records written before versions were named have none and are version 1).
const storedSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  projectKey: z.string(), linkId: z.string(), type: linkType, lag: z.number().int(), updatedBy: z.string(), updatedAt: z.string(),
});
type Stored = z.infer<typeof storedSchema>;

const keyOf = (projectKey: string, linkId: string) => `${projectKey}:${linkId}`;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The overrides kept for the given links of a project, by link id; a link with none is simply absent. */
export async function readLinkOverrides(projectKey: string, linkIds: readonly string[]): Promise<Result<ReadonlyMap<string, LinkOverride>>> {
  const overrides = new Map<string, LinkOverride>();
  // A batch may not name a key twice, and a link between two of the epic's issues is seen from both ends.
  const batches = chunk([...new Set(linkIds)], BATCH_SIZE);
  try {
    const answers = await Promise.all(batches.map((ids) =>
      kvs.batchGet<unknown>(ids.map((linkId) => ({ entityName: ENTITY, key: keyOf(projectKey, linkId) })))));
    for (const answer of answers) {
      // A missing key is reported as failed with KEY_NOT_FOUND: that link has no override. Anything else is a fault.
      const failure = answer.failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
      if (failure !== undefined) {
        console.error(`storage: reading dependency override ${failure.key} failed: ${failure.error.code}`);
        return err(appError('UNAVAILABLE', 'Storage could not be reached for the dependency overrides.', { reason: 'storage-unreachable' }));
      }
      for (const item of answer.successfulKeys) {
        const parsed = storedSchema.safeParse(item.value);
        if (parsed.success && parsed.data.projectKey === projectKey) {
          overrides.set(parsed.data.linkId, { linkId: parsed.data.linkId, type: parsed.data.type, lag: parsed.data.lag });
        } else console.error(`storage: dependency override ${item.key} does not parse and is ignored`);
      }
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the dependency overrides'));
  }
  return ok(overrides);
}

export async function saveLinkOverride(projectKey: string, override: LinkOverride, accountId: string, now: string): Promise<Result<LinkOverride>> {
  const value: Stored = { schemaVersion: 1, projectKey, linkId: override.linkId, type: override.type, lag: override.lag, updatedBy: accountId, updatedAt: now };
  try {
    await kvs.entity<Stored>(ENTITY).set(keyOf(projectKey, override.linkId), value);
  } catch (error: unknown) {
    return err(storageError(error, 'the dependency override'));
  }
  return ok(override);
}

/** Forgets the override of one link, so Jira's link type counts again; forgetting one that is not kept is fine. */
export async function clearLinkOverride(projectKey: string, linkId: string): Promise<Result<string>> {
  try {
    await kvs.entity<Stored>(ENTITY).delete(keyOf(projectKey, linkId));
  } catch (error: unknown) {
    return err(storageError(error, 'the dependency override'));
  }
  return ok(linkId);
}
