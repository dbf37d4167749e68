// campaign/list, campaign/save and campaign/delete through the real handlers against the workbench: the one campaign
// record, saved with the version read (two editors: one CONFLICT), checked input, permissions from Jira.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-campaign-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const invoke = (key: string, payload: unknown, role = 'ops') => invokeAs(workbench, key, payload, role);
const draft = { projectKey: 'PERP', name: 'Launch trading competition', type: 'trading-competition', start: '2027-02-01', end: '2027-02-28', releaseIds: ['10100'], expectedVersion: 0 };

describe('campaigns', () => {
  it('saves, lists, edits with the version read and deletes a campaign', async () => {
    const saved = await invoke('campaign/save', draft);
    expect(saved).toMatchObject({ ok: true, data: { schemaVersion: 1, projectKey: 'PERP', version: 1, releaseIds: ['10100'] } });
    const id = (saved.data as { id: string }).id;
    const listed = await invoke('campaign/list', { projectKey: 'PERP' }, 'pmo');
    expect(listed).toMatchObject({ ok: true, data: { campaigns: [expect.objectContaining({ id, name: draft.name })] } });

    const first = await invoke('campaign/save', { ...draft, id, name: 'Renamed', expectedVersion: 1 });
    const second = await invoke('campaign/save', { ...draft, id, name: 'Other', expectedVersion: 1 }, 'pmo');
    expect(first).toMatchObject({ ok: true, data: { version: 2, name: 'Renamed' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'changed-by-someone-else' } });

    await expect(invoke('campaign/delete', { projectKey: 'PERP', id, expectedVersion: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expect(invoke('campaign/delete', { projectKey: 'PERP', id, expectedVersion: 2 })).resolves.toMatchObject({ ok: true, data: { id } });
    await expect(invoke('campaign/list', { projectKey: 'PERP' })).resolves.toMatchObject({ ok: true, data: { campaigns: [] } });
  });

  it('names what is wrong with bad input, and hides the project from the outsider', async () => {
    await expect(invoke('campaign/save', { ...draft, end: '2027-01-01' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['end'] } } });
    await expect(invoke('campaign/save', { ...draft, type: 'lottery' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['type'] } } });
    await expect(invoke('campaign/list', { projectKey: 'PERP' }, 'outsider')).resolves.toMatchObject({ ok: false });
  });
});
