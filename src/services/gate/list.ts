// The project page "Release gates" (`gate/list`): the project's unreleased releases, each evaluated as the caller
// sees it (overall RAG, functions validly signed, the decision, days to the release date), and whether a status
// token exists. Releases are evaluated in parallel; one that cannot be evaluated is left out with a log line.
import { ok, type DeepReadonly, type OutputOf, type Result } from '../../contract';
import { tokenStatus } from '../../adapters/auth/gate-token';
import { readProjectReleases } from '../../adapters/jira/gate-release';
import { currentDecision, GATE_FUNCTIONS } from '../../domain/gate';
import { parseIsoDate } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';
import { evaluateRelease, signedCount } from './evaluate';
import { userSchedule } from './reads';

export async function listGates(ctx: UserCallContext, projectKey: string): Promise<Result<DeepReadonly<OutputOf<'gate/list'>>>> {
  const [releases, held, token] = await Promise.all([
    readProjectReleases(ctx.jira, projectKey), heldProjectPermissions(ctx, projectKey, ['ADMINISTER_PROJECTS']), tokenStatus(projectKey),
  ]);
  if (!releases.ok) return releases;
  if (!held.ok) return held;
  if (!token.ok) return token;
  const open = releases.data.filter((r) => !r.released && !r.archived);
  const evaluated = await Promise.all(open.map((release) => evaluateRelease(ctx, release, userSchedule(ctx))));
  const today = parseIsoDate(ctx.clock.today());
  const summaries = evaluated.flatMap((result, i) => {
    const release = open[i];
    if (release === undefined) return [];
    if (!result.ok) {
      console.warn(`gate/list: release ${release.id} could not be evaluated: ${result.error.code}`);
      return [];
    }
    const decision = currentDecision(result.data.records);
    const date = release.releaseDate === null ? undefined : parseIsoDate(release.releaseDate);
    return [{
      versionId: release.id, name: release.name, releaseDate: release.releaseDate,
      daysToRelease: date === undefined || today === undefined ? null : date - today,
      overall: result.data.overall, signedCount: signedCount(result.data), functionCount: GATE_FUNCTIONS.length,
      decision: decision === null || decision.kind === 'RELEASED_WITHOUT_GO' ? null : { kind: decision.kind, at: decision.at, by: decision.by, seq: decision.seq },
    }];
  });
  return ok({ projectKey, releases: summaries, isAdmin: held.data.has('ADMINISTER_PROJECTS'), token: token.data });
}
