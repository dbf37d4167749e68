// The status API's token per project: only its SHA-256 digest is kept, as a KVS secret, with when it was made.
// A new token is random (32 bytes), answered once and never stored in clear. Checking one compares digests of
// equal length with crypto.timingSafeEqual. In the workbench `LC_WEBTRIGGER_TOKEN` sets a token for every project.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import kvs from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { storageError } from '../storage/kvs-errors';

const secretKey = (projectKey: string) => `gate-token:${projectKey}`;
const storedSchema = z.object({ schemaVersion: z.literal(1), digest: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.string() });
type Stored = z.infer<typeof storedSchema>;

const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

async function readStored(projectKey: string): Promise<Stored | null> {
  const stored = await kvs.getSecret<unknown>(secretKey(projectKey));
  const parsed = storedSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function tokenStatus(projectKey: string): Promise<Result<{ exists: boolean; createdAt: string | null }>> {
  try {
    const stored = await readStored(projectKey);
    return ok({ exists: stored !== null || (process.env.LC_WEBTRIGGER_TOKEN ?? '') !== '', createdAt: stored?.createdAt ?? null });
  } catch (error: unknown) {
    return err(storageError(error, 'the status token'));
  }
}

/** Makes a new token for the project, replacing any earlier one; the text is returned this once. */
export async function rotateToken(projectKey: string, now: string): Promise<Result<{ token: string; createdAt: string }>> {
  const token = `lcg_${randomBytes(32).toString('base64url')}`;
  try {
    await kvs.setSecret<Stored>(secretKey(projectKey), { schemaVersion: 1, digest: digestOf(token).toString('hex'), createdAt: now });
  } catch (error: unknown) {
    return err(storageError(error, 'the status token'));
  }
  return ok({ token, createdAt: now });
}

/** Whether `presented` is the project's token (or the workbench's), compared in constant time. */
export async function verifyToken(projectKey: string, presented: string): Promise<Result<boolean>> {
  const given = digestOf(presented);
  let matches = false;
  const workbench = process.env.LC_WEBTRIGGER_TOKEN ?? '';
  if (workbench !== '') matches = timingSafeEqual(given, digestOf(workbench)) || matches;
  try {
    const stored = await readStored(projectKey);
    if (stored !== null) matches = timingSafeEqual(given, Buffer.from(stored.digest, 'hex')) || matches;
  } catch (error: unknown) {
    return err(storageError(error, 'the status token'));
  }
  return ok(matches);
}
