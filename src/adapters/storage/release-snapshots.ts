// The kept schedule of each release (DESIGN.md: the release schedule snapshot). A snapshot is larger than one KVS
// value (240 KiB), so it is written as chunks under a fresh generation; then the head record (entity
// `release-schedule`, key = version id) is switched to it with a conditional write; then the old generation is
// deleted. Readers follow the head, so two recomputations at once leave one snapshot, the one whose read of Jira
// began later, never a mix. Beside it: when the release last changed, the last failed recomputation, a running job.
import kvs, { Filter, FilterConditions, WhereConditions } from '@forge/kvs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appError, err, ok, RELEASE_PARTS, type ReleasePart, type Result } from '../../contract';
import { releaseScheduleContentSchema } from '../../contract/release-schedule';
import { isoInstant } from '../../contract/values';
import { storageError } from './kvs-errors';

const HEAD = 'release-schedule';
const BATCH = 25;
/** Stored bytes per chunk, under the 240 KiB value limit with room for the key and escaping. */
const CHUNK_BYTES = 200_000;

// Stored records, schema version 1: their own schemas, built from the value schemas (never a wire schema extended).
const headSchema = z.object({
  schemaVersion: z.literal(1),
  versionId: z.string(),
  generation: z.string(),
  /** When the read of Jira behind this snapshot began: what "newer" means. */
  readStartedAt: isoInstant,
  computedAt: isoInstant,
  chunks: z.number().int().min(1),
  memberChunks: z.number().int().min(0),
  issueCount: z.number().int().min(0),
});
export type SnapshotHead = z.infer<typeof headSchema>;

/** The snapshot's content: the schedule as computed (a value schema the wire's ready state shares). */
export const snapshotSchema = releaseScheduleContentSchema;
export type Snapshot = z.infer<typeof snapshotSchema>;

const markSchema = z.object({ at: isoInstant });
const failureSchema = z.object({ at: isoInstant, failed: z.enum(RELEASE_PARTS) });
const jobSchema = z.object({ startedAt: isoInstant, done: z.number().int().min(0), total: z.number().int().min(0).nullable() });
export type ReleaseJob = z.infer<typeof jobSchema>;

export interface ReleaseMarks {
  /** The last change to the release's issues or links that an event reported. */
  readonly changedAt: string | null;
  readonly failure: z.infer<typeof failureSchema> | null;
  readonly job: ReleaseJob | null;
}

const chunkKey = (versionId: string, generation: string, n: number) => `release-schedule-chunk:${versionId}:${generation}:${n}`;
const memberChunkKey = (versionId: string, generation: string, n: number) => `release-schedule-members:${versionId}:${generation}:${n}`;
const markKey = (kind: 'changed' | 'failed' | 'job' | 'queued', versionId: string) => `release-schedule-${kind}:${versionId}`;
const memberKey = (issueId: string, versionId: string) => `release-member:${issueId}:${versionId}`;

