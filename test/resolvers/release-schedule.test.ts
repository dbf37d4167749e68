// schedule/forRelease, schedule/refreshRelease and schedule/forIssue through the real handlers against the workbench:
// the demo release's cross-epic chain, the kept snapshot and its staleness, events, concurrency, the request bound.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setIssueSecurity } from '../../workbench/products/jira';
import type { DemoIssue } from '../../workbench/seed';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { editJira, invokeAs } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => {
  process.env.LC_RELEASE_REFRESH_SECONDS = '1';
  workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-release-')) });
}, 60_000);
afterAll(async () => { await workbench.close(); });
afterEach(() => { workbench.jira.faults.clear(); });

const V200 = '10100';
const landmark = (name: keyof Workbench['site']['jira']['landmarks']) => workbench.site.jira.landmarks[name];
const invoke = (key: string, payload: unknown, role?: string) => invokeAs(workbench, key, payload, role);
interface Ready { state: 'ready'; computedAt: string; stale: null | { reason: string; failed?: string }; plan: { tasks: { id: string; epicKey: string | null; external: boolean; statusCategory: string }[]; links: { id: string; from: string; to: string }[] }; epics: { key: string }[]; schedule: { kind: string; criticalPath: string[]; tasks: { critical: boolean }[] } }
interface Placement { kind: string; computing?: unknown; hidden?: { waitsOn: number; waitedOnBy: number }; computedAt?: string; stale?: null | { reason: string }; releaseSlipPerDay?: number; task?: { critical: boolean; totalFloat: number; start: string }; waitsOn?: { key: string; depth: number }[]; waitedOnBy?: { key: string }[]; directLinks?: unknown[] }
const ready = (answer: { ok: boolean; data?: unknown }) => { expect(answer.ok).toBe(true); return answer.data as Ready; };
const placement = async (issueKey: string, role?: string) => ((await invoke('schedule/forIssue', { issueKey }, role)).data as { placement: Placement }).placement;
const epicOf = (key: string) => {
  const issue = workbench.site.jira.issues.find((i) => i.key === key);
  return workbench.site.jira.issues.find((i) => i.id === issue?.parentId)?.key;
};

describe('the v2.0.0 release', () => {
  it('is one CPM across its epics: the driving chain runs slippage protection -> MM integration test -> readiness review', async () => {
    const data = ready(await invoke('schedule/forRelease', { versionId: V200 }));
    expect(data.schedule.kind).toBe('scheduled');
    const path = data.schedule.criticalPath;
    expect(path.slice(0, 3)).toEqual([landmark('slippageProtection'), landmark('mmIntegrationTest'), landmark('releaseReadiness')]);
    expect(new Set(path.map(epicOf)).size).toBeGreaterThan(1);
    // The MM integration test waits on slippage protection and feeds the readiness review, across three epics.
    expect(data.plan.links).toEqual(expect.arrayContaining([
      expect.objectContaining({ from: landmark('slippageProtection'), to: landmark('mmIntegrationTest') }),
      expect.objectContaining({ from: landmark('mmIntegrationTest'), to: landmark('releaseReadiness') }),
    ]));
    const tasks = new Map(data.plan.tasks.map((t) => [t.id, t]));
    expect(tasks.get(landmark('mmIntegrationTest'))?.epicKey).toBe(landmark('mmApiEpic'));
    expect(data.epics.map((e) => e.key)).toEqual(expect.arrayContaining([landmark('riskEngineEpic'), landmark('mmApiEpic')]));
    expect(data.plan.tasks.some((t) => data.epics.some((e) => e.key === t.id))).toBe(false);
    expect(data.stale).toBeNull();
  });

  it('shows a story on that chain as critical, a one-day slip moving the release by one day', async () => {
    // The issue view reads the snapshot the app keeps; a view of the release computes the user's own and keeps none.
    ready(await invoke('schedule/refreshRelease', { versionId: V200 }));
    const story = await placement(landmark('slippageProtection'));
    expect(story).toMatchObject({ kind: 'scheduled', stale: null, releaseSlipPerDay: 1, task: { critical: true } });
    const test = await placement(landmark('mmIntegrationTest'));
    expect(test.waitsOn).toEqual([expect.objectContaining({ key: landmark('slippageProtection'), depth: 1 })]);
    expect(test.waitedOnBy).toEqual(expect.arrayContaining([expect.objectContaining({ key: landmark('releaseReadiness') })]));
  });

  it('refuses an epic and names the field; hides the release from the outsider', async () => {
    await expect(invoke('schedule/forIssue', { issueKey: landmark('riskEngineEpic') })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'is-an-epic' } });
    await expect(invoke('schedule/forRelease', { versionId: V200 }, 'outsider')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke('schedule/forRelease', { versionId: 'v2' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['versionId'] } } });
  });
});

