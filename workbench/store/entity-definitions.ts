// Custom entity definitions as the manifest declares them (`app.storage.entities`), read from
// manifest.yml and normalised into a lookup of attributes and indexes for the store.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

/** An index as written in the manifest: a bare attribute name, or a named partition/range index. */
export type IndexDeclaration =
  | string
  | { readonly name: string; readonly range: readonly string[]; readonly partition?: readonly string[] };

export interface EntityDefinition {
  readonly name: string;
  readonly attributes: Readonly<Record<string, { readonly type: AttributeType }>>;
  readonly indexes?: readonly IndexDeclaration[];
}

export type EntityDefinitions = readonly EntityDefinition[];

export interface EntityIndex {
  readonly name: string;
  readonly partition: readonly string[];
  readonly range: string;
}

export interface EntitySchema {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, AttributeType>;
  readonly indexes: ReadonlyMap<string, EntityIndex>;
}

const attributeTypeSchema = z.enum(['string', 'integer', 'float', 'boolean', 'any']);
const indexSchema = z.union([
  z.string().min(1),
  z.object({
    name: z.string().min(1),
    range: z.array(z.string().min(1)).length(1, 'an index has exactly one range attribute'),
    partition: z.array(z.string().min(1)).optional(),
  }),
]);
const entitySchema = z.object({
  name: z.string().min(1),
  attributes: z.record(z.string(), z.object({ type: attributeTypeSchema })),
  indexes: z.array(indexSchema).optional(),
});
const manifestSchema = z.object({
  app: z.object({
    storage: z.object({ entities: z.array(entitySchema).optional() }).optional(),
  }),
});

/** Reads `app.storage.entities` from a manifest.yml; a manifest without entities yields `[]`. */
export async function readEntityDefinitions(manifestPath: string): Promise<EntityDefinitions> {
  const parsed = manifestSchema.safeParse(parse(await readFile(manifestPath, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${manifestPath}: app.storage.entities is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  return (parsed.data.app.storage?.entities ?? []).map(toDefinition);
}

function toDefinition(entity: z.infer<typeof entitySchema>): EntityDefinition {
  const indexes = (entity.indexes ?? []).map((index): IndexDeclaration =>
    typeof index === 'string'
      ? index
      : { name: index.name, range: index.range, ...(index.partition ? { partition: index.partition } : {}) },
  );
  return { name: entity.name, attributes: entity.attributes, indexes };
}

/** Builds the store's lookup; throws when an index names an attribute the entity does not declare. */
export function buildEntitySchemas(definitions: EntityDefinitions): ReadonlyMap<string, EntitySchema> {
  const schemas = new Map<string, EntitySchema>();
  for (const definition of definitions) {
    const attributes = new Map(Object.entries(definition.attributes).map(([name, { type }]) => [name, type] as const));
    const indexes = new Map<string, EntityIndex>();
    for (const declaration of definition.indexes ?? []) {
      const index = normaliseIndex(declaration);
      for (const attribute of [...index.partition, index.range]) {
        if (!attributes.has(attribute)) {
          throw new Error(`Entity '${definition.name}' index '${index.name}' uses undeclared attribute '${attribute}'`);
        }
      }
      indexes.set(index.name, index);
    }
    schemas.set(definition.name, { name: definition.name, attributes, indexes });
  }
  return schemas;
}

function normaliseIndex(declaration: IndexDeclaration): EntityIndex {
  if (typeof declaration === 'string') return { name: declaration, partition: [], range: declaration };
  const [range] = declaration.range;
  if (range === undefined || declaration.range.length !== 1) {
    throw new Error(`Index '${declaration.name}' must have exactly one range attribute`);
  }
  return { name: declaration.name, partition: declaration.partition ?? [], range };
}
