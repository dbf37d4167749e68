// Link types and lags Jira cannot hold (SS/FF/SF, lags), kept by the app per issue link; pages of 20, the KVS maximum
// (entity `dependency-override`, key `<project>:<link id>`, index by project).
import kvs, { WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { linkType } from '../../contract/schedule';
import type { LinkOverride } from '../../domain/schedule/issue-plan';
import { err, ok, type Result } from '../result';
import { storageError } from './kvs-errors';

const ENTITY = 'dependency-override';

const storedSchema = z.object({
  projectKey: z.string(), linkId: z.string(), type: linkType, lag: z.number().int(), updatedBy: z.string(), updatedAt: z.string(),
});
type Stored = z.infer<typeof storedSchema>;

export async function readLinkOverrides(projectKey: string): Promise<Result<ReadonlyMap<string, LinkOverride>>> {
  const overrides = new Map<string, LinkOverride>();
  try {
    let cursor: string | undefined;
    do {
      let query = kvs.entity<Stored>(ENTITY).query().index('by-project', { partition: [projectKey] }).where(WhereConditions.beginsWith('')).limit(20);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const item of page.results) {
        const parsed = storedSchema.safeParse(item.value);
        if (parsed.success) overrides.set(parsed.data.linkId, { linkId: parsed.data.linkId, type: parsed.data.type, lag: parsed.data.lag });
        else console.error(`storage: dependency override ${item.key} does not parse and is ignored`);
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the dependency overrides'));
  }
  return ok(overrides);
}

export async function saveLinkOverride(projectKey: string, override: LinkOverride, accountId: string, now: string): Promise<Result<LinkOverride>> {
  const value: Stored = { projectKey, linkId: override.linkId, type: override.type, lag: override.lag, updatedBy: accountId, updatedAt: now };
  try {
    await kvs.entity<Stored>(ENTITY).set(`${projectKey}:${override.linkId}`, value);
  } catch (error: unknown) {
    return err(storageError(error, 'the dependency override'));
  }
  return ok(override);
}
