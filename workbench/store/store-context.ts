// What every operation module gets from the store: the current state to read, the entity schemas,
// the clock, and `write`, which runs a plan under the write lock and makes its mutations durable.
import type { EntitySchema } from './entity-definitions';
import type { KvsFailure } from './errors';
import type { Mutation } from './records';
import type { StoreState } from './state';

export interface WritePlan<T> {
  readonly mutations: readonly Mutation[];
  readonly result: T;
}

export interface StoreContext {
  readonly state: StoreState;
  readonly schemas: ReadonlyMap<string, EntitySchema>;
  now(): number;
  /**
   * Runs `plan` alone (no other write interleaves), journals its mutations as one commit, fsyncs,
   * applies them, and only then resolves. A failure from the plan commits nothing.
   */
  write<T>(plan: (now: number) => WritePlan<T> | KvsFailure): Promise<T | KvsFailure>;
}
