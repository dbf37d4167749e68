// The status API's token: made and rotated by a project administrator, kept as a KVS secret (its digest only),
// its text answered once. The webtrigger checks a presented token against it in constant time.
import type { Result } from '../../contract';
import { rotateToken, verifyToken } from '../../adapters/auth/gate-token';
import type { UserCallContext } from '../call-context';
import { requireProjectPermission } from '../guards';

export async function rotateStatusToken(ctx: UserCallContext, projectKey: string): Promise<Result<{ token: string; createdAt: string }>> {
  const allowed = await requireProjectPermission(ctx, projectKey, 'ADMINISTER_PROJECTS');
  if (!allowed.ok) return allowed;
  return rotateToken(projectKey, ctx.clock.now());
}

/** Whether `presented` is the project's status token (undefined: none presented). */
export function authoriseStatus(projectKey: string, presented: string | undefined): Promise<Result<boolean>> {
  return verifyToken(projectKey, presented ?? '');
}