describe('an issue in no release', () => {
  it('says so and shows its direct links; its events cost one read and no recomputation', async () => {
    const made = await editJira(workbench, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'Loose end' } });
    const { key } = (await made.json()) as { key: string };
    await workbench.settled();
    const handle = jest.spyOn(workbench.store, 'handle');
    const pushes = jest.spyOn(workbench.queue, 'answer');
    try {
      await editJira(workbench, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Loose end, renamed' } });
      await workbench.settled();
      expect(handle.mock.calls.map(([path]) => path)).toEqual(['/api/v1/query']);
      expect(pushes).not.toHaveBeenCalled();
    } finally {
      handle.mockRestore();
      pushes.mockRestore();
    }
    expect(await placement(key)).toEqual({ kind: 'no-release', directLinks: [] });
  });
});

describe('the kept snapshot', () => {
  it('follows a link change: event, recomputation, the issue view shows the new position', async () => {
    const release = ready(await invoke('schedule/forRelease', { versionId: V200 }));
    // An issue of the MM epic with float, not done: a long new predecessor puts it on the driving chain.
    const times = release.schedule.kind === 'scheduled' ? release.schedule.tasks : [];
    const target = release.plan.tasks.find((task, i) => task.epicKey === landmark('mmApiEpic') && task.statusCategory === 'new' && times[i]?.critical === false)?.id ?? '';
    const before = await placement(target);
    expect(before.task?.critical).toBe(false);
    const made = await editJira(workbench, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'MM certification', fixVersions: [{ id: V200 }], parent: { key: landmark('mmApiEpic') }, timeoriginalestimate: 40 * 8 * 3600 } });
    const { key } = (await made.json()) as { key: string };
    await editJira(workbench, 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key }, outwardIssue: { key: target } });
    await workbench.functions.settled();
    expect((await placement(target)).stale).toMatchObject({ reason: 'changed' });
    await workbench.settled();
    const after = await placement(target);
    expect(after).toMatchObject({ kind: 'scheduled', stale: null, releaseSlipPerDay: 1, task: { critical: true } });
    expect(after.waitsOn).toEqual(expect.arrayContaining([expect.objectContaining({ key, depth: 1 })]));
    expect(after.computedAt! > before.computedAt!).toBe(true);
  }, 20_000);

  it('is not replaced by a read that failed part-way: UNAVAILABLE names the part, the kept one is shown stale', async () => {
    const kept = ready(await invoke('schedule/refreshRelease', { versionId: V200 }));
    workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/issue/bulkfetch', status: 500 });
    await expect(invoke('schedule/refreshRelease', { versionId: V200 })).resolves.toMatchObject({
      ok: false, error: { code: 'UNAVAILABLE', reason: 'release-read-incomplete', details: { failed: 'issue-fields' } },
    });
    const shown = ready(await invoke('schedule/forRelease', { versionId: V200 }));
    expect(shown).toMatchObject({ computedAt: kept.computedAt, stale: { reason: 'refresh-failed', failed: 'issue-fields' } });
    expect(await placement(landmark('slippageProtection'))).toMatchObject({ computedAt: kept.computedAt, stale: { reason: 'refresh-failed' } });
    workbench.jira.faults.clear();
    expect(ready(await invoke('schedule/forRelease', { versionId: V200 })).stale).toBeNull();
  });

  it('answers UNAVAILABLE, never a partial schedule, when there is no kept one', async () => {
    workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/search/jql', status: 503, retryAfterSeconds: 0 });
    await expect(invoke('schedule/forRelease', { versionId: '10102' })).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: { failed: 'release-issues' } } });
    const issue = workbench.site.jira.issues.find((i) => i.fixVersionIds.includes('10102') && i.issueType !== 'Epic')?.key ?? '';
    // Nothing is kept: the issue view asks the app to compute the release in the background, and says so.
    const waiting = await placement(issue);
    expect(waiting.kind).toBe('not-computed');
    expect(waiting.computing).not.toBeNull();
    workbench.jira.faults.clear();
    await workbench.settled();
    await expect(placement(issue)).resolves.toMatchObject({ kind: 'scheduled', stale: null });
  });

  it('is left as one snapshot, the newer, by two recomputations at once', async () => {
    workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/issue/bulkfetch', delayMs: 150, times: 3 });
    const [slow, fast] = await Promise.all([
      invoke('schedule/refreshRelease', { versionId: V200 }),
      new Promise((resolve) => { setTimeout(resolve, 20); }).then(() => invoke('schedule/refreshRelease', { versionId: V200 })),
    ]);
    const newer = [ready(slow), ready(fast)].sort((a, b) => a.computedAt.localeCompare(b.computedAt));
    const shown = ready(await invoke('schedule/forRelease', { versionId: V200 }));
    expect(shown.plan.tasks.length).toBe(newer[1]?.plan.tasks.length);
    const keys = [...(await workbench.store.handle('/api/v1/query', { limit: 20, where: [{ condition: 'BEGINS_WITH', property: 'key', values: [`release-schedule-chunk:${V200}:`] }] }) as { body: { data: { key: string }[] } }).body.data.map((d) => d.key)];
    expect(new Set(keys.map((k) => k.split(':')[2])).size).toBe(1);
  });
});

