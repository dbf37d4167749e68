// The gate keys through the real handlers against the workbench: v2.0.0 evaluated from demo data (bounded Jira
// requests, counted by the emulator), manual marks and counterparty rows by members only, sign-off by group and by
// project role (a non-member refused), a regression invalidating a sign-off, expiry, two decisions at once (one
// CONFLICT), the chain verified and a tampered record detected, an outage giving unknown (never green), token,
// template edits with revision checks, minutes and calendar.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs, type Envelope } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-gate-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });
afterEach(() => { workbench.jira.faults.clear(); workbench.confluence.faults.clear(); jest.useRealTimers(); });

const V200 = '10100';
const invoke = (key: string, payload: unknown, role = 'pmo') => invokeAs(workbench, key, payload, role);
interface View { overall: string; criteria: { criterion: { id: string }; status: string; reason: string; mark: { version: number } | null; rows: { counterparty: string; version: number }[] }[];
  functions: { function: string; canSign: boolean; signOff: { valid: boolean; invalid: { reason: string; criteria: string[] } | null; version: number } | null }[];
  history: { chain: { verified: boolean; head: string | null; length: number } }; allowed: Record<string, boolean>; relatedWork: { title: string } | null; configVersion: number; signedCount: number }
const viewOf = (answer: Envelope) => answer.data as unknown as View;
const criterion = (view: View, id: string) => view.criteria.find((c) => c.criterion.id === id);
const fn = (view: View, name: string) => view.functions.find((f) => f.function === name);
const gate = async (role = 'pmo') => { const answer = await invoke('gate/forRelease', { versionId: V200 }, role); expect(answer.ok).toBe(true); return viewOf(answer); };

