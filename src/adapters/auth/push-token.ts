// The Bearer token of the `metrics-push` webtrigger (one per site: the daily series are the site's): only its
// SHA-256 digest is kept, as a KVS secret, with when it was made. A new token is random (32 bytes), answered once
// and never stored in clear nor logged; a presented one is compared by digest with crypto.timingSafeEqual.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import kvs from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { storageError } from '../storage/kvs-errors';

const SECRET_KEY = 'metrics-push-token';
const storedSchema = z.object({ schemaVersion: z.literal(1), digest: z.string().regex(/^[0-9a-f]{64}$/), createdAt: z.string() });
type Stored = z.infer<typeof storedSchema>;

const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

async function readStored(): Promise<Stored | null> {
  const parsed = storedSchema.safeParse(await kvs.getSecret<unknown>(SECRET_KEY));
  return parsed.success ? parsed.data : null;
}

export async function pushTokenStatus(): Promise<Result<{ exists: boolean; createdAt: string | null }>> {
  try {
    const stored = await readStored();
    return ok({ exists: stored !== null, createdAt: stored?.createdAt ?? null });
  } catch (error: unknown) {
    return err(storageError(error, 'the push token'));
  }
}

/** A new token replacing any earlier one; its text is returned this once. */
export async function rotatePushToken(now: string): Promise<Result<{ token: string; createdAt: string }>> {
  const token = `lcm_${randomBytes(32).toString('base64url')}`;
  try {
    await kvs.setSecret<Stored>(SECRET_KEY, { schemaVersion: 1, digest: digestOf(token).toString('hex'), createdAt: now });
  } catch (error: unknown) {
    return err(storageError(error, 'the push token'));
  }
  return ok({ token, createdAt: now });
}

/** Whether `presented` is the token, compared in constant time (false when none was ever made). */
export async function verifyPushToken(presented: string): Promise<Result<boolean>> {
  const given = digestOf(presented);
  try {
    const stored = await readStored();
    return ok(stored !== null && timingSafeEqual(given, Buffer.from(stored.digest, 'hex')));
  } catch (error: unknown) {
    return err(storageError(error, 'the push token'));
  }
}