/** Splits text into pieces each stored (as a JSON string) in at most CHUNK_BYTES. */
function splitText(text: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let length = Math.min(text.length - at, CHUNK_BYTES / 2);
    while (Buffer.byteLength(JSON.stringify(text.slice(at, at + length)), 'utf8') > CHUNK_BYTES) length = Math.floor(length / 2);
    // Never split a surrogate pair: the halves would not survive the round trip.
    const last = text.charCodeAt(at + length - 1);
    if (last >= 0xd800 && last <= 0xdbff && at + length < text.length) length -= 1;
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  return pieces.length === 0 ? [''] : pieces;
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads plain keys in batches of 25 (one request for up to 25); a key missing answers undefined. */
async function getMany(keys: readonly string[]): Promise<(unknown)[]> {
  const answers = await Promise.all(chunked(keys, BATCH).map((batch) => kvs.batchGet<unknown>(batch.map((key) => ({ key })))));
  const values = new Map<string, unknown>();
  for (const answer of answers) {
    const failure = answer.failedKeys.find((failed) => failed.error.code !== 'KEY_NOT_FOUND');
    if (failure !== undefined) throw new Error(`storage: reading ${failure.key} failed: ${failure.error.code}`);
    for (const item of answer.successfulKeys) values.set(item.key, item.value);
  }
  return keys.map((key) => values.get(key));
}

async function setMany(items: readonly { key: string; value: unknown }[]): Promise<void> {
  await Promise.all(chunked(items, BATCH).map(async (batch) => {
    const answer = await kvs.batchSet(batch.map(({ key, value }) => ({ key, value })));
    if (answer.failedKeys.length > 0) throw new Error(`storage: writing ${answer.failedKeys[0]?.key ?? '?'} failed`);
  }));
}

async function deleteMany(keys: readonly string[]): Promise<void> {
  await Promise.all(chunked(keys, BATCH).map((batch) => kvs.batchDelete(batch.map((key) => ({ key })))));
}

const unreadable = (what: string) => err(appError('UNAVAILABLE', `Storage could not be read for ${what}.`, { reason: 'storage-unreachable', details: { failed: 'storage' satisfies ReleasePart } }));

export async function readSnapshotHead(versionId: string): Promise<Result<SnapshotHead | undefined>> {
  try {
    const stored = await kvs.entity<unknown>(HEAD).get(versionId);
    if (stored === undefined || stored === null) return ok(undefined);
    const parsed = headSchema.safeParse(stored);
    if (!parsed.success) console.error(`storage: the schedule head of release ${versionId} does not parse and is ignored`);
    return ok(parsed.success ? parsed.data : undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the release schedule'));
  }
}

/** The snapshot the head points at, or undefined; follows a head switched while reading. */
export async function readSnapshot(versionId: string, known?: SnapshotHead): Promise<Result<{ head: SnapshotHead; snapshot: Snapshot } | undefined>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const head = attempt === 0 && known !== undefined ? ok(known) : await readSnapshotHead(versionId);
    if (!head.ok || head.data === undefined) return head.ok ? ok(undefined) : head;
    const { generation, chunks } = head.data;
    let pieces: unknown[];
    try {
      pieces = await getMany(Array.from({ length: chunks }, (_, n) => chunkKey(versionId, generation, n)));
    } catch {
      return unreadable('the release schedule');
    }
    if (pieces.some((piece) => typeof piece !== 'string')) continue; // switched and deleted under us: read the new head
    let parsed: ReturnType<typeof snapshotSchema.safeParse>;
    try {
      parsed = snapshotSchema.safeParse(JSON.parse((pieces as string[]).join('')));
    } catch {
      parsed = snapshotSchema.safeParse(undefined);
    }
    if (!parsed.success) {
      console.error(`storage: the schedule snapshot of release ${versionId} does not parse and is ignored`);
      return ok(undefined);
    }
    return ok({ head: head.data, snapshot: parsed.data });
  }
  return unreadable('the release schedule');
}

async function readMembers(versionId: string, head: SnapshotHead): Promise<string[]> {
  const pieces = await getMany(Array.from({ length: head.memberChunks }, (_, n) => memberChunkKey(versionId, head.generation, n)));
  return pieces.flatMap((piece) => (typeof piece === 'string' && piece !== '' ? piece.split(',') : []));
}

/**
 * Keeps `snapshot` of release `versionId`, read from Jira from `readStartedAt` on, with the Jira ids of every issue
 * in it (for the membership index). `superseded` when a snapshot whose read began later is already kept.
 */
