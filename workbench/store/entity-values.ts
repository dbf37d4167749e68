// Checks an entity value against its declared attributes, with the Custom Entity Store's type rules
// (runtime-reference/storage-api-custom-entities: integers are 32-bit signed; floats are finite).
import type { AttributeType, EntitySchema } from './entity-definitions';
import { badRequest, ErrorCode, type KvsFailure } from './errors';
import { isJsonObject, type JsonValue } from './json';
import { Limits } from './limits';

export function checkEntityValue(schema: EntitySchema, value: JsonValue): KvsFailure | undefined {
  if (!isJsonObject(value)) {
    return badRequest(ErrorCode.invalidAttribute, `A '${schema.name}' entity value must be an object of attributes.`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = schema.attributes.get(attribute);
    if (type === undefined) {
      return badRequest(ErrorCode.invalidAttribute, `Attribute '${attribute}' is not declared for entity '${schema.name}' in the manifest.`);
    }
    if (!matchesType(type, attributeValue)) {
      return badRequest(ErrorCode.invalidAttribute, `Attribute '${attribute}' of entity '${schema.name}' must be of type ${type}.`);
    }
  }
  return undefined;
}

function matchesType(type: AttributeType, value: JsonValue): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= Limits.int32Min && value <= Limits.int32Max;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return true;
  }
}
