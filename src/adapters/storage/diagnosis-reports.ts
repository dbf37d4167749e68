// The daily report of a project (entity `diagnosis-report`, key `<project>:<date>`, index `by-project` ranged by
// date): every item of that day's report as last saved (its anomaly, the analyst's cause, comment and state), the
// page it was published to, and a revision: a write names the revision it read and is refused (CONFLICT) when
// someone wrote in between. The latest report before a day is where that day's carried-over items come from.
import kvs, { Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { isoDate } from '../../contract/values';
import { CANDIDATE_KINDS, CAUSES, COMPETITOR_CHANGE_KINDS, DIAGNOSIS_METRICS, DRIVER_KINDS, FUNNEL_METRICS, ITEM_STATES } from '../../domain/diagnosis/vocabulary';
import { CAMPAIGN_TYPES } from '../../domain/campaign/campaign-record';
import { storageError } from './kvs-errors';

const ENTITY = 'diagnosis-report';

// Stored records, schema version 1: their own schemas, not the wire's.
const storedItemSchema = z.object({
  id: z.string(), since: isoDate, metric: z.enum(DIAGNOSIS_METRICS), symbol: z.string().optional(),
  value: z.number(), expected: z.number(), change: z.number().nullable(), score: z.number(), direction: z.enum(['up', 'down']),
  drivers: z.array(z.object({ kind: z.enum(DRIVER_KINDS), key: z.string(), share: z.number(), change: z.number() })),
  stage: z.object({ stage: z.enum(FUNNEL_METRICS), conversion: z.number(), expected: z.number(), score: z.number(), segment: z.string().optional() }).optional(),
  candidates: z.array(z.object({
    kind: z.enum(CANDIDATE_KINDS), id: z.string(), label: z.string(), from: isoDate, to: isoDate,
    campaignType: z.enum(CAMPAIGN_TYPES).optional(), competitorChange: z.enum(COMPETITOR_CHANGE_KINDS).optional(), exchange: z.string().optional(), symbol: z.string().optional(),
  })),
  cause: z.enum(CAUSES), comment: z.string(), state: z.enum(ITEM_STATES),
  updatedBy: z.string().nullable(), updatedAt: z.string().nullable(),
});
export type StoredReportItem = z.infer<typeof storedItemSchema>;

const storedPublishedSchema = z.object({
  pageId: z.string(), title: z.string(), url: z.string(), version: z.number().int(), at: z.string(), locale: z.enum(['en-US', 'zh-CN']), spaceKey: z.string(),
});
export type StoredPublished = z.infer<typeof storedPublishedSchema>;

const storedReportSchema = z.object({
  schemaVersion: z.literal(1), projectKey: z.string(), date: isoDate, revision: z.number().int().min(1),
  items: z.array(storedItemSchema), published: storedPublishedSchema.nullable(), updatedBy: z.string(), updatedAt: z.string(),
});
export type StoredReport = z.infer<typeof storedReportSchema>;

const keyOf = (projectKey: string, date: string) => `${projectKey}:${date}`;

function parsed(value: unknown, key: string): StoredReport | undefined {
  if (value === undefined || value === null) return undefined;
  const result = storedReportSchema.safeParse(value);
  if (!result.success) console.error(`storage: the diagnosis report ${key} does not parse and is ignored`);
  return result.success ? result.data : undefined;
}

export async function readReport(projectKey: string, date: string): Promise<Result<StoredReport | undefined>> {
  try {
    return ok(parsed(await kvs.entity<unknown>(ENTITY).get(keyOf(projectKey, date)), keyOf(projectKey, date)));
  } catch (error: unknown) {
    return err(storageError(error, 'the daily report'));
  }
}

/** The latest saved report of the project strictly before `date`. */
export async function readReportBefore(projectKey: string, date: string): Promise<Result<StoredReport | undefined>> {
  try {
    const page = await kvs.entity<unknown>(ENTITY).query().index('by-project', { partition: [projectKey] })
      .where(WhereConditions.lessThan(date)).sort(Sort.DESC).limit(1).getMany();
    const first = page.results[0];
    return ok(first === undefined ? undefined : parsed(first.value, first.key));
  } catch (error: unknown) {
    return err(storageError(error, 'the previous daily report'));
  }
}

/** The saved reports of the project dated within [from, to]. */
export async function readReportsBetween(projectKey: string, from: string, to: string): Promise<Result<StoredReport[]>> {
  const reports: StoredReport[] = [];
  try {
    let cursor: string | undefined;
    for (let n = 0; n < 50; n += 1) {
      let query = kvs.entity<unknown>(ENTITY).query().index('by-project', { partition: [projectKey] }).where(WhereConditions.between(from, to)).limit(20);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const item of page.results) {
        const report = parsed(item.value, item.key);
        if (report !== undefined) reports.push(report);
      }
      cursor = page.nextCursor;
      if (cursor === undefined) break;
    }
    return ok(reports);
  } catch (error: unknown) {
    return err(storageError(error, 'the daily reports'));
  }
}

/** Writes the report as revision `expectedRevision + 1`, only while the stored one is still `expectedRevision` (0: none). */
export async function writeReport(report: Omit<StoredReport, 'schemaVersion' | 'revision'>, expectedRevision: number): Promise<Result<StoredReport>> {
  const key = keyOf(report.projectKey, report.date);
  const next: StoredReport = { schemaVersion: 1, ...report, revision: expectedRevision + 1 };
  const conflict = () => err(appError('CONFLICT', `Someone saved the report of ${report.date} first; reload it.`, { reason: 'changed-by-someone-else' }));
  try {
    const current = parsed(await kvs.entity<unknown>(ENTITY).get(key), key);
    if ((current?.revision ?? 0) !== expectedRevision) return conflict();
    if (current === undefined) {
      await kvs.entity<StoredReport>(ENTITY).set(key, next, { keyPolicy: 'FAIL_IF_EXISTS' });
    } else {
      await kvs.transact()
        .set(key, next, { entityName: ENTITY, conditions: new Filter<StoredReport>().and('revision', FilterConditions.equalTo(expectedRevision)) })
        .execute();
    }
    return ok(next);
  } catch (error: unknown) {
    const mapped = storageError(error, 'the daily report');
    return mapped.code === 'CONFLICT' ? conflict() : err(mapped);
  }
}
