// Sign-offs of a release's gate (entity `gate-signoff`, key `<version>:<function>`, index `by-release`): who signed
// a function, when, and the statuses they saw. A new sign-off names the version it replaces, so two people signing
// one function at once give one CONFLICT, never a lost write.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type DeepReadonly, type Result } from '../../contract';
import { GATE_FUNCTIONS, GATE_STATUSES, type GateFunction, type SignOff } from '../../domain/gate';
import { readPartition } from './entity-pages';
import { storageError } from './kvs-errors';

const ENTITY = 'gate-signoff';

/** The stored record, schema version 1. */
const storedSchema = z.object({
  schemaVersion: z.literal(1),
  versionId: z.string(),
  function: z.enum(GATE_FUNCTIONS),
  accountId: z.string(),
  signedAt: z.string(),
  saw: z.record(z.string(), z.enum(GATE_STATUSES)),
  version: z.number().int().min(1),
});
type Stored = DeepReadonly<z.infer<typeof storedSchema>>;

export async function readSignOffs(versionId: string): Promise<Result<Map<GateFunction, SignOff>>> {
  try {
    const stored = await readPartition(ENTITY, 'by-release', [versionId], storedSchema, 2);
    return ok(new Map(stored.map((s) => [s.function, { function: s.function, accountId: s.accountId, signedAt: s.signedAt, saw: s.saw, version: s.version }])));
  } catch (error: unknown) {
    return err(storageError(error, 'the sign-offs'));
  }
}

/** Records `signOff` over the sign-off of version `expectedVersion` (0: none yet). */
export async function saveSignOff(versionId: string, signOff: Omit<SignOff, 'version'>, expectedVersion: number): Promise<Result<SignOff>> {
  const value: Stored = { schemaVersion: 1, versionId, ...signOff, version: expectedVersion + 1 };
  const key = `${versionId}:${signOff.function}`;
  try {
    if (expectedVersion === 0) await kvs.entity<Stored>(ENTITY).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    else await kvs.transact().set(key, value, { entityName: ENTITY, conditions: new Filter<Stored>().and('version', FilterConditions.equalTo(expectedVersion)) }).execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the sign-off'));
  }
  return ok({ ...signOff, version: value.version });
}
