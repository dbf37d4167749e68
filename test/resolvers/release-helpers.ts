// Shared by the release-schedule resolver tests: call a key as a demo user from the issue view, and the demo's facts.
import type { Workbench } from '../../workbench/workbench';

export interface Envelope { ok: boolean; data?: Record<string, unknown>; error?: { code: string; reason?: string; message: string; details?: Record<string, unknown> } }

export function userOf(workbench: Workbench, role: string): string {
  const found = workbench.site.users.find((u) => u.role === role);
  if (found === undefined) throw new Error(`no ${role}`);
  return found.accountId;
}

export function invokeAs(workbench: Workbench, functionKey: string, payload: unknown, role = 'pmo'): Promise<Envelope> {
  return workbench.functions.invoke(functionKey, payload, { accountId: userOf(workbench, role), locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} }) as Promise<Envelope>;
}

/** Calls the Jira emulator as the PMO, as a person editing Jira would. */
export async function editJira(workbench: Workbench, method: string, path: string, body?: unknown): Promise<Response> {
  return workbench.jira.endpoint({ method, path, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), principal: { kind: 'user', accountId: userOf(workbench, 'pmo') } });
}
