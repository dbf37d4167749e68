// The gate of one release as the page shows it (`gate/forRelease`): read as the caller (NOT_FOUND for a release
// Jira hides from them), evaluated, with each function's sign-off and whether the caller may sign it, what the
// decision rules allow, the decision history with its verification, Jira's own approvers beside it (read-only),
// and the link on the release page kept current with the gate's state.
import { ok, type DeepReadonly, type OutputOf, type Result } from '../../contract';
import { readDisplayNames } from '../../adapters/jira/gate-people';
import { allowedDecisions, currentDecision, GATE_FUNCTIONS } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';
import { evaluateRelease, signedCount, type Evaluation } from './evaluate';
import { callerMemberships, isMember } from './membership';
import { userSchedule } from './reads';
import { syncRelatedWork } from './related-work';
import { readVisibleRelease } from './release-access';

export type GateView = DeepReadonly<OutputOf<'gate/forRelease'>>;

export interface CallerRights {
  readonly isAdmin: boolean;
  readonly isOwner: boolean;
  readonly members: ReadonlySet<string>;
}

/** Evaluates release `versionId` for the caller, with their rights in its project. */
export async function evaluateForCaller(ctx: UserCallContext, versionId: string): Promise<Result<{ evaluation: Evaluation; rights: CallerRights }>> {
  const release = await readVisibleRelease(ctx, versionId);
  if (!release.ok) return release;
  const [evaluation, held] = await Promise.all([
    evaluateRelease(ctx, release.data, userSchedule(ctx)),
    heldProjectPermissions(ctx, release.data.projectKey, ['ADMINISTER_PROJECTS']),
  ]);
  if (!evaluation.ok) return evaluation;
  if (!held.ok) return held;
  const memberships = await callerMemberships(ctx, release.data.projectKey, evaluation.data.config.template.membership);
  if (!memberships.ok) return memberships;
  const membership = evaluation.data.config.template.membership;
  return ok({
    evaluation: evaluation.data,
    rights: {
      isAdmin: held.data.has('ADMINISTER_PROJECTS'),
      isOwner: release.data.driverAccountId === ctx.principal.accountId,
      members: new Set(GATE_FUNCTIONS.filter((fn) => isMember(memberships.data, membership, fn))),
    },
  });
}

/** The page's view of an evaluation. */
export async function viewOf(ctx: UserCallContext, evaluation: Evaluation, rights: CallerRights, location: string | undefined): Promise<GateView> {
  const { release, config, results } = evaluation;
  const people = [
    release.driverAccountId ?? '', ...release.approvers.map((a) => a.accountId),
    ...[...evaluation.signOffs.values()].map((s) => s.accountId), ...evaluation.records.map((r) => r.by),
  ];
  const [names, relatedWork] = await Promise.all([readDisplayNames(ctx.jira, people), syncRelatedWork(ctx, evaluation, location)]);
  const nameOf = (accountId: string | null) => (accountId === null ? null : names.get(accountId) ?? null);
  const byId = new Map(results.map((r) => [r.id, r]));
  const decision = currentDecision(evaluation.records);
  const canDecide = rights.isOwner || rights.isAdmin;
  const allowed = allowedDecisions(evaluation.state, rights.isOwner);
  return {
    release: {
      id: release.id, name: release.name, projectKey: release.projectKey, releaseDate: release.releaseDate, released: release.released,
      ownerAccountId: release.driverAccountId, ownerName: nameOf(release.driverAccountId),
    },
    evaluatedAt: evaluation.evaluatedAt,
    overall: evaluation.overall,
    criteria: config.criteria.map((criterion) => {
      const result = byId.get(criterion.id);
      return {
        criterion, status: result?.status ?? 'unknown', reason: result?.reason ?? 'storage-unavailable', facts: result?.facts ?? {},
        mark: evaluation.manual.marks.get(criterion.id) ?? null,
        rows: evaluation.manual.rows.get(criterion.id) ?? [],
      };
    }),
    functions: evaluation.functions.map((rolled) => {
      const signOff = evaluation.signOffs.get(rolled.function);
      const validity = evaluation.validity.get(rolled.function);
      return {
        function: rolled.function, status: rolled.status, counts: rolled.counts,
        signOff: signOff === undefined || validity === undefined ? null : {
          ...signOff, displayName: nameOf(signOff.accountId), valid: validity.valid, invalid: validity.invalid,
        },
        canSign: rights.members.has(rolled.function),
      };
    }),
    signedCount: signedCount(evaluation),
    allowed: { GO: allowed.GO && canDecide, GO_WITH_EXCEPTIONS: allowed.GO_WITH_EXCEPTIONS, NO_GO: canDecide },
    needsException: evaluation.state.nonGreen.map((c) => c.id),
    decision: decision === null ? null : { kind: decision.kind as Exclude<typeof decision.kind, 'RELEASED_WITHOUT_GO'>, at: decision.at, by: decision.by, seq: decision.seq },
    history: { records: evaluation.records.map((r) => ({ ...r, byName: nameOf(r.by) })), chain: evaluation.chain },
    approvers: release.approvers.map((a) => ({ ...a, displayName: nameOf(a.accountId) })),
    customised: config.release.criteria !== null,
    configVersion: config.release.version,
    signOffMaxAgeDays: config.template.signOffMaxAgeDays,
    canEditCriteria: rights.isAdmin,
    isOwner: rights.isOwner,
    isAdmin: rights.isAdmin,
    relatedWork,
  };
}

/** `gate/forRelease`. */
export async function loadGate(ctx: UserCallContext, versionId: string, location: string | undefined): Promise<Result<GateView>> {
  const evaluated = await evaluateForCaller(ctx, versionId);
  if (!evaluated.ok) return evaluated;
  return ok(await viewOf(ctx, evaluated.data.evaluation, evaluated.data.rights, location));
}
