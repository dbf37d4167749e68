// The imported metrics (entity `metric-series`): two kinds of dataset, each a generation of chunks behind a head
// record, like the release schedule snapshot: the site's daily series (market by date and symbol, funnel by date
// and segment), read by every surface on the same imports, and each campaign's participant and trade features.
// An import writes a new generation and switches the head conditionally, carrying its import record with it, so
// an import lands whole or not at all and two imports at once keep one (the other gets CONFLICT).
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import {
  accountTradeFeaturesSchema, dailyMetricPointSchema, funnelPointSchema, importRecordSchema, pairFlowSchema,
  participantFeaturesSchema, tradeDailyPointSchema, type ImportRecordWire,
} from '../../contract/metrics';
import { storageError } from './kvs-errors';
import { chunkKeys, deleteMany, getMany, setMany, splitText } from './chunked-values';

const HEAD = 'metric-series';
/** Import records a head keeps (newest first). */
const KEPT_IMPORTS = 100;

// Stored records, schema version 1.
const storedImportSchema = importRecordSchema;
const headSchema = z.object({
  schemaVersion: z.literal(1),
  scope: z.string(),
  generation: z.string(),
  chunks: z.number().int().min(1),
  updatedAt: z.string(),
  imports: z.array(storedImportSchema),
});
export type DatasetHead = z.infer<typeof headSchema>;

export const seriesContentSchema = z.object({
  schemaVersion: z.literal(1),
  daily: z.array(dailyMetricPointSchema),
  funnel: z.array(funnelPointSchema),
});
export type SeriesContent = z.infer<typeof seriesContentSchema>;

export const campaignContentSchema = z.object({
  schemaVersion: z.literal(1),
  participants: z.array(participantFeaturesSchema),
  trades: z.object({ accounts: z.array(accountTradeFeaturesSchema), pairs: z.array(pairFlowSchema), daily: z.array(tradeDailyPointSchema) }).nullable(),
});
export type CampaignContent = z.infer<typeof campaignContentSchema>;

/** The site's daily series, one campaign's features, or one of the site's diagnosis datasets (accounts, competitor snapshots). */
export type DatasetScope =
  | { readonly kind: 'series' } | { readonly kind: 'campaign'; readonly campaignId: string } | { readonly kind: 'site'; readonly name: 'accounts' | 'competitors' };
const scopeKey = (scope: DatasetScope): string => (scope.kind === 'series' ? 'series' : scope.kind === 'campaign' ? `campaign-${scope.campaignId}` : `site-${scope.name}`);
const chunkPrefix = (scope: DatasetScope, generation: string) => `metric-series-chunk:${scopeKey(scope)}:${generation}`;

export interface Dataset<T> {
  readonly head: DatasetHead | undefined;
  readonly content: T;
}

async function readHead(scope: DatasetScope): Promise<DatasetHead | undefined> {
  const stored = await kvs.entity<unknown>(HEAD).get(scopeKey(scope));
  if (stored === undefined || stored === null) return undefined;
  const parsed = headSchema.safeParse(stored);
  if (!parsed.success) console.error(`storage: the metric dataset head ${scopeKey(scope)} does not parse and is ignored`);
  return parsed.success ? parsed.data : undefined;
}

/** The dataset the head points at (`empty` when nothing was imported yet); follows a head switched while reading. */
export async function readDataset<T>(scope: DatasetScope, schema: z.ZodType<T>, empty: T): Promise<Result<Dataset<T>>> {
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const head = await readHead(scope);
      if (head === undefined) return ok({ head: undefined, content: empty });
      const pieces = await getMany(chunkKeys(chunkPrefix(scope, head.generation), head.chunks));
      if (pieces.some((piece) => typeof piece !== 'string')) continue;
      let parsed: ReturnType<z.ZodType<T>['safeParse']>;
      try {
        parsed = schema.safeParse(JSON.parse((pieces as string[]).join('')));
      } catch {
        parsed = schema.safeParse(undefined);
      }
      if (!parsed.success) {
        console.error(`storage: the metric dataset ${scopeKey(scope)} does not parse`);
        return err(appError('INTERNAL', 'The imported metrics could not be read back.'));
      }
      return ok({ head, content: parsed.data });
    }
    return err(appError('UNAVAILABLE', 'The imported metrics changed while being read; try again.', { reason: 'storage-unreachable' }));
  } catch (error: unknown) {
    return err(storageError(error, 'the imported metrics'));
  }
}

/**
 * Writes `content` as a new generation of `scope` and switches the head to it, with `record` first in its import
 * list, only while the head is still the one read (`expected`). CONFLICT when another import switched it first.
 */
export async function publishDataset(scope: DatasetScope, content: unknown, expected: DatasetHead | undefined, record: ImportRecordWire): Promise<Result<void>> {
  const generation = randomUUID();
  const pieces = splitText(JSON.stringify(content));
  const prefix = chunkPrefix(scope, generation);
  const keys = chunkKeys(prefix, pieces.length);
  const head: DatasetHead = {
    schemaVersion: 1, scope: scopeKey(scope), generation, chunks: pieces.length, updatedAt: record.importedAt,
    imports: [record, ...(expected?.imports ?? [])].slice(0, KEPT_IMPORTS),
  };
  try {
    await setMany(pieces.map((value, n) => ({ key: keys[n] ?? '', value })));
    try {
      if (expected === undefined) {
        await kvs.entity<DatasetHead>(HEAD).set(scopeKey(scope), head, { keyPolicy: 'FAIL_IF_EXISTS' });
      } else {
        await kvs.transact()
          .set(scopeKey(scope), head, { entityName: HEAD, conditions: new Filter<DatasetHead>().and('generation', FilterConditions.equalTo(expected.generation)) })
          .execute();
      }
    } catch (error: unknown) {
      await deleteMany(keys);
      const mapped = storageError(error, 'the imported metrics');
      return err(mapped.code === 'CONFLICT' ? appError('CONFLICT', 'Another import of these metrics landed first; import the file again.', { reason: 'changed-by-someone-else' }) : mapped);
    }
    if (expected !== undefined) await deleteMany(chunkKeys(chunkPrefix(scope, expected.generation), expected.chunks)).catch(() => undefined);
    return ok(undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the imported metrics'));
  }
}

/** The import records a dataset head keeps, newest first. */
export async function readImports(scope: DatasetScope): Promise<Result<readonly ImportRecordWire[]>> {
  try {
    return ok((await readHead(scope))?.imports ?? []);
  } catch (error: unknown) {
    return err(storageError(error, 'the imports'));
  }
}
