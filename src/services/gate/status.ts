// The CI/CD status API's answer for one release (a contract: pipelines depend on it exactly): the recorded decision
// (GO, NO_GO or PENDING; a GO with exceptions is a GO), the live evaluation, whether it is releasable (a recorded GO
// whose live evaluation is not red), when it was decided, and each criterion's status. Read as the app, from the
// kept schedule, and only for the project and release named. NOT_FOUND for an unknown project or release.
import { appError, err, ok, type Result } from '../../contract';
import { readProjectReleases } from '../../adapters/jira/gate-release';
import { currentDecision, type GateFunction, type GateStatus, type RollupStatus } from '../../domain/gate';
import type { AppCallContext } from '../call-context';
import { evaluateRelease, hasValidGo } from './evaluate';
import { keptSchedule } from './reads';

export interface ReleaseStatus {
  readonly project: string;
  readonly version: string;
  readonly decision: 'GO' | 'NO_GO' | 'PENDING';
  readonly live: RollupStatus;
  readonly releasable: boolean;
  readonly decidedAt?: string;
  readonly criteria: readonly { readonly id: string; readonly function: GateFunction; readonly status: GateStatus }[];
}

export async function readReleaseStatus(ctx: AppCallContext, projectKey: string, versionName: string): Promise<Result<ReleaseStatus>> {
  const releases = await readProjectReleases(ctx.jira, projectKey);
  if (!releases.ok) return releases;
  const release = releases.data.find((r) => r.name === versionName);
  if (release === undefined) return err(appError('NOT_FOUND', `release ${versionName} in ${projectKey}`));
  const evaluation = await evaluateRelease(ctx, release, keptSchedule);
  if (!evaluation.ok) return evaluation;
  const latest = currentDecision(evaluation.data.records);
  const decision = latest === null ? 'PENDING' : latest.kind === 'NO_GO' ? 'NO_GO' : 'GO';
  return ok({
    project: projectKey, version: release.name, decision, live: evaluation.data.overall,
    releasable: decision === 'GO' && hasValidGo(evaluation.data),
    ...(latest === null ? {} : { decidedAt: latest.at }),
    criteria: evaluation.data.results.map((r) => ({ id: r.id, function: r.function, status: r.status })),
  });
}