describe('a release of 2,000 issues', () => {
  it('costs ceil(N / 100) bulk fetches, ceil(M / 100) for outside issues, a few searches and a constant, in parallel', async () => {
    const jira = workbench.site.jira;
    const template = jira.issues.find((i) => i.fixVersionIds.includes('10101') && i.issueType === 'Story') as DemoIssue;
    const inRelease = () => jira.issues.filter((i) => i.fixVersionIds.includes('10101') || jira.issues.some((e) => e.id === i.parentId && e.fixVersionIds.includes('10101'))).length;
    const next = Math.max(...jira.issues.map((i) => Number(i.id))) + 1;
    const keyNumber = Math.max(...jira.issues.map((i) => Number(i.key.split('-')[1]))) + 1;
    const existing = inRelease();
    for (let n = 0; existing + n < 2000; n++) {
      jira.issues.push({ ...template, id: String(next + n), key: `PERP-${keyNumber + n}`, parentId: null, summary: `Generated release item ${n}`, fixVersionIds: ['10101'], labels: [], properties: {} });
    }
    // A kept snapshot exists (the app's), so the view costs only the viewer's own read, counted here.
    ready(await invoke('schedule/refreshRelease', { versionId: '10101' }));
    await workbench.settled();
    workbench.jira.resetCounts();
    const answer = ready(await invoke('schedule/forRelease', { versionId: '10101' }));
    const counts = workbench.jira.counts();
    const n = answer.plan.tasks.filter((t) => !t.external).length;
    const m = answer.plan.tasks.filter((t) => t.external).length;
    expect(n).toBeGreaterThanOrEqual(1990);
    const searches = counts['POST /rest/api/3/search/jql'] ?? 0;
    const fetches = counts['POST /rest/api/3/issue/bulkfetch'] ?? 0;
    expect(searches).toBeLessThanOrEqual(3);
    expect(fetches).toBeLessThanOrEqual(Math.ceil((n + answer.epics.length) / 100) + Math.ceil(m / 100));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(Math.ceil((n + answer.epics.length) / 100) + Math.ceil(m / 100) + 3 + 5);
    expect(counts['GET /rest/api/3/issue/{issueIdOrKey}']).toBeUndefined();
  });

  it('reads in parallel: with 200 ms on every Jira request, many requests are in flight at once', async () => {
    workbench.jira.faults.add({ path: '/rest/api/3/', delayMs: 200 });
    workbench.jira.resetCounts();
    ready(await invoke('schedule/forRelease', { versionId: '10101' }));
    const requests = Object.values(workbench.jira.counts()).reduce((a, b) => a + b, 0);
    const fetches = workbench.jira.counts()['POST /rest/api/3/issue/bulkfetch'] ?? 0;
    // One after another would never have two in flight; the bulk fetches of 2,000 issues go out together.
    // (The time with latency is a figure for the benchmark: npm run bench, case release-2k.)
    expect(fetches).toBeGreaterThan(4);
    expect(workbench.jira.maxInFlight()).toBeGreaterThanOrEqual(4);
    expect(workbench.jira.maxInFlight()).toBeLessThanOrEqual(requests);
  }, 30_000);
});

