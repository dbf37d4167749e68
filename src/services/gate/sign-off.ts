// A function's sign-off, by a member of its configured Jira group or project role (checked on the server with
// the caller from the Forge context): it records who, when and the statuses of that function's criteria as they
// saw them. It replaces the sign-off of the version the caller read, so two people signing at once give one CONFLICT.
import type { Result } from '../../contract';
import { saveSignOff } from '../../adapters/storage/gate-signoffs';
import { statusesOf, type GateFunction } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { afterChange } from './manual';
import { requireFunction } from './membership';
import { evaluateForCaller, type GateView } from './view';

export async function signOff(ctx: UserCallContext, versionId: string, fn: GateFunction, location: string | undefined): Promise<Result<GateView>> {
  const before = await evaluateForCaller(ctx, versionId);
  if (!before.ok) return before;
  const member = requireFunction(before.data.rights.members, fn);
  if (!member.ok) return member;
  const { evaluation } = before.data;
  const saved = await saveSignOff(versionId, {
    function: fn, accountId: ctx.principal.accountId, signedAt: ctx.clock.now(), saw: statusesOf(fn, evaluation.results),
  }, evaluation.signOffs.get(fn)?.version ?? 0);
  if (!saved.ok) return saved;
  return afterChange(ctx, versionId, location);
}
