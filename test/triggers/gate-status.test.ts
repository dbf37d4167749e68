// The `release-gate-status` webtrigger (a contract for pipelines) and the release trigger, served by the workbench as
// Forge calls them: 400 for bad parameters, 401 without the project's token, 404 for an unknown release, the exact
// answer before and after a GO (releasable only for a recorded GO whose live state is not red), 503 when the gate
// cannot be read; a release made without a GO is recorded as RELEASED_WITHOUT_GO in the chained log.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from '../resolvers/release-helpers';

let workbench: Workbench;
let token = '';
beforeAll(async () => {
  workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-gate-status-')) });
  token = ((await invokeAs(workbench, 'gate/rotateToken', { projectKey: 'PERP' }, 'pmo')).data as { token: string }).token;
}, 60_000);
afterAll(async () => { await workbench.close(); });

const status = (query: string, bearer: string | null = token) => fetch(`${workbench.url}/webtrigger/release-gate-status?${query}`, {
  headers: bearer === null ? {} : { Authorization: `Bearer ${bearer}` },
});

describe('release-gate-status webtrigger', () => {
  it('answers 400 for bad parameters and 401 without the right token', async () => {
    expect((await status('project=perp&version=v2.0.0')).status).toBe(400);
    expect((await status('project=PERP')).status).toBe(400);
    expect((await status('project=PERP&version=v2.0.0', null)).status).toBe(401);
    expect((await status('project=PERP&version=v2.0.0', 'lcg_guess')).status).toBe(401);
    expect((await status('project=PERP&version=v9.9.9')).status).toBe(404);
  });

  it('answers PENDING, not releasable, before any decision, with only the contract fields', async () => {
    const response = await status('project=PERP&version=v2.0.0');
    expect(response.status).toBe(200);
    const body = await response.json() as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['criteria', 'decision', 'live', 'project', 'releasable', 'version']);
    expect(body).toMatchObject({ project: 'PERP', version: 'v2.0.0', decision: 'PENDING', releasable: false });
    expect(['green', 'amber', 'red']).toContain(body.live);
    expect((body.criteria as { id: string; function: string; status: string }[])[0]).toEqual({ id: 'all-issues-resolved', function: 'rnd', status: expect.stringMatching(/^(green|amber|red|unknown)$/) as string });
  });

  it('answers 503 when the gate cannot be read', async () => {
    workbench.jira.faults.add({ path: '/rest/api/3/project/PERP/versions', status: 500, times: 10 });
    expect((await status('project=PERP&version=v2.0.0')).status).toBe(503);
    workbench.jira.faults.clear();
  });

  it('answers GO and releasable after a GO on a gate that is not red', async () => {
    // v2.1.0 with criteria all met by hand: a release whose own criteria are one manual mark per function.
    const versionId = '10101';
    const criteria = ['rnd', 'risk', 'market-making', 'operations', 'customer-service'].map((fn) => ({ id: `${fn}-ready`, function: fn, kind: 'manual', name: `${fn} ready` }));
    expect(await invokeAs(workbench, 'gate/saveCriteria', { versionId, criteria, expectedVersion: 0 }, 'pmo')).toMatchObject({ ok: true });
    const roles: Record<string, string> = { rnd: 'rnd', risk: 'risk', 'market-making': 'mm', operations: 'ops', 'customer-service': 'cs' };
    for (const [fn, role] of Object.entries(roles)) {
      expect(await invokeAs(workbench, 'gate/markCriterion', { versionId, criterionId: `${fn}-ready`, state: 'met', evidenceUrl: null, comment: '', expectedVersion: 0 }, role)).toMatchObject({ ok: true });
      expect(await invokeAs(workbench, 'gate/signOff', { versionId, function: fn }, role)).toMatchObject({ ok: true });
    }
    const decided = await invokeAs(workbench, 'gate/decide', { versionId, kind: 'GO', reason: '', exceptions: [], expectedHead: null }, 'pmo');
    expect(decided).toMatchObject({ ok: true, data: { decision: { kind: 'GO' }, overall: 'green' } });
    const body = await (await status('project=PERP&version=v2.1.0')).json() as Record<string, unknown>;
    expect(body).toMatchObject({ decision: 'GO', live: 'green', releasable: true, decidedAt: expect.any(String) as string });
    // A GO records nothing when the release is made.
    await workbench.jira.endpoint({ method: 'PUT', path: `/rest/api/3/version/${versionId}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ released: true }),
      principal: { kind: 'user', accountId: workbench.site.users.find((u) => u.role === 'pmo')?.accountId ?? '' } });
    await workbench.settled();
    const history = await invokeAs(workbench, 'gate/history', { versionId }, 'pmo');
    expect((history.data as { records: { kind: string }[] }).records.map((r) => r.kind)).toEqual(['GO']);
  }, 60_000);
});

describe('release-watch trigger', () => {
  it('records a release made without a GO in the chained log', async () => {
    const response = await fetch(`${workbench.url}/__workbench/trigger/release-watch`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventType: 'avi:jira:released:version', version: { id: '10102' } }),
    });
    await expect(response.json()).resolves.toMatchObject({ ok: true, result: { handled: true, recorded: 'RELEASED_WITHOUT_GO' } });
    const history = await invokeAs(workbench, 'gate/history', { versionId: '10102' }, 'pmo');
    expect(history).toMatchObject({ ok: true, data: { chain: { verified: true, length: 1 }, records: [{ kind: 'RELEASED_WITHOUT_GO', by: 'launch-control' }] } });
  });
});