export async function publishSnapshot(
  versionId: string, snapshot: Snapshot, memberIds: readonly string[], times: { readonly readStartedAt: string; readonly computedAt: string },
): Promise<Result<'published' | 'superseded'>> {
  const generation = randomUUID();
  const pieces = splitText(JSON.stringify(snapshot));
  const members = [...new Set(memberIds)];
  const memberPieces = chunked(members, 20_000).map((ids) => ids.join(','));
  const written = [...pieces.map((_, n) => chunkKey(versionId, generation, n)), ...memberPieces.map((_, n) => memberChunkKey(versionId, generation, n))];
  const head: SnapshotHead = {
    schemaVersion: 1, versionId, generation, readStartedAt: times.readStartedAt, computedAt: times.computedAt,
    chunks: pieces.length, memberChunks: memberPieces.length, issueCount: snapshot.plan.tasks.length,
  };
  try {
    await setMany([...pieces.map((value, n) => ({ key: chunkKey(versionId, generation, n), value })), ...memberPieces.map((value, n) => ({ key: memberChunkKey(versionId, generation, n), value }))]);
    for (let attempt = 0; ; attempt++) {
      const current = await readSnapshotHead(versionId);
      if (!current.ok) return current;
      const previous = current.data;
      if (previous !== undefined && previous.readStartedAt > times.readStartedAt) {
        await deleteMany(written);
        return ok('superseded');
      }
      try {
        if (previous === undefined) {
          await kvs.entity<SnapshotHead>(HEAD).set(versionId, head, { keyPolicy: 'FAIL_IF_EXISTS' });
        } else {
          await kvs.transact()
            .set(versionId, head, { entityName: HEAD, conditions: new Filter<SnapshotHead>().and('generation', FilterConditions.equalTo(previous.generation)) })
            .execute();
        }
      } catch (error: unknown) {
        // Another recomputation switched the head first: compare with what it kept, then try again.
        if (storageError(error, 'the release schedule').code === 'CONFLICT' && attempt < 4) continue;
        throw error;
      }
      const before = previous === undefined ? [] : await readMembers(versionId, previous);
      await updateMembership(versionId, before, members);
      if (previous !== undefined) {
        await deleteMany([
          ...Array.from({ length: previous.chunks }, (_, n) => chunkKey(versionId, previous.generation, n)),
          ...Array.from({ length: previous.memberChunks }, (_, n) => memberChunkKey(versionId, previous.generation, n)),
        ]);
      }
      return ok('published');
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the release schedule'));
  }
}

/** The index from an issue to the releases whose snapshot holds it: one key per (issue, release), no shared record. */
async function updateMembership(versionId: string, before: readonly string[], after: readonly string[]): Promise<void> {
  const had = new Set(before);
  const has = new Set(after);
  await setMany(after.filter((id) => !had.has(id)).map((id) => ({ key: memberKey(id, versionId), value: { versionId } })));
  await deleteMany(before.filter((id) => !has.has(id)).map((id) => memberKey(id, versionId)));
}

/** The releases whose kept snapshot holds any of `issueIds`: one read per issue. */
export async function releasesHolding(issueIds: readonly string[]): Promise<Result<string[]>> {
  try {
    const found = await Promise.all([...new Set(issueIds)].map((id) => kvs.query().where('key', WhereConditions.beginsWith(`release-member:${id}:`)).limit(20).getMany<unknown>()));
    const releases = found.flatMap((page) => page.results.map((item) => item.key.slice(item.key.lastIndexOf(':') + 1)));
    return ok([...new Set(releases)]);
  } catch (error: unknown) {
    return err(storageError(error, 'the release index'));
  }
}

export async function readMarks(versionId: string): Promise<Result<ReleaseMarks>> {
  try {
    const [changed, failed, job] = await getMany([markKey('changed', versionId), markKey('failed', versionId), markKey('job', versionId)]);
    const c = markSchema.safeParse(changed);
    const f = failureSchema.safeParse(failed);
    const j = jobSchema.safeParse(job);
    return ok({ changedAt: c.success ? c.data.at : null, failure: f.success ? f.data : null, job: j.success ? j.data : null });
  } catch {
    return unreadable('the release schedule');
  }
}

async function write(what: string, work: () => Promise<unknown>): Promise<Result<void>> {
  try {
    await work();
    return ok(undefined);
  } catch (error: unknown) {
    return err(storageError(error, what));
  }
}

export const markChanged = (versionId: string, at: string) => write('the release schedule', () => kvs.set(markKey('changed', versionId), { at }));
export const markFailed = (versionId: string, at: string, failed: ReleasePart) => write('the release schedule', () => kvs.set(markKey('failed', versionId), { at, failed }));

/** Records a running recomputation (it expires with Forge's 15-minute limit), or clears it. */
export const saveJob = (versionId: string, job: ReleaseJob | null) => write('the release schedule', () =>
  (job === null ? kvs.delete(markKey('job', versionId)) : kvs.set(markKey('job', versionId), job, { ttl: { value: 15, unit: 'MINUTES' } })));

/** Claims the next recomputation of a release for `seconds`: true for the first caller, false while it is claimed. */
export async function claimRefresh(versionId: string, at: string, seconds: number): Promise<Result<boolean>> {
  try {
    await kvs.set(markKey('queued', versionId), { at }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: Math.max(1, seconds), unit: 'SECONDS' } });
    return ok(true);
  } catch (error: unknown) {
    const mapped = storageError(error, 'the release schedule');
    return mapped.code === 'CONFLICT' ? ok(false) : err(mapped);
  }
}
