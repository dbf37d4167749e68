// The workbench server: resources under a Forge-like CSP with the bridge injected, no path traversal, the user
// switcher, a config per macro instance, and clear errors for what it does not serve.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../../workbench/workbench';

let workbench: Workbench;

/** The bridge contexts a workbench page hands its frames, in document order. */
async function frameContexts(path: string): Promise<{ localId: string; extension: { config?: unknown; isEditing?: boolean } }[]> {
  const text = await (await fetch(`${workbench.url}${path}`)).text();
  const data = /<script type="application\/json" id="lc-host-data">(.*?)<\/script>/s.exec(text)?.[1] ?? '{"frames":[]}';
  return (JSON.parse(data) as { frames: { context: { localId: string; extension: { config?: unknown; isEditing?: boolean } } }[] }).frames.map((f) => f.context);
}

const saveConfig = (localId: string, payload: unknown) => fetch(`${workbench.url}/__workbench/macro-config`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ localId, payload }),
});
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-server-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

describe('workbench server', () => {
  it('serves a resource with the bridge shim first, under a strict CSP', async () => {
    const response = await fetch(`${workbench.url}/resources/gate/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await response.text();
    expect(page.indexOf('/__workbench/bridge-shim.js')).toBeLessThan(page.indexOf('<script type="module"'));
  });

  it('refuses paths outside the resource folder', async () => {
    const response = await fetch(`${workbench.url}/resources/gate/..%2F..%2F..%2Fpackage.json`);
    expect([403, 404]).toContain(response.status);
  });

  it('switches the user only to a demo user', async () => {
    const bad = await fetch(`${workbench.url}/__workbench/user`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: 'nobody' }) });
    expect(bad.status).toBe(400);
    await expect(bad.json()).resolves.toMatchObject({ message: 'no demo user nobody' });
    const someone = workbench.site.users[2]?.accountId ?? '';
    const good = await fetch(`${workbench.url}/__workbench/user`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: someone }) });
    expect(good.headers.get('set-cookie')).toContain(encodeURIComponent(someone));
  });

  it('takes control requests only as JSON, so another site cannot post a form to it', async () => {
    const response = await fetch(`${workbench.url}/__workbench/user`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"accountId":"x"}' });
    expect(response.status).toBe(415);
  });

  it('answers a malformed path with 400', async () => {
    const response = await fetch(`${workbench.url}/resources/gate/%E0%A4%A`);
    expect(response.status).toBe(400);
  });

  it('shows the dependency view, not the epic panel, on an issue that is not an epic', async () => {
    const story = workbench.site.jira.landmarks.slippageProtection;
    const text = await (await fetch(`${workbench.url}/jira/browse/${story}`)).text();
    expect(text).toContain('data-module="issue-dependencies"');
    expect(text).toContain('src="/resources/issue-context/index.html"');
    expect(text).not.toContain('data-module="epic-dependencies"');
  });

  it('answers router navigation targets with their workbench address, and names a target it cannot go to', async () => {
    const ask = (location: unknown) => fetch(`${workbench.url}/__workbench/navigation`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ location }) });
    const module = await ask({ target: 'module', moduleKey: 'release-gates', projectKey: 'PERP', path: '/versions/10100/schedule' });
    expect(await module.json()).toEqual({ ok: true, result: { url: '/jira/projects/PERP/release-gates/versions/10100/schedule' } });
    expect(await (await ask({ target: 'issue', issueKey: 'PERP-7' })).json()).toEqual({ ok: true, result: { url: '/jira/browse/PERP-7' } });
    const refused = await ask({ target: 'dashboard', dashboardId: '1' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ ok: false, message: expect.stringMatching(/does not emulate navigation to target dashboard/) as unknown });
  });

  it('names what it does not serve', async () => {
    for (const [path, message] of [
      ['/jira/projects/PERP/nowhere', 'no project page /jira/projects/PERP/nowhere'],
      ['/wiki/spaces/PERPOPS/pages/1003/macros/nobody', 'no macro nobody on page 1003'],
    ] as const) {
      const response = await fetch(`${workbench.url}${path}`);
      expect(response.status).toBe(404);
      await expect(response.json()).resolves.toMatchObject({ message });
    }
    const response = await fetch(`${workbench.url}/nowhere`);
    expect(response.status).toBe(404);
    await expect(response.json()).resolves.toMatchObject({ message: 'nothing is served at /nowhere' });
  });
});

describe('macro configuration', () => {
  const campaignMacros = () => workbench.site.confluence.macros.filter((m) => m.moduleKey === 'campaign-roi');
  const macroPath = (m: { pageId: string; localId: string }) => `/wiki/spaces/PERPOPS/pages/${m.pageId}/macros/${m.localId}`;

  it('keeps a config per macro instance: a save to one leaves the other', async () => {
    const [first, second] = campaignMacros();
    if (first === undefined || second === undefined) throw new Error('the demo has fewer than two campaign ROI macros');
    const before = (await frameContexts(macroPath(second)))[0]?.extension.config;
    expect(before).not.toEqual((await frameContexts(macroPath(first)))[0]?.extension.config);

    const saved = await saveConfig(first.localId, { config: { campaign: 'perp-v2-launch-trading-competition', currency: 'USDT' } });
    expect(saved.status).toBe(200);

    const [screen] = await frameContexts(`${macroPath(first)}/config`);
    expect(screen).toMatchObject({ localId: first.localId, extension: { isEditing: true, config: { currency: 'USDT' } } });
    expect((await frameContexts(macroPath(first)))[0]?.extension).toMatchObject({ isEditing: false, config: { currency: 'USDT' } });
    expect((await frameContexts(macroPath(second)))[0]?.extension.config).toEqual(before);
  });

  it('shows every macro instance of a page in its own frame', async () => {
    const onPage = workbench.site.confluence.macros.filter((m) => m.pageId === '1003');
    expect((await frameContexts('/wiki/spaces/PERPOPS/pages/1003')).map((c) => c.localId)).toEqual(onPage.map((m) => m.localId));
  });

  it('refuses a config for an unknown instance, a macro without a config screen, or not in the submit shape', async () => {
    const [first] = campaignMacros();
    const sop = workbench.site.confluence.macros.find((m) => m.moduleKey === 'sop-status');
    expect((await saveConfig('nobody', { config: {} })).status).toBe(404);
    expect((await saveConfig(sop?.localId ?? '', { config: {} })).status).toBe(400);
    expect((await saveConfig(first?.localId ?? '', 'not an object')).status).toBe(400);
  });
});