describe('gate/forRelease', () => {
  it('evaluates v2.0.0 from demo data in a bounded number of Jira requests, and puts its state on the release page', async () => {
    const before = workbench.jira.counts();
    const view = await gate();
    const after = workbench.jira.counts();
    const spent = (key: string) => (after[key] ?? 0) - (before[key] ?? 0);
    expect(spent('GET /rest/api/3/version/{id}/unresolvedIssueCount')).toBe(1);
    // Bounded by the criteria plus what the release schedule costs (measured on its own, in the same process).
    const evaluation = Object.values(after).reduce((a, b) => a + b, 0) - Object.values(before).reduce((a, b) => a + b, 0);
    const mid = workbench.jira.counts();
    await invoke('schedule/forRelease', { versionId: V200 });
    const schedule = Object.values(workbench.jira.counts()).reduce((a, b) => a + b, 0) - Object.values(mid).reduce((a, b) => a + b, 0);
    expect(evaluation).toBeLessThanOrEqual(view.criteria.length + schedule);
    expect(view.overall).toBe('red');
    expect(criterion(view, 'all-issues-resolved')).toMatchObject({ status: 'red', reason: 'unresolved-issues' });
    // No SOP page chosen yet: not evidence, never green.
    expect(criterion(view, 'risk-drills')?.status).not.toBe('green');
    expect(criterion(view, 'load-test-passed')).toMatchObject({ status: 'amber', reason: 'manual-pending' });
    expect(view.relatedWork?.title).toBe('Go/No-Go: RED, 0 of 5 functions signed');
    const version = workbench.site.jira.versions.find((v) => v.id === V200);
    expect(version?.relatedWork.some((w) => w.title === 'Go/No-Go: RED, 0 of 5 functions signed')).toBe(true);
    expect(version?.approvers.length).toBe(5);
  }, 60_000);

  it('hides the release from the outsider and names bad input', async () => {
    await expect(invoke('gate/forRelease', { versionId: V200 }, 'outsider')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke('gate/forRelease', { versionId: 'v2' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('leaves the criteria that read Jira unknown during an outage, never green, and says why', async () => {
    workbench.jira.faults.add({ path: /\/rest\/api\/3\/version\/\d+\/unresolvedIssueCount/, status: 500, times: 10 });
    workbench.jira.faults.add({ path: '/rest/api/3/search/jql', status: 429, retryAfterSeconds: 0, times: 100 });
    const view = await gate();
    expect(criterion(view, 'all-issues-resolved')).toMatchObject({ status: 'unknown', reason: 'jira-unavailable' });
    expect(criterion(view, 'no-blocker-bugs')).toMatchObject({ status: 'unknown', reason: 'jira-rate-limited' });
    expect(view.overall).not.toBe('green');
  }, 60_000);
});

describe('manual marks, counterparty rows and sign-offs', () => {
  it('lets a member of the owning function mark a criterion and refuses anyone else; a stale version is a CONFLICT', async () => {
    const mark = { versionId: V200, criterionId: 'risk-parameters', state: 'met', evidenceUrl: 'https://wiki.example/risk', comment: 'Reviewed', expectedVersion: 0 };
    await expect(invoke('gate/markCriterion', mark, 'cs')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'gate-not-a-member' } });
    const marked = await invoke('gate/markCriterion', mark, 'risk');
    expect(criterion(viewOf(marked), 'risk-parameters')).toMatchObject({ status: 'green', reason: 'manual-met', mark: { version: 1 } });
    await expect(invoke('gate/markCriterion', mark, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expect(invoke('gate/markCriterion', { ...mark, evidenceUrl: 'ftp://x' }, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['evidenceUrl'] } } });
    await expect(invoke('gate/markCriterion', { ...mark, criterionId: 'all-issues-resolved' }, 'rnd')).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('keeps a row per market maker, checked against the checklist columns', async () => {
    const row = { cells: { 'sandbox-tests': 'passed', 'production-connectivity': 'passed', 'depth-commitment': 'passed' }, evidenceUrl: null, comment: '' };
    const input = { versionId: V200, criterionId: 'mm-api-integration', counterparty: 'Wintermute', row, expectedVersion: 0 };
    await expect(invoke('gate/markCounterparty', input, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const saved = await invoke('gate/markCounterparty', input, 'mm');
    expect(criterion(viewOf(saved), 'mm-api-integration')).toMatchObject({ status: 'green', reason: 'checklist-complete', rows: [{ counterparty: 'Wintermute', version: 1 }] });
    const failed = await invoke('gate/markCounterparty', { ...input, counterparty: 'GSR', row: { ...row, cells: { 'sandbox-tests': 'failed' } } }, 'mm');
    expect(criterion(viewOf(failed), 'mm-api-integration')).toMatchObject({ status: 'red', reason: 'checklist-failed' });
    const removed = await invoke('gate/markCounterparty', { ...input, counterparty: 'GSR', row: null, expectedVersion: 1 }, 'mm');
    expect(criterion(viewOf(removed), 'mm-api-integration')?.rows.map((r) => r.counterparty)).toEqual(['Wintermute']);
  });

  it('signs a function by its group, refuses a non-member, and a regression invalidates the sign-off', async () => {
    await expect(invoke('gate/signOff', { versionId: V200, function: 'customer-service' }, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'gate-not-a-member' } });
    const signed = viewOf(await invoke('gate/signOff', { versionId: V200, function: 'risk' }, 'risk'));
    expect(fn(signed, 'risk')).toMatchObject({ canSign: true, signOff: { valid: true, version: 1 } });
    expect(fn(signed, 'customer-service')?.canSign).toBe(false);
    const before = criterion(await gate(), 'risk-parameters');
    const regressed = await invoke('gate/markCriterion', { versionId: V200, criterionId: 'risk-parameters', state: 'not-met', evidenceUrl: null, comment: 'Funding caps changed', expectedVersion: before?.mark?.version ?? 0 }, 'risk');
    expect(fn(viewOf(regressed), 'risk')?.signOff).toMatchObject({ valid: false, invalid: { reason: 'regressed', criteria: ['risk-parameters'] } });
  });

  it('lets a function sign through a project role, and a sign-off expires after signOffMaxAgeDays', async () => {
    const template = await invoke('gate/template', { projectKey: 'PERP' });
    const current = template.data as { criteria: unknown[]; membership: { function: string; groups: string[]; roles: string[] }[]; signOffMaxAgeDays: number; version: number };
    const membership = current.membership.map((m) => (m.function === 'customer-service' ? { ...m, groups: [], roles: ['CS leads'] } : m));
    const saved = await invoke('gate/saveTemplate', { projectKey: 'PERP', criteria: current.criteria, membership, signOffMaxAgeDays: 3, expectedVersion: current.version });
    expect(saved).toMatchObject({ ok: true, data: { version: current.version + 1, signOffMaxAgeDays: 3 } });
    await expect(invoke('gate/saveTemplate', { projectKey: 'PERP', criteria: current.criteria, membership, signOffMaxAgeDays: 3, expectedVersion: current.version })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expect(invoke('gate/saveTemplate', { projectKey: 'PERP', criteria: current.criteria, membership, signOffMaxAgeDays: 3, expectedVersion: current.version + 1 }, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // 赵雪 (the CS lead) holds the role; another CS agent in the lc-cs group does not.
    const agent = workbench.site.users.filter((u) => u.role === 'cs')[2]?.accountId ?? '';
    const refused = await workbench.functions.invoke('gate/signOff', { versionId: V200, function: 'customer-service' }, { accountId: agent, locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const signed = viewOf(await invoke('gate/signOff', { versionId: V200, function: 'customer-service' }, 'cs'));
    expect(fn(signed, 'customer-service')?.signOff).toMatchObject({ valid: true });
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'hrtime', 'performance'], now: Date.now() + 4 * 86_400_000 });
    const later = await gate('cs');
    expect(fn(later, 'customer-service')?.signOff).toMatchObject({ valid: false, invalid: { reason: 'expired' } });
  }, 60_000);
});

describe('decisions and the log', () => {
  it('records one of two decisions taken on the same head and refuses the other with a CONFLICT; the chain verifies', async () => {
    const view = await gate();
    expect(view.allowed.GO).toBe(false);
    await expect(invoke('gate/decide', { versionId: V200, kind: 'GO', reason: '', exceptions: [], expectedHead: view.history.chain.head })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'gate-decision-refused' } });
    await expect(invoke('gate/decide', { versionId: V200, kind: 'NO_GO', reason: 'x', exceptions: [], expectedHead: view.history.chain.head }, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const decision = { versionId: V200, kind: 'NO_GO', reason: 'Unresolved work and open blockers', exceptions: [], expectedHead: view.history.chain.head };
    const [a, b] = await Promise.all([invoke('gate/decide', decision), invoke('gate/decide', { ...decision, reason: 'Second' }, 'site-admin')]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((x) => !x.ok)?.error?.code).toBe('CONFLICT');
    const history = await invoke('gate/history', { versionId: V200 });
    expect(history).toMatchObject({ ok: true, data: { chain: { verified: true, length: 1 }, records: [{ kind: 'NO_GO', seq: 1 }] } });
  }, 60_000);

  it('detects a tampered record', async () => {
    const key = `${V200}:000001`;
    const stored = await workbench.store.handle('/api/v1/entity/get', { entityName: 'gate-decision', key }) as { body?: unknown };
    const value = (stored.body as { value?: Record<string, unknown> } | undefined)?.value;
    expect(value?.reason).toBeDefined();
    await workbench.store.handle('/api/v1/entity/set', { entityName: 'gate-decision', key, value: { ...value, reason: 'Rewritten later' } });
    await expect(invoke('gate/history', { versionId: V200 })).resolves.toMatchObject({ ok: true, data: { chain: { verified: false, brokenAt: 1 } } });
  });
});

describe('token, minutes and calendar', () => {
  it('rotates the status token for admins only, shown once', async () => {
    await expect(invoke('gate/rotateToken', { projectKey: 'PERP' }, 'risk')).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rotated = await invoke('gate/rotateToken', { projectKey: 'PERP' });
    expect((rotated.data as { token: string }).token).toMatch(/^lcg_/);
    const list = await invoke('gate/list', { projectKey: 'PERP' });
    expect(list).toMatchObject({ ok: true, data: { isAdmin: true, token: { exists: true } } });
    expect(JSON.stringify(list)).not.toContain((rotated.data as { token: string }).token);
    expect((list.data as { releases: { versionId: string; functionCount: number }[] }).releases.map((r) => r.versionId)).toEqual(['10100', '10101', '10102']);
  }, 60_000);

  it('writes the minutes as a Confluence page, and answers the calendar', async () => {
    const minutes = await invoke('gate/exportMinutes', { versionId: V200, spaceKey: 'PERPOPS' });
    expect(minutes).toMatchObject({ ok: true, data: { title: expect.stringContaining('v2.0.0') as string } });
    const page = workbench.site.confluence.pages.find((p) => p.id === (minutes.data as { pageId: string }).pageId);
    // The record was tampered with above: the minutes say so.
    expect(page?.versions.at(-1)?.body).toContain('NO-GO by');
    expect(page?.versions.at(-1)?.body).toContain('chain verified: false');
    await expect(invoke('gate/exportMinutes', { versionId: V200, spaceKey: 'NOPE' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const calendar = await invoke('gate/calendar', { projectKey: 'PERP' });
    expect(calendar).toMatchObject({ ok: true, data: { releases: expect.arrayContaining([expect.objectContaining({ versionId: V200 })]) as unknown } });
  }, 60_000);
});
