// The workbench server: resources under a Forge-like CSP with the bridge injected, no path traversal,
// the user switcher, and clear errors for what it does not serve.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../../workbench/workbench';

let workbench: Workbench;
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

  it('shows no app panel on an issue that is not an epic', async () => {
    const story = workbench.site.jira.landmarks.slippageProtection;
    const text = await (await fetch(`${workbench.url}/jira/browse/${story}`)).text();
    expect(text).not.toContain('lc-frame');
    expect(text).toContain('epics only');
  });

  it('names what it does not serve', async () => {
    const response = await fetch(`${workbench.url}/nowhere`);
    expect(response.status).toBe(404);
    await expect(response.json()).resolves.toMatchObject({ message: 'nothing is served at /nowhere' });
  });
});
