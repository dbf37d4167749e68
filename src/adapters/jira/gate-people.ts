// Who the caller is to the release gate, asked of Jira on their behalf: their groups and their roles in a project
// (a function signs through either), and the display names of the people a gate shows, in one bulk read.
import { assumeTrustedRoute, route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

const myselfSchema = z.object({ accountId: z.string(), groups: z.object({ items: z.array(z.object({ name: z.string() })).default([]) }).optional() });
const rolesSchema = z.array(z.object({ name: z.string() }));

export interface Memberships {
  readonly groups: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
}

/** The caller's groups and (when `withRoles`) their roles in `projectKey`. */
export async function readMemberships(jira: JiraClient, projectKey: string, withRoles: boolean): Promise<Result<Memberships>> {
  const [me, roles] = await Promise.all([
    jira.request({ path: route`/rest/api/3/myself?expand=groups`, schema: myselfSchema, what: 'your groups' }),
    withRoles
      ? jira.request({ path: route`/rest/api/3/project/${projectKey}/roledetails?currentMember=true`, schema: rolesSchema, what: `your roles in ${projectKey}` })
      : Promise.resolve(ok([] as z.infer<typeof rolesSchema>)),
  ]);
  if (!me.ok) return me;
  if (!roles.ok) return roles;
  return ok({ groups: new Set((me.data.groups?.items ?? []).map((g) => g.name)), roles: new Set(roles.data.map((r) => r.name)) });
}

const bulkSchema = z.object({ values: z.array(z.object({ accountId: z.string(), displayName: z.string().optional() })) });

/** Display names by account id (up to 200 people: one request); a read that fails leaves the names out. */
export async function readDisplayNames(jira: JiraClient, accountIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(accountIds)].filter((accountId) => accountId !== '').slice(0, 200);
  if (ids.length === 0) return new Map();
  const query = ids.map((accountId) => `accountId=${encodeURIComponent(accountId)}`).join('&');
  const found = await jira.request({ path: assumeTrustedRoute(`/rest/api/3/user/bulk?${query}&maxResults=${String(ids.length)}`), schema: bulkSchema, what: 'the people of the gate' });
  if (!found.ok) return new Map();
  return new Map(found.data.values.flatMap((u) => (u.displayName === undefined ? [] : [[u.accountId, u.displayName] as const])));
}
