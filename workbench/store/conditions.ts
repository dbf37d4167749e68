// The condition language shared by entity query ranges, query filters and transaction conditions:
// one clause tests one attribute value; filter groups combine clauses with AND or OR.
import { isJsonObject, type JsonObject, type JsonValue } from './json';

export const rangeConditions = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;
export const filterConditions = [
  ...rangeConditions,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
] as const;

export type ConditionName = (typeof filterConditions)[number];

export interface Clause {
  readonly condition: ConditionName;
  readonly values: readonly JsonValue[];
}

export interface FilterItem extends Clause {
  readonly property: string;
}

export type FilterGroup = { readonly and: readonly FilterItem[] } | { readonly or: readonly FilterItem[] };

/** How many operands each condition takes (EXISTS / NOT_EXISTS carry a single `true`). */
export function operandCount(condition: ConditionName): number {
  return condition === 'BETWEEN' ? 2 : 1;
}

export function matchesClause(actual: JsonValue | undefined, clause: Clause): boolean {
  const [first, second] = clause.values;
  if (actual === undefined) {
    return clause.condition === 'NOT_EXISTS' || clause.condition === 'NOT_EQUAL_TO' || clause.condition === 'NOT_CONTAINS';
  }
  switch (clause.condition) {
    case 'EXISTS':
      return true;
    case 'NOT_EXISTS':
      return false;
    case 'EQUAL_TO':
      return jsonEquals(actual, first);
    case 'NOT_EQUAL_TO':
      return !jsonEquals(actual, first);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && (typeof first === 'string' || typeof first === 'number') && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'GREATER_THAN':
      return ordered(actual, first, (order) => order > 0);
    case 'GREATER_THAN_EQUAL_TO':
      return ordered(actual, first, (order) => order >= 0);
    case 'LESS_THAN':
      return ordered(actual, first, (order) => order < 0);
    case 'LESS_THAN_EQUAL_TO':
      return ordered(actual, first, (order) => order <= 0);
    case 'BETWEEN':
      return ordered(actual, first, (order) => order >= 0) && ordered(actual, second, (order) => order <= 0);
  }
}

/** True when `value` satisfies every (AND) or any (OR) clause of the group; no group matches all. */
export function matchesFilters(value: JsonValue, group: FilterGroup | undefined): boolean {
  if (group === undefined) return true;
  const attributes: JsonObject = isJsonObject(value) ? value : {};
  const test = (item: FilterItem): boolean => matchesClause(attributes[item.property], item);
  return 'and' in group ? group.and.every(test) : group.or.some(test);
}

/**
 * Total order used for index ranges and sorting: numbers, then strings, then booleans; within a type,
 * the natural order. Comparisons in clauses only succeed between values of the same type.
 */
export function compareScalars(a: JsonValue, b: JsonValue): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return rank;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

function typeRank(value: JsonValue): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

function ordered(actual: JsonValue, operand: JsonValue | undefined, accept: (order: number) => boolean): boolean {
  if (operand === undefined || typeof actual !== typeof operand) return false;
  if (typeof actual !== 'number' && typeof actual !== 'string') return false;
  return accept(compareScalars(actual, operand));
}

function contains(actual: JsonValue, operand: JsonValue | undefined): boolean {
  if (typeof actual === 'string') return typeof operand === 'string' && actual.includes(operand);
  if (Array.isArray(actual)) return actual.some((element: JsonValue) => jsonEquals(element, operand));
  return false;
}

function jsonEquals(a: JsonValue, b: JsonValue | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
