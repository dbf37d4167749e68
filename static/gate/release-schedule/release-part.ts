// Which part of a release could not be read, from an error's details: one of the contract's parts, or nothing.
import { RELEASE_PARTS, type ReleasePart } from '../../../src/contract';

export function partOf(value: unknown): ReleasePart | undefined {
  return typeof value === 'string' && (RELEASE_PARTS as readonly string[]).includes(value) ? value as ReleasePart : undefined;
}
