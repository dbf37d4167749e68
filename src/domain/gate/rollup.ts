// The rollup of criterion statuses, per function and overall: any red -> red; any amber or unknown -> amber;
// else green. A function with no criteria is green (nothing of it holds the release), and so is an empty gate.
import { GATE_FUNCTIONS, type CriterionResult, type GateFunction, type GateStatus, type RollupStatus } from './types';

export function rollup(statuses: readonly GateStatus[]): RollupStatus {
  if (statuses.includes('red')) return 'red';
  if (statuses.includes('amber') || statuses.includes('unknown')) return 'amber';
  return 'green';
}

export interface FunctionRollup {
  readonly function: GateFunction;
  readonly status: RollupStatus;
  readonly counts: Readonly<Record<GateStatus, number>>;
}

export function rollupByFunction(results: readonly CriterionResult[]): FunctionRollup[] {
  return GATE_FUNCTIONS.map((fn) => {
    const own = results.filter((result) => result.function === fn).map((result) => result.status);
    const counts = { green: 0, amber: 0, red: 0, unknown: 0 };
    for (const status of own) counts[status] += 1;
    return { function: fn, status: rollup(own), counts };
  });
}
