// Who may act for a function: a member of any of its configured Jira groups or project roles, asked of Jira with
// the caller's identity from the Forge context (never the page's word). A display condition is not security.
import { appError, err, ok, type Result } from '../../contract';
import { readMemberships, type Memberships } from '../../adapters/jira/gate-people';
import type { FunctionMembership, GateFunction } from '../../domain/gate';
import type { UserCallContext } from '../call-context';

export function isMember(memberships: Memberships, membership: readonly FunctionMembership[], fn: GateFunction): boolean {
  const rule = membership.find((m) => m.function === fn);
  if (rule === undefined) return false;
  return rule.groups.some((g) => memberships.groups.has(g)) || rule.roles.some((r) => memberships.roles.has(r));
}

/** The caller's groups and roles, reading roles only when some function signs through one. */
export function callerMemberships(ctx: UserCallContext, projectKey: string, membership: readonly FunctionMembership[]): Promise<Result<Memberships>> {
  return readMemberships(ctx.jira, projectKey, membership.some((m) => m.roles.length > 0));
}

/** OK when the caller is a member of `fn` (`members`: the functions they belong to); FORBIDDEN otherwise. */
export function requireFunction(members: ReadonlySet<string>, fn: GateFunction): Result<void> {
  return members.has(fn)
    ? ok(undefined)
    : err(appError('FORBIDDEN', `Only a member of ${fn} (its Jira group or project role) can do this.`, { reason: 'gate-not-a-member', details: { function: fn } }));
}
