// The decision log of a release's gate (entity `gate-decision`, partition = release, range = time): append-only.
// Record n of a release lives at key `<version>:<n, 6 digits>` and is written with FAIL_IF_EXISTS: that slot is the
// chain head's conditional write, so two deciders who both read head n-1 get one record and one CONFLICT, never a
// fork. Records are never updated or deleted by the app.
import kvs from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type DeepReadonly, type Result } from '../../contract';
import { GATE_FUNCTIONS, GATE_STATUSES, LOG_KINDS, type LogRecord } from '../../domain/gate';
import { readPartition } from './entity-pages';
import { storageError } from './kvs-errors';

const ENTITY = 'gate-decision';
const MAX_PAGES = 50;

/** The stored record, schema version 1: the chained record as the domain made it. */
const storedSchema = z.object({
  schemaVersion: z.literal(1),
  versionId: z.string(),
  seq: z.number().int().min(1),
  kind: z.enum(LOG_KINDS),
  by: z.string(),
  at: z.string(),
  reason: z.string(),
  exceptions: z.array(z.object({ criterionId: z.string(), reason: z.string() })),
  overall: z.enum(['green', 'amber', 'red']),
  statuses: z.record(z.string(), z.enum(GATE_STATUSES)),
  signedFunctions: z.array(z.enum(GATE_FUNCTIONS)),
  prevHash: z.string(),
  hash: z.string(),
});
type Stored = DeepReadonly<z.infer<typeof storedSchema>>;

export const decisionKey = (versionId: string, seq: number) => `${versionId}:${String(seq).padStart(6, '0')}`;

/** The release's log in order. A record that does not parse is left out, which verification then reports. */
export async function readDecisionLog(versionId: string): Promise<Result<LogRecord[]>> {
  try {
    const stored = await readPartition(ENTITY, 'by-release', [versionId], storedSchema, MAX_PAGES);
    return ok(stored.map(({ schemaVersion: _schemaVersion, ...record }) => record).sort((a, b) => a.seq - b.seq));
  } catch (error: unknown) {
    return err(storageError(error, 'the decision log'));
  }
}

/** Appends `record` at its sequence number; CONFLICT when that slot was taken first. */
export async function appendDecision(record: LogRecord): Promise<Result<LogRecord>> {
  const value: Stored = { schemaVersion: 1, ...record };
  try {
    await kvs.entity<Stored>(ENTITY).set(decisionKey(record.versionId, record.seq), value, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error: unknown) {
    return err(storageError(error, 'the decision'));
  }
  return ok(record);
}
