// The release trigger, served by the workbench as Forge would call it (the gate's webtrigger: gate-status.test.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-triggers-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

describe('release-watch trigger', () => {
  it('understands a version-released event', async () => {
    const version = workbench.site.jira.versions[0];
    const response = await fetch(`${workbench.url}/__workbench/trigger/release-watch`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventType: 'avi:jira:released:version', version: { id: version?.id, name: version?.name, projectId: version?.projectId } }),
    });
    await expect(response.json()).resolves.toMatchObject({ ok: true, result: { handled: true, release: { versionId: version?.id, projectId: version?.projectId } } });
  });

  it('reports a malformed event instead of failing', async () => {
    const response = await fetch(`${workbench.url}/__workbench/trigger/release-watch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventType: 'avi:jira:released:version' }) });
    await expect(response.json()).resolves.toMatchObject({ ok: true, result: { handled: false, problem: expect.stringContaining('version') as string } });
  });
});
