// The SOP record of each SOP page (entity `sop-page`, key = page id): which template it came from, its state,
// owner and named approver, major version, reviews and drill cadence, roster group. Versioned by `revision`, so
// two people moving an SOP at once cannot overwrite each other: the second gets CONFLICT.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { isoDate } from '../../contract/values';
import { SOP_STATES } from '../../domain/sop/status';
import { TEMPLATE_IDS, type TemplateId } from '../../domain/sop/template';
import type { SopStatus } from '../../domain/sop/status';
import { queryPartition } from './query-all';
import { storageError } from './kvs-errors';

const ENTITY = 'sop-page';

const storedSchema = z.object({
  schemaVersion: z.literal(1),
  pageId: z.string(),
  spaceKey: z.string(),
  templateId: z.enum(TEMPLATE_IDS),
  state: z.enum(SOP_STATES),
  ownerId: z.string(),
  approverId: z.string(),
  sopVersion: z.number().int().positive(),
  lastReviewed: isoDate.optional(),
  reviewEveryDays: z.number().int().positive(),
  drillEveryDays: z.number().int().positive().optional(),
  rosterGroup: z.string().optional(),
  revision: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
type Stored = z.infer<typeof storedSchema>;

export interface SopPageRecord {
  readonly pageId: string;
  readonly spaceKey: string;
  readonly templateId: TemplateId;
  readonly status: SopStatus;
  readonly drillEveryDays?: number;
  readonly rosterGroup?: string;
  readonly revision: number;
}

function recordOf(stored: Stored): SopPageRecord {
  return {
    pageId: stored.pageId, spaceKey: stored.spaceKey, templateId: stored.templateId, revision: stored.revision,
    status: {
      state: stored.state, ownerId: stored.ownerId, approverId: stored.approverId, version: stored.sopVersion,
      reviewEveryDays: stored.reviewEveryDays, ...(stored.lastReviewed === undefined ? {} : { lastReviewed: stored.lastReviewed }),
    },
    ...(stored.drillEveryDays === undefined ? {} : { drillEveryDays: stored.drillEveryDays }),
    ...(stored.rosterGroup === undefined ? {} : { rosterGroup: stored.rosterGroup }),
  };
}

function storedOf(record: SopPageRecord, revision: number, by: string, at: string): Stored {
  const s = record.status;
  return {
    schemaVersion: 1, pageId: record.pageId, spaceKey: record.spaceKey, templateId: record.templateId, state: s.state,
    ownerId: s.ownerId, approverId: s.approverId, sopVersion: s.version, reviewEveryDays: s.reviewEveryDays,
    ...(s.lastReviewed === undefined ? {} : { lastReviewed: s.lastReviewed }),
    ...(record.drillEveryDays === undefined ? {} : { drillEveryDays: record.drillEveryDays }),
    ...(record.rosterGroup === undefined ? {} : { rosterGroup: record.rosterGroup }),
    revision, updatedBy: by, updatedAt: at,
  };
}

function parsed(value: unknown, where: string): SopPageRecord | undefined {
  const result = storedSchema.safeParse(value);
  if (!result.success) {
    console.error(`storage: SOP record ${where} does not parse and is ignored`);
    return undefined;
  }
  return recordOf(result.data);
}

export async function readSopPage(pageId: string): Promise<Result<SopPageRecord | undefined>> {
  try {
    const value = await kvs.entity<unknown>(ENTITY).get(pageId);
    return ok(value === undefined || value === null ? undefined : parsed(value, pageId));
  } catch (error: unknown) {
    return err(storageError(error, 'the SOP record'));
  }
}

export async function listSopPages(spaceKey: string): Promise<Result<SopPageRecord[]>> {
  try {
    const values = await queryPartition(ENTITY, 'by-space', [spaceKey]);
    return ok(values.flatMap((v) => parsed(v, `in ${spaceKey}`) ?? []));
  } catch (error: unknown) {
    return err(storageError(error, 'the SOP records'));
  }
}

/** Creates the record of a new SOP page (CONFLICT when the page has one already). */
export async function createSopPage(record: Omit<SopPageRecord, 'revision'>, by: string, at: string): Promise<Result<SopPageRecord>> {
  const value = storedOf({ ...record, revision: 1 }, 1, by, at);
  try {
    await kvs.entity<Stored>(ENTITY).set(record.pageId, value, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error: unknown) {
    return err(storageError(error, 'the SOP record'));
  }
  return ok(recordOf(value));
}

/** Saves a changed record over the revision it was read at; CONFLICT when someone saved in between. */
export async function saveSopPage(record: SopPageRecord, by: string, at: string): Promise<Result<SopPageRecord>> {
  const value = storedOf(record, record.revision + 1, by, at);
  try {
    await kvs.transact()
      .set(record.pageId, value, { entityName: ENTITY, conditions: new Filter<Stored>().and('revision', FilterConditions.equalTo(record.revision)) })
      .execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the SOP record'));
  }
  return ok(recordOf(value));
}
