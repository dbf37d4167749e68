// The gate's configuration (entity `gate-config`): the project's template (key `template:<project>`: criteria,
// who signs each function, how long a sign-off lasts) and a release's own criteria (key `release:<version id>`).
// Each save names the version it read: a first save is FAIL_IF_EXISTS, later ones a transaction condition.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type DeepReadonly, type Result } from '../../contract';
import { criterionSchema, membershipSchema } from '../../contract/gate';
import { DEFAULT_CRITERIA, DEFAULT_MEMBERSHIP, DEFAULT_SIGNOFF_MAX_AGE_DAYS, type Criterion, type FunctionMembership } from '../../domain/gate';
import { storageError } from './kvs-errors';

const ENTITY = 'gate-config';

/** The stored record, schema version 1. */
const storedSchema = z.object({
  schemaVersion: z.literal(1),
  scope: z.enum(['template', 'release']),
  projectKey: z.string(),
  versionId: z.string(),
  criteria: z.array(criterionSchema).nullable(),
  membership: z.array(membershipSchema),
  signOffMaxAgeDays: z.number().int().min(1),
  version: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
type Stored = DeepReadonly<z.infer<typeof storedSchema>>;

export interface GateTemplate {
  readonly criteria: readonly Criterion[];
  readonly membership: readonly FunctionMembership[];
  readonly signOffMaxAgeDays: number;
  /** 0 = never saved (the default template). */
  readonly version: number;
}

export interface ReleaseCriteria {
  /** null = the release follows its project's template. */
  readonly criteria: readonly Criterion[] | null;
  readonly version: number;
}

const DEFAULT_TEMPLATE: GateTemplate = { criteria: DEFAULT_CRITERIA, membership: DEFAULT_MEMBERSHIP, signOffMaxAgeDays: DEFAULT_SIGNOFF_MAX_AGE_DAYS, version: 0 };

async function read(key: string, what: string): Promise<Result<Stored | null>> {
  try {
    const stored = await kvs.entity<Stored>(ENTITY).get(key);
    if (stored === undefined) return ok(null);
    const parsed = storedSchema.safeParse(stored);
    if (!parsed.success) {
      console.error(`storage: ${what} (${key}) does not parse; the defaults are used until it is saved again`);
      return ok(null);
    }
    return ok(parsed.data);
  } catch (error: unknown) {
    return err(storageError(error, what));
  }
}

async function write(key: string, value: Stored, expectedVersion: number, what: string): Promise<Result<void>> {
  try {
    if (expectedVersion === 0) await kvs.entity<Stored>(ENTITY).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    else await kvs.transact().set(key, value, { entityName: ENTITY, conditions: new Filter<Stored>().and('version', FilterConditions.equalTo(expectedVersion)) }).execute();
  } catch (error: unknown) {
    return err(storageError(error, what));
  }
  return ok(undefined);
}

export async function readGateTemplate(projectKey: string): Promise<Result<GateTemplate>> {
  const stored = await read(`template:${projectKey}`, 'the gate template');
  if (!stored.ok) return stored;
  if (stored.data?.criteria == null) return ok(DEFAULT_TEMPLATE);
  return ok({ criteria: stored.data.criteria, membership: stored.data.membership, signOffMaxAgeDays: stored.data.signOffMaxAgeDays, version: stored.data.version });
}

export async function saveGateTemplate(projectKey: string, template: Omit<GateTemplate, 'version'>, expectedVersion: number, accountId: string, now: string): Promise<Result<GateTemplate>> {
  const value: Stored = {
    schemaVersion: 1, scope: 'template', projectKey, versionId: '', criteria: [...template.criteria], membership: [...template.membership],
    signOffMaxAgeDays: template.signOffMaxAgeDays, version: expectedVersion + 1, updatedBy: accountId, updatedAt: now,
  };
  const written = await write(`template:${projectKey}`, value, expectedVersion, 'the gate template');
  return written.ok ? ok({ ...template, version: value.version }) : written;
}

export async function readReleaseCriteria(versionId: string): Promise<Result<ReleaseCriteria>> {
  const stored = await read(`release:${versionId}`, "the release's criteria");
  if (!stored.ok) return stored;
  return ok(stored.data === null ? { criteria: null, version: 0 } : { criteria: stored.data.criteria, version: stored.data.version });
}

export async function saveReleaseCriteria(
  projectKey: string, versionId: string, criteria: readonly Criterion[] | null, expectedVersion: number, accountId: string, now: string,
): Promise<Result<ReleaseCriteria>> {
  const value: Stored = {
    schemaVersion: 1, scope: 'release', projectKey, versionId, criteria: criteria === null ? null : [...criteria], membership: [],
    signOffMaxAgeDays: DEFAULT_SIGNOFF_MAX_AGE_DAYS, version: expectedVersion + 1, updatedBy: accountId, updatedAt: now,
  };
  const written = await write(`release:${versionId}`, value, expectedVersion, "the release's criteria");
  return written.ok ? ok({ criteria, version: value.version }) : written;
}
