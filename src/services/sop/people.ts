// The members of a Confluence group, read as the caller: the people a library offers as approvers.
import { ok, type OutputOf, type Result } from '../../contract';
import { readGroupMembers } from '../../adapters/confluence/groups';
import type { UserCallContext } from '../call-context';

export async function listGroupMembers(ctx: UserCallContext, group: string): Promise<Result<OutputOf<'sop/groupMembers'>>> {
  const members = await readGroupMembers(ctx.confluence, group);
  return members.ok ? ok({ group, members: members.data.sort((a, b) => a.displayName.localeCompare(b.displayName)) }) : members;
}
