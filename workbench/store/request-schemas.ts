// zod schemas for every request body the @forge/kvs client sends (node_modules/@forge/kvs/out/
// interfaces/kvs-api.d.ts), so a malformed body is answered with BAD_REQUEST naming the field.
import { z } from 'zod';
import { filterConditions, operandCount, rangeConditions } from './conditions';
import type { JsonValue } from './json';

const jsonValue = z.json().transform((value): JsonValue => value);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const metadataField = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
const getOptions = z.object({ metadataFields: z.array(metadataField).optional() }).optional();
const ttl = z.object({
  value: z.number().int().positive(),
  unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
});
const setOptions = z
  .object({
    ttl: ttl.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataField).optional(),
  })
  .optional();

const rangeClause = z
  .object({ condition: z.enum(rangeConditions), values: z.array(scalar) })
  .refine((clause) => clause.values.length === operandCount(clause.condition), {
    message: 'wrong number of values for the condition',
    path: ['values'],
  });

const filterItem = z
  .object({ property: z.string().min(1), condition: z.enum(filterConditions), values: z.array(scalar) })
  .refine((clause) => clause.values.length === operandCount(clause.condition), {
    message: 'wrong number of values for the condition',
    path: ['values'],
  });
const filterGroup = z.union([
  z.object({ and: z.array(filterItem).min(1) }).strict(),
  z.object({ or: z.array(filterItem).min(1) }).strict(),
]);

export const keyRequest = z.object({ key: z.string(), options: getOptions });
export const setRequest = z.object({ key: z.string(), value: jsonValue, options: setOptions });
export const entityKeyRequest = keyRequest.extend({ entityName: z.string() });
export const entitySetRequest = setRequest.extend({ entityName: z.string() });

export const queryRequest = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z
    .array(z.object({ property: z.literal('key'), condition: z.literal('BEGINS_WITH'), values: z.array(scalar).length(1) }))
    .max(1, 'a query may have only one where condition')
    .optional(),
  options: getOptions,
});

export const entityQueryRequest = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(scalar).optional(),
  range: rangeClause.optional(),
  filters: filterGroup.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: getOptions,
});

export const batchSetRequest = z.array(
  z.object({ key: z.string(), value: jsonValue, entityName: z.string().optional(), options: z.object({ ttl: ttl.optional() }).optional() }),
);
export const batchKeysRequest = z.array(z.object({ key: z.string(), entityName: z.string().optional(), options: getOptions }));

const transactionTarget = z.object({ key: z.string(), entityName: z.string().optional(), conditions: filterGroup.optional() });
export const transactionRequest = z.object({
  set: z.array(transactionTarget.extend({ value: jsonValue, options: z.object({ ttl: ttl.optional() }).optional() })).optional(),
  delete: z.array(transactionTarget).optional(),
  check: z.array(transactionTarget.extend({ conditions: filterGroup })).optional(),
});

export type MetadataFieldName = z.infer<typeof metadataField>;
export type Ttl = z.infer<typeof ttl>;
export type SetOptions = z.infer<typeof setOptions>;
export type EntityQueryRequest = z.infer<typeof entityQueryRequest>;
export type QueryRequest = z.infer<typeof queryRequest>;
export type TransactionRequest = z.infer<typeof transactionRequest>;
