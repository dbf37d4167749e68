// metrics/beginImport, putImportPart, commitImport and campaign/roi through the real handlers against the
// workbench: an import lands whole or not at all, the same file again replaces instead of double counting,
// an unfinished import never shows, permissions come from the campaign's project.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-metrics-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const invoke = (key: string, payload: unknown, role = 'ops') => invokeAs(workbench, key, payload, role);
const point = (date: string, symbol: string, volumeUsd: number) => ({ date, symbol, volumeUsd, openInterestUsd: 1, feeRevenueUsd: 1, rebatesUsd: 0, fundingPaidUsd: 0, newUsers: 1, activeTraders: 1 });
const model = {
  durationDays: 28, fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.45 }, costs: { fixed: 68_500, rebateRate: 0.00002, referralRate: 0.00001 },
  baselineDailyVolume: 2e9, scenarios: [{ name: 'low', dailyLift: 1e8 }, { name: 'base', dailyLift: 3e8 }, { name: 'high', dailyLift: 6e8 }],
};
const audit = { expectedTreatmentShare: 0.8, fixedCostUsd: 68_500, baseline: null, segments: { treatment: 'treatment', control: 'control' } };

async function campaign(): Promise<string> {
  const saved = await invoke('campaign/save', { projectKey: 'PERP', name: 'Competition', type: 'trading-competition', start: '2027-02-01', end: '2027-02-28', releaseIds: [], expectedVersion: 0 });
  return (saved.data as { id: string }).id;
}

async function importDaily(campaignId: string, points: unknown[], parts = 1, commit = true) {
  const counts = { rows: points.length + 1, accepted: points.length, rejected: 1, sample: [{ line: 3, reason: 'bad-date' }] };
  const begun = await invoke('metrics/beginImport', { projectKey: 'PERP', campaignId, format: 'daily-metrics', fileName: 'daily.csv', contentHash: '0123456789abcdef', counts, parts });
  expect(begun.ok).toBe(true);
  const { importId } = begun.data as { importId: string; sameFileAs: unknown };
  const put = await invoke('metrics/putImportPart', { importId, index: 0, part: { format: 'daily-metrics', points } });
  expect(put.ok).toBe(true);
  return { begun, committed: commit ? await invoke('metrics/commitImport', { importId }) : undefined };
}

describe('metric imports', () => {
  it('lands an import, recognises the same file again and replaces instead of double counting', async () => {
    const id = await campaign();
    const points = [point('2027-01-20', 'BTCUSDT', 100), point('2027-01-21', 'BTCUSDT', 300)];
    const first = await importDaily(id, points);
    expect(first.committed).toMatchObject({ ok: true, data: { import: { added: 2, replaced: 0, rows: 3, accepted: 2, rejected: 1 } } });
    const again = await importDaily(id, points);
    expect(again.begun).toMatchObject({ ok: true, data: { sameFileAs: { fileName: 'daily.csv' } } });
    expect(again.committed).toMatchObject({ ok: true, data: { import: { added: 0, replaced: 2 } } });
    const roi = await invoke('campaign/roi', { projectKey: 'PERP', campaignId: id, model, audit });
    expect(roi).toMatchObject({ ok: true, data: { suggestedBaselineDailyVolume: 200, audit: null, model: { verdict: 'marginal' } } });
    expect((roi.data as { imports: unknown[] }).imports).toHaveLength(2);
  });

  it('never shows an import whose parts did not all arrive, nor one not committed', async () => {
    const id = await campaign();
    const partial = await importDaily(id, [point('2027-01-22', 'ETHUSDT', 50)], 2);
    expect(partial.committed).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'import-incomplete' } });
    await importDaily(id, [point('2027-01-23', 'ETHUSDT', 70)], 1, false);
    const roi = await invoke('campaign/roi', { projectKey: 'PERP', campaignId: id, model, audit });
    expect((roi.data as { imports: unknown[] }).imports).toHaveLength(0);
  });

  it('refuses counts that do not add up, imports by someone who may not edit, and parts of another import', async () => {
    const id = await campaign();
    const bad = await invoke('metrics/beginImport', { projectKey: 'PERP', campaignId: id, format: 'funnel', fileName: 'f.csv', contentHash: '0123456789abcdef', counts: { rows: 3, accepted: 1, rejected: 1, sample: [] }, parts: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['counts.rows'] } } });
    const outsider = await invoke('metrics/beginImport', { projectKey: 'PERP', campaignId: id, format: 'funnel', fileName: 'f.csv', contentHash: '0123456789abcdef', counts: { rows: 0, accepted: 0, rejected: 0, sample: [] }, parts: 0 }, 'outsider');
    expect(outsider.ok).toBe(false);
    const { begun } = await importDaily(id, [], 1, false);
    const importId = (begun.data as { importId: string }).importId;
    await expect(invoke('metrics/commitImport', { importId }, 'pmo')).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
