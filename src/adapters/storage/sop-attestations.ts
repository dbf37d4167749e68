// Attestations (entity `sop-attestation`, key = `<page id>:<account id>:<SOP version>`, indexed by page): one
// person's read-and-understood and quiz attempts on one SOP version, saved over the revision read (CONFLICT if two
// submissions race), so an attempt is never lost or counted twice.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import type { Attestation } from '../../domain/sop/attestation';
import { queryPartition } from './query-all';
import { storageError } from './kvs-errors';

const ENTITY = 'sop-attestation';

const storedSchema = z.object({
  schemaVersion: z.literal(1),
  pageId: z.string(), accountId: z.string(), sopVersion: z.number().int().positive(),
  acknowledgedAt: z.string().optional(),
  attempts: z.array(z.object({ at: z.string(), correct: z.number().int(), total: z.number().int(), percent: z.number().int(), passed: z.boolean() })),
  passed: z.boolean(),
  revision: z.number().int().min(1),
});
type Stored = z.infer<typeof storedSchema>;

export interface StoredAttestation {
  readonly attestation: Attestation;
  /** 0 = never saved. */
  readonly revision: number;
}

const keyOf = (a: Pick<Attestation, 'pageId' | 'accountId' | 'sopVersion'>) => `${a.pageId}:${a.accountId}:${String(a.sopVersion)}`;

function attestationOf(stored: Stored): Attestation {
  const { pageId, accountId, sopVersion, acknowledgedAt, attempts } = stored;
  return { pageId, accountId, sopVersion, attempts, ...(acknowledgedAt === undefined ? {} : { acknowledgedAt }) };
}

export async function readAttestation(pageId: string, accountId: string, sopVersion: number): Promise<Result<StoredAttestation | undefined>> {
  try {
    const value = await kvs.entity<unknown>(ENTITY).get(keyOf({ pageId, accountId, sopVersion }));
    if (value === undefined || value === null) return ok(undefined);
    const parsed = storedSchema.safeParse(value);
    if (!parsed.success) console.error(`storage: attestation of page ${pageId} does not parse and is ignored`);
    return ok(parsed.success ? { attestation: attestationOf(parsed.data), revision: parsed.data.revision } : undefined);
  } catch (error: unknown) {
    return err(storageError(error, 'the attestation'));
  }
}

export async function listAttestations(pageId: string): Promise<Result<Attestation[]>> {
  try {
    const values = await queryPartition(ENTITY, 'by-page', [pageId]);
    return ok(values.flatMap((v) => {
      const parsed = storedSchema.safeParse(v);
      return parsed.success ? [attestationOf(parsed.data)] : [];
    }));
  } catch (error: unknown) {
    return err(storageError(error, 'the attestations'));
  }
}

/** Saves `attestation` over `revision` (0 = create); CONFLICT when it changed in between. */
export async function saveAttestation(attestation: Attestation, revision: number): Promise<Result<StoredAttestation>> {
  const value: Stored = {
    schemaVersion: 1, pageId: attestation.pageId, accountId: attestation.accountId, sopVersion: attestation.sopVersion,
    ...(attestation.acknowledgedAt === undefined ? {} : { acknowledgedAt: attestation.acknowledgedAt }),
    attempts: attestation.attempts.map((a) => ({ ...a })), passed: attestation.attempts.some((a) => a.passed), revision: revision + 1,
  };
  try {
    if (revision === 0) await kvs.entity<Stored>(ENTITY).set(keyOf(attestation), value, { keyPolicy: 'FAIL_IF_EXISTS' });
    else {
      await kvs.transact()
        .set(keyOf(attestation), value, { entityName: ENTITY, conditions: new Filter<Stored>().and('revision', FilterConditions.equalTo(revision)) })
        .execute();
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the attestation'));
  }
  return ok({ attestation, revision: value.revision });
}
