// The analyst's overrides of abuse flags, one record per campaign (key `campaign-flag-overrides:<id>`), each
// with its reason, who and when; saved only while the stored version is the one read (else CONFLICT).
import kvs from '@forge/kvs';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import type { FlagOverride } from '../../domain/campaign';
import { storageError } from './kvs-errors';

const storedSchema = z.object({
  schemaVersion: z.literal(1),
  version: z.number().int().min(1),
  overrides: z.array(z.object({ account: z.string(), verdict: z.enum(['genuine', 'abuse']), reason: z.string(), by: z.string(), at: z.string() })),
});

const key = (campaignId: string) => `campaign-flag-overrides:${campaignId}`;

export async function readOverrides(campaignId: string): Promise<Result<{ version: number; overrides: FlagOverride[] }>> {
  try {
    const parsed = storedSchema.safeParse(await kvs.get<unknown>(key(campaignId)));
    return ok(parsed.success ? { version: parsed.data.version, overrides: parsed.data.overrides } : { version: 0, overrides: [] });
  } catch (error: unknown) {
    return err(storageError(error, 'the flag overrides'));
  }
}

/** Writes the overrides as version `readVersion + 1` if the stored version is still `readVersion`. */
export async function saveOverrides(campaignId: string, readVersion: number, overrides: readonly FlagOverride[]): Promise<Result<void>> {
  try {
    const current = await readOverrides(campaignId);
    if (!current.ok) return current;
    if (current.data.version !== readVersion) return err(appError('CONFLICT', 'The flag overrides were changed by someone else first.', { reason: 'changed-by-someone-else' }));
    await kvs.set(key(campaignId), { schemaVersion: 1, version: readVersion + 1, overrides });
    return ok(undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the flag overrides'));
  }
}
