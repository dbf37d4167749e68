// schedule/* through the real Forge resolver (src/index.ts via getDefinitions()), against the workbench's Jira
// emulator and store: request counts, retries, failures as error values, permissions, conflicts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoIssue } from '../../workbench/seed';
import { startWorkbench, type Workbench } from '../../workbench/workbench';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-schedule-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });
afterEach(() => { workbench.jira.faults.clear(); });

const user = (role: string) => {
  const found = workbench.site.users.find((u) => u.role === role);
  if (found === undefined) throw new Error(`no ${role}`);
  return found.accountId;
};

const invoke = (functionKey: string, payload: unknown, accountId = user('pmo')) =>
  workbench.functions.invoke(functionKey, payload, { accountId, locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} }) as Promise<{
    ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: string; details?: Record<string, unknown> };
  }>;

const landmark = (name: keyof typeof workbench.site.jira.landmarks) => workbench.site.jira.landmarks[name];
const epicKeys = () => workbench.site.jira.issues.filter((i) => i.issueType === 'Epic').map((i) => i.key);
const parentOf = (issueKey: string) => {
  const issue = workbench.site.jira.issues.find((i) => i.key === issueKey);
  const parent = workbench.site.jira.issues.find((i) => i.id === issue?.parentId);
  if (parent === undefined) throw new Error(`${issueKey} has no parent`);
  return parent.key;
};

interface ScheduleLink { id: string; from: string; to: string; issueLinkType: string; type: string; lag: number; overridden: boolean }

/** The plan of a schedule answer: one task per issue, one link per Jira link. */
const planOf = (data: unknown) => (data as { plan: { tasks: unknown[]; links: ScheduleLink[] } }).plan;

/**
 * Checks how a panel load read the overrides: batch gets of at most 25 distinct keys, no query over the project,
 * covering every link of the schedule (the epic's work may have more, e.g. "Relates" links the schedule leaves out).
 * Answers the number of batches.
 */
function expectOverrideReads(calls: readonly (readonly [string, unknown])[], links: readonly ScheduleLink[]): number {
  const batches = calls.filter(([path]) => path === '/api/v1/batch/get').map(([, body]) => body as { entityName: string; key: string }[]);
  const keys = batches.flat().map((item) => item.key);
  expect(calls.filter(([path]) => path.includes('query'))).toEqual([]);
  expect(batches.flat().every((item) => item.entityName === 'dependency-override')).toBe(true);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys).toEqual(expect.arrayContaining(links.map((link) => `PERP:${link.id}`)));
  expect(batches.every((batch) => batch.length <= 25)).toBe(true);
  expect(batches).toHaveLength(Math.ceil(keys.length / 25));
  return batches.length;
}

