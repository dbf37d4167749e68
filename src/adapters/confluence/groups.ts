// Confluence group members (REST v1, by group name, offset paging): the roster an attestation is counted against.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { ConfluenceClient } from './confluence-client';

const memberList = z.object({
  results: z.array(z.object({ accountId: z.string(), displayName: z.string().optional(), accountType: z.string().optional() })),
  size: z.number().int(),
});

export interface GroupMember {
  readonly accountId: string;
  readonly displayName: string;
}

const LIMIT = 200;
const MAX_REQUESTS = 50;

export async function readGroupMembers(client: ConfluenceClient, groupName: string): Promise<Result<GroupMember[]>> {
  const members: GroupMember[] = [];
  for (let n = 0; n < MAX_REQUESTS; n += 1) {
    const start = n * LIMIT;
    const page = await client.request({
      path: route`/wiki/rest/api/group/member?name=${groupName}&start=${String(start)}&limit=${String(LIMIT)}`, schema: memberList, what: `group ${groupName}`,
    });
    if (!page.ok) return page;
    members.push(...page.data.results.filter((m) => m.accountType !== 'app').map((m) => ({ accountId: m.accountId, displayName: m.displayName ?? m.accountId })));
    if (page.data.size < LIMIT) break;
  }
  return ok(members);
}

const userSchema = z.object({ accountId: z.string(), displayName: z.string().optional(), publicName: z.string().optional() });

/** One person's display name, as Confluence shows it to the caller. */
export async function readUser(client: ConfluenceClient, accountId: string): Promise<Result<GroupMember>> {
  const read = await client.request({ path: route`/wiki/rest/api/user?accountId=${accountId}`, schema: userSchema, what: `user ${accountId}` });
  return read.ok ? ok({ accountId: read.data.accountId, displayName: read.data.displayName ?? read.data.publicName ?? accountId }) : read;
}
