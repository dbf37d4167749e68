// A release as the caller may see it: read asUser(), so a release Jira hides from them is NOT_FOUND here too.
import type { Result } from '../../contract';
import { readGateRelease, type GateRelease } from '../../adapters/jira/gate-release';
import type { CallContext } from '../call-context';

export function readVisibleRelease(ctx: CallContext, versionId: string): Promise<Result<GateRelease>> {
  return readGateRelease(ctx.jira, versionId);
}