describe('a viewer who sees less than the app', () => {
  const groupOf = (role: string) => workbench.site.users.find((u) => u.role === role)?.groups.at(-1) ?? '';
  const idOf = (key: string) => workbench.site.jira.issues.find((i) => i.key === key)?.id ?? '';
  // Slippage protection under an issue security level of the risk team and the PMO: the market maker cannot see it.
  beforeEach(() => { setIssueSecurity(workbench.site, idOf(landmark('slippageProtection')), [groupOf('risk'), groupOf('pmo')]); });
  afterEach(() => { setIssueSecurity(workbench.site, idOf(landmark('slippageProtection')), null); });

  it('is shown in the issue view only the issues Jira lets them browse, the others counted', async () => {
    ready(await invoke('schedule/refreshRelease', { versionId: V200 }));
    const full = await placement(landmark('mmIntegrationTest'));
    expect(full.waitsOn).toEqual(expect.arrayContaining([expect.objectContaining({ key: landmark('slippageProtection') })]));
    expect(full.hidden).toEqual({ waitsOn: 0, waitedOnBy: 0 });
    const narrow = await placement(landmark('mmIntegrationTest'), 'mm');
    expect(narrow.kind).toBe('scheduled');
    expect(narrow.waitsOn?.map((row) => row.key)).not.toContain(landmark('slippageProtection'));
    expect(narrow.waitsOn?.length).toBe((full.waitsOn?.length ?? 0) - 1);
    expect(narrow.hidden).toEqual({ waitsOn: 1, waitedOnBy: 0 });
    // The answer carries neither its key nor its summary anywhere.
    const raw = JSON.stringify(await invoke('schedule/forIssue', { issueKey: landmark('mmIntegrationTest') }, 'mm'));
    const hiddenIssue = workbench.site.jira.issues.find((i) => i.key === landmark('slippageProtection'));
    expect(raw).not.toContain(`"${landmark('slippageProtection')}"`);
    expect(raw).not.toContain(hiddenIssue?.summary ?? '');
  });

  it('is not shown the hidden issue by the release schedule, and their view never replaces the kept snapshot', async () => {
    const kept = ready(await invoke('schedule/refreshRelease', { versionId: V200 }));
    expect(kept.plan.tasks.map((t) => t.id)).toContain(landmark('slippageProtection'));
    // The market maker's view is their own read: the hidden issue is not in it, and it is not kept.
    const own = ready(await invoke('schedule/forRelease', { versionId: V200 }, 'mm'));
    expect(own.plan.tasks.map((t) => t.id)).not.toContain(landmark('slippageProtection'));
    const after = await placement(landmark('mmIntegrationTest'));
    expect(after.computedAt).toBe(kept.computedAt);
    expect(after.waitsOn).toEqual(expect.arrayContaining([expect.objectContaining({ key: landmark('slippageProtection') })]));
    // Their Refresh recomputes as the app: the kept snapshot stays whole, and their answer withholds what they cannot see.
    const refreshed = await invoke('schedule/refreshRelease', { versionId: V200 }, 'mm');
    const shown = ready(refreshed) as unknown as { hidden?: number; plan: { tasks: { id: string; name: string; assigneeName?: string }[] } };
    expect(shown.hidden).toBe(1);
    const withheld = shown.plan.tasks.find((t) => t.id === landmark('slippageProtection'));
    expect(withheld).toMatchObject({ name: '' });
    expect(withheld?.assigneeName).toBeUndefined();
    expect(JSON.stringify(refreshed)).not.toContain(workbench.site.jira.issues.find((i) => i.key === landmark('slippageProtection'))?.summary ?? '');
    const whole = await placement(landmark('mmIntegrationTest'));
    expect(whole.computedAt! > kept.computedAt).toBe(true);
    expect(whole.waitsOn).toEqual(expect.arrayContaining([expect.objectContaining({ key: landmark('slippageProtection') })]));
  });

  it('without access to the project gets nothing of the release or of its issues', async () => {
    await expect(invoke('schedule/forIssue', { issueKey: landmark('mmIntegrationTest') }, 'outsider')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke('schedule/refreshRelease', { versionId: V200 }, 'outsider')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a burst of issue events', () => {
  it('leads to one recomputation for the interval, however many events it brings', async () => {
    process.env.LC_RELEASE_REFRESH_SECONDS = '8';
    await workbench.settled();
    const kept = ready(await invoke('schedule/refreshRelease', { versionId: V200 }));
    const story = landmark('slippageProtection');
    const pushes = jest.spyOn(workbench.queue, 'answer');
    const consumed = jest.spyOn(workbench.functions, 'consume');
    try {
      for (let n = 0; n < 20; n++) await editJira(workbench, 'PUT', `/rest/api/3/issue/${story}`, { fields: { summary: `Risk slippage protection, edit ${n}` } });
      await workbench.functions.settled();
      // Twenty events, twenty changes noted, one recomputation asked for (the trailing edge of the interval).
      expect(pushes).toHaveBeenCalledTimes(1);
      expect(consumed).not.toHaveBeenCalled();
      expect((await placement(story)).stale).toMatchObject({ reason: 'changed' });
      await workbench.settled();
      expect(consumed).toHaveBeenCalledTimes(1);
    } finally {
      pushes.mockRestore();
      consumed.mockRestore();
      process.env.LC_RELEASE_REFRESH_SECONDS = '1';
    }
    const after = await placement(story);
    expect(after).toMatchObject({ kind: 'scheduled', stale: null });
    expect(after.computedAt! > kept.computedAt).toBe(true);
  }, 30_000);
});
