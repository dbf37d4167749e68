// The campaign record (entity `campaign`, key = campaign id, index `by-project`): the one record the gate's
// campaign calendar and the campaign ROI macro share. Saves name the version they read: a new campaign is written
// with FAIL_IF_EXISTS, an edit or a delete only while the stored version is the one read, else CONFLICT.
import { randomUUID } from 'node:crypto';
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { isoDate } from '../../contract/values';
import { CAMPAIGN_TYPES, type CampaignRecord } from '../../domain/campaign/campaign-record';
import { storageError } from './kvs-errors';

const ENTITY = 'campaign';
const PAGE = 20;
/** A project's campaigns read at most; more than this many is a misuse, reported rather than cut silently. */
const MAX_PAGES = 10;

/** The stored record, schema version 1. */
export const storedCampaignSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  projectKey: z.string(),
  name: z.string(),
  type: z.enum(CAMPAIGN_TYPES),
  start: isoDate,
  end: isoDate,
  releaseIds: z.array(z.string()),
  version: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
type Stored = z.infer<typeof storedCampaignSchema>;

/** What a save writes: the campaign's fields, without the bookkeeping the store adds. */
export type CampaignFields = Pick<CampaignRecord, 'name' | 'type' | 'start' | 'end' | 'releaseIds'>;

export async function listCampaigns(projectKey: string): Promise<Result<CampaignRecord[]>> {
  const campaigns: CampaignRecord[] = [];
  try {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      let query = kvs.entity<Stored>(ENTITY).query().index('by-project', { partition: [projectKey] }).limit(PAGE);
      if (cursor !== undefined) query = query.cursor(cursor);
      const answer = await query.getMany();
      for (const item of answer.results) {
        const parsed = storedCampaignSchema.safeParse(item.value);
        if (parsed.success) campaigns.push(parsed.data);
        else console.error(`storage: campaign ${item.key} does not parse and is left out`);
      }
      cursor = answer.nextCursor;
      if (cursor === undefined) break;
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the campaigns'));
  }
  campaigns.sort((a, b) => (a.start === b.start ? a.name.localeCompare(b.name) : a.start < b.start ? -1 : 1));
  return ok(campaigns);
}

export async function readCampaign(id: string): Promise<Result<CampaignRecord | null>> {
  try {
    const stored = await kvs.entity<Stored>(ENTITY).get(id);
    if (stored === undefined) return ok(null);
    const parsed = storedCampaignSchema.safeParse(stored);
    if (!parsed.success) {
      console.error(`storage: campaign ${id} does not parse`);
      return err(appError('UNAVAILABLE', 'The stored campaign could not be read.', { reason: 'storage-refused' }));
    }
    return ok(parsed.data);
  } catch (error: unknown) {
    return err(storageError(error, 'the campaign'));
  }
}

/** Writes a campaign: a new one (`id` absent, `expectedVersion` 0) or an edit of the version read. */
export async function saveCampaign(
  projectKey: string, id: string | undefined, fields: CampaignFields, expectedVersion: number, accountId: string, now: string,
): Promise<Result<CampaignRecord>> {
  const value: Stored = {
    schemaVersion: 1, id: id ?? randomUUID(), projectKey, name: fields.name, type: fields.type,
    start: fields.start, end: fields.end, releaseIds: [...fields.releaseIds],
    version: expectedVersion + 1, updatedBy: accountId, updatedAt: now,
  };
  try {
    if (expectedVersion === 0) {
      await kvs.entity<Stored>(ENTITY).set(value.id, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    } else {
      await kvs.transact()
        .set(value.id, value, {
          entityName: ENTITY,
          conditions: new Filter<Stored>().and('version', FilterConditions.equalTo(expectedVersion)).and('projectKey', FilterConditions.equalTo(projectKey)),
        })
        .execute();
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the campaign'));
  }
  return ok(value);
}

/** Deletes the campaign while it is still the version read; CONFLICT when someone changed it first. */
export async function deleteCampaign(projectKey: string, id: string, expectedVersion: number): Promise<Result<string>> {
  try {
    await kvs.transact()
      .delete(id, {
        entityName: ENTITY,
        conditions: new Filter<Stored>().and('version', FilterConditions.equalTo(expectedVersion)).and('projectKey', FilterConditions.equalTo(projectKey)),
      })
      .execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the campaign'));
  }
  return ok(id);
}