describe('schedule/forEpic', () => {
  it('schedules every demo epic from Jira data', async () => {
    for (const key of epicKeys()) {
      const answer = await invoke('schedule/forEpic', { issueKey: key });
      expect({ key, ok: answer.ok, error: answer.error }).toEqual({ key, ok: true, error: undefined });
      const data = answer.data as { schedule: { kind: string } };
      expect(planOf(data).tasks.length).toBeGreaterThan(0);
      expect(['scheduled', 'cycles']).toContain(data.schedule.kind);
    }
  });

  it('keeps the slippage-protection -> MM integration test dependency', async () => {
    const epic = workbench.site.jira.issues.find((i) => i.key === landmark('slippageProtection'));
    const parent = workbench.site.jira.issues.find((i) => i.id === epic?.parentId);
    const answer = await invoke('schedule/forEpic', { issueKey: parent?.key ?? '' });
    const data = answer.data as { schedule: { kind: string } };
    expect(planOf(data).links).toContainEqual(expect.objectContaining({ from: landmark('slippageProtection'), to: landmark('mmIntegrationTest'), type: 'FS' }));
    expect(data.schedule.kind).toBe('scheduled');
  });

  it('names the field of a bad payload, and refuses an issue that is not an epic', async () => {
    await expect(invoke('schedule/forEpic', { issueKey: 'perp 1' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['issueKey'] } } });
    await expect(invoke('schedule/forEpic', { issueKey: landmark('slippageProtection') })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('shows nothing to a user who cannot browse the project', async () => {
    await expect(invoke('schedule/forEpic', { issueKey: epicKeys()[0] }, user('outsider'))).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('retries a 429 with Retry-After and succeeds', async () => {
    workbench.jira.resetCounts();
    workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/search/jql', status: 429, retryAfterSeconds: 1, times: 1 });
    const answer = await invoke('schedule/forEpic', { issueKey: epicKeys()[0] });
    expect(answer.ok).toBe(true);
    expect(workbench.jira.counts()['POST /rest/api/3/search/jql']).toBeGreaterThanOrEqual(2);
  });

  it('answers UNAVAILABLE, not empty data, when Jira keeps failing', async () => {
    workbench.jira.faults.add({ path: '/rest/api/3/search/jql', status: 500 });
    await expect(invoke('schedule/forEpic', { issueKey: epicKeys()[0] })).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('reads an epic of 1,000 issues in ceil(N / 100) search pages plus a constant', async () => {
    const jira = workbench.site.jira;
    const epic = jira.issues.find((i) => i.issueType === 'Epic');
    const template = jira.issues.find((i) => i.parentId === epic?.id);
    if (epic === undefined || template === undefined) throw new Error('demo has no epic with children');
    const before = jira.issues.filter((i) => i.parentId === epic.id).length;
    const next = Math.max(...jira.issues.map((i) => Number(i.id))) + 1;
    const keyNumber = Math.max(...jira.issues.map((i) => Number(i.key.split('-')[1]))) + 1;
    for (let n = 0; n < 1000 - before; n += 1) {
      const added: DemoIssue = { ...template, id: String(next + n), key: `PERP-${keyNumber + n}`, summary: `Generated load item ${n}`, fixVersionIds: [...template.fixVersionIds], labels: [], properties: {} };
      jira.issues.push(added);
    }
    workbench.jira.resetCounts();
    const answer = await invoke('schedule/forEpic', { issueKey: epic.key });
    expect(answer.ok).toBe(true);
    const counts = workbench.jira.counts();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const searches = counts['POST /rest/api/3/search/jql'] ?? 0;
    expect(searches).toBeLessThanOrEqual(Math.ceil(1000 / 100) + 2);
    expect(total).toBeLessThanOrEqual(Math.ceil(1000 / 100) + 6);
    expect(planOf(answer.data).tasks.length).toBeGreaterThanOrEqual(1000);
  });
});

describe('schedule writes', () => {
  it('keeps a lag Jira cannot hold, per link', async () => {
    const epic = workbench.site.jira.issues.find((i) => i.id === workbench.site.jira.issues.find((x) => x.key === landmark('slippageProtection'))?.parentId);
    const first = await invoke('schedule/forEpic', { issueKey: epic?.key ?? '' });
    const link = planOf(first.data).links[0];
    if (link === undefined) throw new Error('no link to override');
    await expect(invoke('schedule/saveLinkOverride', { issueKey: epic?.key, linkId: link.id, type: 'SS', lag: 2 })).resolves.toMatchObject({ ok: true, data: { linkId: link.id, type: 'SS', lag: 2 } });
    const again = await invoke('schedule/forEpic', { issueKey: epic?.key ?? '' });
    expect(planOf(again.data).links).toContainEqual(expect.objectContaining({ id: link.id, type: 'SS', lag: 2, overridden: true }));
  });

  it('reads the overrides of just the epic\'s links, in batches of 25, never a query over the project', async () => {
    const handle = jest.spyOn(workbench.store, 'handle');
    try {
      for (const key of epicKeys()) {
        handle.mockClear();
        const answer = await invoke('schedule/forEpic', { issueKey: key });
        expect(answer.ok).toBe(true);
        expectOverrideReads(handle.mock.calls, planOf(answer.data).links);
      }
    } finally {
      handle.mockRestore();
    }
  });

  it('clears a kept link, so Jira\'s link type counts again; clearing twice is fine', async () => {
    const key = parentOf(landmark('slippageProtection'));
    const first = await invoke('schedule/forEpic', { issueKey: key });
    const link = planOf(first.data).links.find((candidate) => !candidate.overridden);
    if (link === undefined) throw new Error('no link that is not overridden');
    await expect(invoke('schedule/saveLinkOverride', { issueKey: key, linkId: link.id, type: 'FF', lag: 3 })).resolves.toMatchObject({ ok: true });
    const kept = await invoke('schedule/forEpic', { issueKey: key });
    expect(planOf(kept.data).links).toContainEqual({ ...link, type: 'FF', lag: 3, overridden: true });
    await expect(invoke('schedule/clearLinkOverride', { issueKey: key, linkId: link.id })).resolves.toEqual({ ok: true, data: { linkId: link.id } });
    const cleared = await invoke('schedule/forEpic', { issueKey: key });
    expect(planOf(cleared.data).links).toContainEqual({ ...link, overridden: false });
    await expect(invoke('schedule/clearLinkOverride', { issueKey: key, linkId: link.id })).resolves.toEqual({ ok: true, data: { linkId: link.id } });
  });

  it('authorises a link write from the link itself: a read of the link, one search, the permission; never the whole epic', async () => {
    const key = parentOf(landmark('slippageProtection'));
    const link = planOf((await invoke('schedule/forEpic', { issueKey: key })).data).links[0];
    if (link === undefined) throw new Error('the epic has no link');
    workbench.jira.resetCounts();
    await expect(invoke('schedule/saveLinkOverride', { issueKey: key, linkId: link.id, type: 'SS', lag: 2 })).resolves.toMatchObject({ ok: true });
    expect(workbench.jira.counts()).toEqual({
      'GET /rest/api/3/issueLink/{linkId}': 1, 'POST /rest/api/3/search/jql': 1, 'GET /rest/api/3/mypermissions': 1,
    });
    const { jira } = workbench.site;
    const epicId = jira.issues.find((i) => i.key === key)?.id;
    const onEpic = new Set(jira.issues.filter((i) => i.parentId === epicId || i.id === epicId).map((i) => i.id));
    const elsewhere = jira.links.find((l) => !onEpic.has(l.fromIssueId) && !onEpic.has(l.toIssueId));
    if (elsewhere === undefined) throw new Error('no link off the epic');
    await expect(invoke('schedule/saveLinkOverride', { issueKey: key, linkId: elsewhere.id, type: 'SS', lag: 2 }))
      .resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'link-not-on-epic' } });
    await invoke('schedule/clearLinkOverride', { issueKey: key, linkId: link.id });
  });

  it('clears only for someone who may link issues, and only a link on the epic\'s work', async () => {
    const key = parentOf(landmark('slippageProtection'));
    const first = await invoke('schedule/forEpic', { issueKey: key });
    const link = planOf(first.data).links.find((candidate) => !candidate.overridden);
    if (link === undefined) throw new Error('no link that is not overridden');
    await expect(invoke('schedule/saveLinkOverride', { issueKey: key, linkId: link.id, type: 'SS', lag: 1 })).resolves.toMatchObject({ ok: true });
    const refused = await invoke('schedule/clearLinkOverride', { issueKey: key, linkId: link.id }, user('outsider'));
    expect(refused.ok).toBe(false);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.error?.code);
    const after = await invoke('schedule/forEpic', { issueKey: key });
    expect(planOf(after.data).links).toContainEqual({ ...link, type: 'SS', lag: 1, overridden: true });
    await expect(invoke('schedule/clearLinkOverride', { issueKey: key, linkId: '999999999' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(invoke('schedule/clearLinkOverride', { issueKey: key, linkId: 'x1' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['linkId'] } } });
    await expect(invoke('schedule/clearLinkOverride', { issueKey: key, linkId: link.id })).resolves.toMatchObject({ ok: true });
  });

  it('lets one of two concurrent settings saves win; the other gets CONFLICT', async () => {
    const key = epicKeys()[0];
    const first = await invoke('schedule/forEpic', { issueKey: key }, user('site-admin'));
    const settings = (first.data as { settings: Record<string, unknown> }).settings;
    const answers = await Promise.all([
      invoke('schedule/saveSettings', { issueKey: key, settings: { ...settings, hoursPerDay: 6 }, expectedVersion: 0 }, user('site-admin')),
      invoke('schedule/saveSettings', { issueKey: key, settings: { ...settings, hoursPerDay: 7 }, expectedVersion: 0 }, user('site-admin')),
    ]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => a.error?.code)).toEqual(['CONFLICT']);
    const after = await invoke('schedule/forEpic', { issueKey: key });
    expect((after.data as { settingsVersion: number }).settingsVersion).toBe(1);
  });

  it('refuses settings changes from someone who does not administer the project', async () => {
    const key = epicKeys()[0];
    const first = await invoke('schedule/forEpic', { issueKey: key }, user('cs'));
    const settings = (first.data as { settings: Record<string, unknown> }).settings;
    await expect(invoke('schedule/saveSettings', { issueKey: key, settings, expectedVersion: 1 }, user('cs'))).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

// Last: it swaps the demo site for a scaled one (one Forge runtime per process, so one workbench at a time).
describe('schedule overrides of an epic with hundreds of links', () => {
  beforeAll(async () => {
    await workbench.close();
    workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-schedule-large-')), scale: 600 });
  }, 60_000);

  it('reads them in parallel batches of 25 and finds one kept in the last batch', async () => {
    const jira = workbench.site.jira;
    const children = new Map<string, number>();
    for (const issue of jira.issues) if (issue.parentId !== null) children.set(issue.parentId, (children.get(issue.parentId) ?? 0) + 1);
    const key = jira.issues.filter((i) => i.issueType === 'Epic').sort((a, b) => (children.get(b.id) ?? 0) - (children.get(a.id) ?? 0))[0]?.key ?? '';
    const first = await invoke('schedule/forEpic', { issueKey: key });
    const links = planOf(first.data).links;
    expect(links.length).toBeGreaterThan(50);
    const last = links.at(-1);
    if (last === undefined) throw new Error('no links');
    await expect(invoke('schedule/saveLinkOverride', { issueKey: key, linkId: last.id, type: 'SF', lag: -1 })).resolves.toMatchObject({ ok: true });
    const handle = jest.spyOn(workbench.store, 'handle');
    try {
      const again = planOf((await invoke('schedule/forEpic', { issueKey: key })).data);
      expect(again.links).toContainEqual({ ...last, type: 'SF', lag: -1, overridden: true });
      expect(again.links.filter((link) => link.overridden)).toHaveLength(1);
      expect(expectOverrideReads(handle.mock.calls, links)).toBeGreaterThan(2);
    } finally {
      handle.mockRestore();
    }
  });
});
