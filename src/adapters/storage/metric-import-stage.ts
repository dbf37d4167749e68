// An import in flight: its stage record and its parts, kept under the import id with a one-hour expiry. Nothing
// here is visible to readers: only a commit (metric-datasets.ts) makes an import land, so an abandoned one never shows.
import kvs from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { importCountsSchema, importPartSchema, MAX_PART_BYTES, type ImportPart } from '../../contract/metrics';
import { METRIC_FORMATS } from '../../domain/metrics';
import { chunkKeys, getMany, setMany } from './chunked-values';
import { storageError } from './kvs-errors';

const TTL_MINUTES = 60;

const stageSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(), campaignId: z.string(), projectKey: z.string(), format: z.enum(METRIC_FORMATS), fileName: z.string(), contentHash: z.string(),
  counts: importCountsSchema, parts: z.number().int().min(0), startedBy: z.string(), startedAt: z.string(),
});
export type ImportStage = z.infer<typeof stageSchema>;

const stageKey = (id: string) => `metric-import-stage:${id}`;
const partPrefix = (id: string) => `metric-import-part:${id}`;

export async function saveStage(stage: ImportStage): Promise<Result<void>> {
  try {
    await kvs.set(stageKey(stage.id), stage, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: TTL_MINUTES, unit: 'MINUTES' } });
    return ok(undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the import'));
  }
}

export async function readStage(id: string): Promise<Result<ImportStage | undefined>> {
  try {
    const parsed = stageSchema.safeParse(await kvs.get<unknown>(stageKey(id)));
    return ok(parsed.success ? parsed.data : undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the import'));
  }
}

/** Keeps part `index`; `too-large` when it would not fit one KVS value. */
export async function savePart(id: string, index: number, part: ImportPart): Promise<Result<'kept' | 'too-large'>> {
  const text = JSON.stringify(part);
  if (Buffer.byteLength(text, 'utf8') > MAX_PART_BYTES) return ok('too-large');
  try {
    await setMany([{ key: `${partPrefix(id)}:${index.toString()}`, value: text }], TTL_MINUTES);
    return ok('kept');
  } catch (error: unknown) {
    return err(storageError(error, 'the import'));
  }
}

/** Every part of import `id` (0..count-1), or the indexes missing. */
export async function readParts(id: string, count: number): Promise<Result<{ parts: ImportPart[]; missing: number[] }>> {
  try {
    const pieces = await getMany(chunkKeys(partPrefix(id), count));
    const parts: ImportPart[] = [];
    const missing: number[] = [];
    pieces.forEach((piece, n) => {
      const parsed = typeof piece === 'string' ? importPartSchema.safeParse(JSON.parse(piece)) : undefined;
      if (parsed?.success === true) parts.push(parsed.data);
      else missing.push(n);
    });
    return ok({ parts, missing });
  } catch (error: unknown) {
    return err(storageError(error, 'the import'));
  }
}
