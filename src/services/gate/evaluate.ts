// The evaluation of one release's gate, the same for the page (as the user), the status API and the release event
// (as the app): its criteria evaluated fail-closed from what was read, the rollups, each sign-off's validity
// (invalidated by a regression, expired after the configured age), the decision log and its verification, and
// what the decision rules allow now.
import { ok, type Result } from '../../contract';
import type { GateRelease } from '../../adapters/jira/gate-release';
import { readDecisionLog } from '../../adapters/storage/gate-decisions';
import { readManualEntries, type ManualEntries } from '../../adapters/storage/gate-manual';
import { readSignOffs } from '../../adapters/storage/gate-signoffs';
import { sha256 } from '../../adapters/hash';
import {
  currentDecision, evaluateCriteria, GATE_FUNCTIONS, rollup, rollupByFunction, signOffValidity, verifyChain,
  type ChainVerification, type CriterionResult, type FunctionRollup, type GateFunction, type GateState, type LogRecord, type RollupStatus, type SignOff, type SignOffValidity,
} from '../../domain/gate';
import type { CallContext } from '../call-context';
import { readGateConfig, type GateConfig } from './config';
import { readGateInputs, type ScheduleSource } from './reads';

export interface Evaluation {
  readonly release: GateRelease;
  readonly config: GateConfig;
  readonly evaluatedAt: string;
  readonly results: readonly CriterionResult[];
  readonly functions: readonly FunctionRollup[];
  readonly overall: RollupStatus;
  readonly manual: ManualEntries;
  readonly signOffs: ReadonlyMap<GateFunction, SignOff>;
  readonly validity: ReadonlyMap<GateFunction, SignOffValidity>;
  readonly records: readonly LogRecord[];
  readonly chain: ChainVerification;
  readonly forecastDate: string | null;
  readonly state: GateState;
}

const EMPTY_MANUAL: ManualEntries = { marks: new Map(), rows: new Map() };

/** Evaluates `release` now. Storage of the configuration, sign-offs or log unreadable: UNAVAILABLE (nothing claimed). */
export async function evaluateRelease(ctx: CallContext, release: GateRelease, schedule: ScheduleSource): Promise<Result<Evaluation>> {
  const config = await readGateConfig(release.projectKey, release.id);
  if (!config.ok) return config;
  const { criteria } = config.data;
  const [reads, manual, signOffs, log] = await Promise.all([
    readGateInputs(ctx, release, criteria, schedule),
    readManualEntries(release.id),
    readSignOffs(release.id),
    readDecisionLog(release.id),
  ]);
  if (!reads.ok) return reads;
  if (!signOffs.ok) return signOffs;
  if (!log.ok) return log;
  const now = ctx.clock.now();
  const evaluated = evaluateCriteria(criteria, reads.data.inputs, manual.ok ? manual.data : EMPTY_MANUAL, now);
  // Marks that could not be read are not known to be met or not: unknown, never pending-as-amber or green.
  const manualIds = new Set(criteria.filter((c) => c.kind === 'manual').map((c) => c.id));
  const results = manual.ok ? evaluated : evaluated.map((r) => (manualIds.has(r.id) ? { ...r, status: 'unknown' as const, reason: 'storage-unavailable' as const, facts: {} } : r));
  const functions = rollupByFunction(results);
  const validity = new Map([...signOffs.data].map(([fn, signOff]) => [fn, signOffValidity(signOff, results, now, config.data.template.signOffMaxAgeDays)] as const));
  const state: GateState = {
    overall: rollup(results.map((r) => r.status)),
    unsigned: GATE_FUNCTIONS.filter((fn) => validity.get(fn)?.valid !== true),
    nonGreen: results.filter((r) => r.status !== 'green').map((r) => ({ id: r.id, red: r.status === 'red' })),
  };
  return ok({
    release, config: config.data, evaluatedAt: now, results, functions, overall: state.overall,
    manual: manual.ok ? manual.data : EMPTY_MANUAL, signOffs: signOffs.data, validity,
    records: log.data, chain: verifyChain(log.data, sha256), forecastDate: reads.data.forecastDate, state,
  });
}

export const signedCount = (evaluation: Pick<Evaluation, 'validity'>): number => [...evaluation.validity.values()].filter((v) => v.valid).length;

/** The latest decision when it is a GO (with or without exceptions) on a chain that verifies, else null. */
export function standingGo(evaluation: Pick<Evaluation, 'records' | 'chain'>): LogRecord | null {
  const decision = currentDecision(evaluation.records);
  return decision !== null && (decision.kind === 'GO' || decision.kind === 'GO_WITH_EXCEPTIONS') && evaluation.chain.verified ? decision : null;
}

/** A valid GO: one standing, and the gate not red now (a release that turned red since is not releasable). */
export const hasValidGo = (evaluation: Pick<Evaluation, 'records' | 'chain' | 'overall'>): boolean => standingGo(evaluation) !== null && evaluation.overall !== 'red';
