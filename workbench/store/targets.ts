// Resolves where a request's key lives (plain KVS, secrets, or a declared custom entity) and checks
// a write against that place's rules: key format, value limits, and entity attribute types.
import type { EntitySchema } from './entity-definitions';
import { checkEntityValue } from './entity-values';
import { badRequest, ErrorCode, type KvsFailure } from './errors';
import type { JsonValue } from './json';
import { checkEntityName, checkKey, checkValue, type KeyFlavour } from './limits';
import { entitySpace, type SpaceId } from './records';

export interface Target {
  readonly space: SpaceId;
  readonly flavour: KeyFlavour;
  readonly entityName?: string;
  readonly schema?: EntitySchema;
}

export const kvsTarget: Target = { space: 'kvs', flavour: 'kvs' };
export const secretTarget: Target = { space: 'secret', flavour: 'kvs' };

export function resolveTarget(schemas: ReadonlyMap<string, EntitySchema>, entityName: string | undefined): Target | KvsFailure {
  if (entityName === undefined) return kvsTarget;
  const nameError = checkEntityName(entityName);
  if (nameError) return nameError;
  const schema = schemas.get(entityName);
  if (schema === undefined) {
    return badRequest(ErrorCode.unknownEntity, `Entity '${entityName}' is not declared in the manifest (app.storage.entities).`);
  }
  return { space: entitySpace(entityName), flavour: 'entity', entityName, schema };
}

export function checkRead(target: Target, key: string): KvsFailure | undefined {
  return checkKey(key, target.flavour);
}

export function checkWrite(target: Target, key: string, value: JsonValue): KvsFailure | undefined {
  return checkKey(key, target.flavour) ?? checkValue(value) ?? (target.schema ? checkEntityValue(target.schema, value) : undefined);
}
