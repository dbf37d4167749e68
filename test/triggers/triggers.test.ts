// The trigger and the webtrigger, served by the workbench as Forge would call them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-triggers-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

describe('release-gate-status webtrigger', () => {
  it('answers 501 UNKNOWN until the gate exists, so no pipeline reads it as GO', async () => {
    const response = await fetch(`${workbench.url}/webtrigger/release-gate-status?release=v2.0.0`);
    expect(response.status).toBe(501);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).resolves.toMatchObject({ state: 'UNKNOWN' });
  });
});

describe('release-watch trigger', () => {
  it('understands a version-released event', async () => {
    const version = workbench.site.jira.versions[0];
    const response = await fetch(`${workbench.url}/__workbench/trigger/release-watch`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventType: 'avi:jira:released:version', version: { id: version?.id, name: version?.name, projectId: version?.projectId } }),
    });
    await expect(response.json()).resolves.toEqual({ ok: true, result: { handled: true, release: { versionId: version?.id, projectId: version?.projectId } } });
  });

  it('reports a malformed event instead of failing', async () => {
    const response = await fetch(`${workbench.url}/__workbench/trigger/release-watch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventType: 'avi:jira:released:version' }) });
    await expect(response.json()).resolves.toMatchObject({ ok: true, result: { handled: false, problem: expect.stringContaining('version') as string } });
  });
});
