// diagnosis/* through the real handlers against the workbench: the planted corpus imported as the importer
// would (metrics/beginImport -> putImportPart -> commitImport), then health, anomalies with drivers and the
// campaign running as a candidate cause, settings saved with a revision, the countermeasure calculator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { buildDiagnosisCorpus } from '../domain/diagnosis/corpus';
import { editJira, invokeAs } from './release-helpers';
import { formatIsoDate, parseIsoDate } from '../../src/domain/schedule';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-diagnosis-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const invoke = (key: string, payload: unknown, role = 'ops') => invokeAs(workbench, key, payload, role);
const corpus = buildDiagnosisCorpus();
const planted = corpus.planted.find((p) => p.name === 'BTC volume drop');

async function importPart(campaignId: string, format: 'daily-metrics' | 'funnel', points: readonly unknown[]) {
  const counts = { rows: points.length, accepted: points.length, rejected: 0, sample: [] };
  const begun = await invoke('metrics/beginImport', { projectKey: 'PERP', campaignId, format, fileName: `${format}.csv`, contentHash: '0123456789abcdef', counts, parts: 1 });
  const { importId } = begun.data as { importId: string };
  expect((await invoke('metrics/putImportPart', { importId, index: 0, part: { format, points } })).ok).toBe(true);
  expect((await invoke('metrics/commitImport', { importId })).ok).toBe(true);
}

beforeAll(async () => {
  const saved = await invoke('campaign/save', {
    projectKey: 'PERP', name: 'BTC fee holiday', type: 'fee-waiver', start: planted?.date ?? '', end: planted?.date ?? '', releaseIds: [], expectedVersion: 0,
  });
  const id = (saved.data as { id: string }).id;
  await importPart(id, 'daily-metrics', corpus.market);
  await importPart(id, 'funnel', corpus.funnel);
}, 60_000);

describe('diagnosis resolvers', () => {
  it('finds the planted BTC drop with its driver and the campaign running that day as a candidate cause', async () => {
    const answer = await invoke('diagnosis/anomalies', { projectKey: 'PERP', from: planted?.date, to: planted?.date });
    expect(answer.ok).toBe(true);
    const data = answer.data as { anomalies: { id: string; metric: string; symbol?: string; drivers: { key: string; kind: string }[]; candidates: { kind: string; label: string }[] }[] };
    const total = data.anomalies.find((a) => a.metric === 'volume_usd' && a.symbol === undefined);
    expect(total?.id).toBe(`${planted?.date ?? ''}|volume_usd|*`);
    expect(total?.drivers[0]).toMatchObject({ kind: 'symbol', key: 'BTCUSDT' });
    expect(total?.candidates).toEqual([expect.objectContaining({ kind: 'campaign', label: 'BTC fee holiday' })]);
  });

  it('reports the missing day as gaps and an incomplete day, not as anomalies', async () => {
    const gapDay = corpus.gaps[corpus.gaps.length - 1]?.date ?? '';
    const answer = await invoke('diagnosis/anomalies', { projectKey: 'PERP', from: gapDay, to: gapDay });
    const data = answer.data as { anomalies: unknown[]; gaps: { date: string }[]; incomplete: { date: string }[] };
    expect(data.anomalies).toEqual([]);
    expect(data.gaps.length).toBe(4);
    expect(data.incomplete.map((d) => d.date)).toEqual([gapDay]);
  });

  it('answers business health for the latest day: eight tiles with changes and sparklines, the waterfall adding up', async () => {
    const answer = await invoke('diagnosis/health', { projectKey: 'PERP', days: 14 });
    expect(answer.ok).toBe(true);
    const data = answer.data as { date: string; tiles: { kpi: string; sparkline: unknown[]; wow: { relative: number | null } }[]; waterfall: { step: string; amountUsd: number }[]; bySymbol: unknown[] };
    expect(data.tiles.map((t) => t.kpi)).toEqual(['volumeUsd', 'openInterestUsd', 'feeRevenueUsd', 'rebatesUsd', 'fundingPaidUsd', 'netRevenueUsd', 'newUsers', 'activeTraders']);
    expect(data.tiles[0]?.sparkline).toHaveLength(14);
    const steps = data.waterfall.filter((s) => s.step !== 'net').reduce((a, s) => a + s.amountUsd, 0);
    expect(data.waterfall.find((s) => s.step === 'net')?.amountUsd).toBeCloseTo(steps, 2);
    expect(data.bySymbol).toHaveLength(4);
    const bySegment = (answer.data as { bySegment: { segment: string; funnel: { stage: string; conversion: number | null; conversionDod: number | null }[]; accounts: unknown }[] }).bySegment;
    expect(bySegment.length).toBeGreaterThan(0);
    for (const segment of bySegment) {
      expect(segment.funnel.map((s) => s.stage)).toEqual(['registered', 'kyc', 'deposited', 'transferred', 'first_trade', 'repeat_trade']);
      expect(segment.funnel[1]?.conversion).toBeGreaterThan(0);
      expect(segment.funnel[1]?.conversionDod).not.toBeNull();
      expect(segment.accounts).toBeNull();
    }
  });

  it('saves settings with the revision read and refuses a stale one', async () => {
    const read = await invoke('diagnosis/settings', { projectKey: 'PERP' });
    const { settings, revision } = read.data as { settings: Record<string, unknown>; revision: number };
    const saved = await invoke('diagnosis/saveSettings', { projectKey: 'PERP', settings: { ...settings, threshold: 5 }, expectedRevision: revision });
    expect(saved).toMatchObject({ ok: true, data: { revision: revision + 1 } });
    const stale = await invoke('diagnosis/saveSettings', { projectKey: 'PERP', settings, expectedRevision: revision });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await invoke('diagnosis/saveSettings', { projectKey: 'PERP', settings: { ...settings, threshold: 0 }, expectedRevision: revision + 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('prices a fee waiver against the volume the anomaly lost', async () => {
    const answer = await invoke('diagnosis/countermeasure', {
      projectKey: 'PERP', measure: 'fee-waiver', anomalyId: `${planted?.date ?? ''}|volume_usd|BTCUSDT`, durationDays: 7,
      fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.4 }, rate: 0.5, recovery: { low: 0.2, base: 0.5, high: 0.9 },
    });
    expect(answer.ok).toBe(true);
    const data = answer.data as { volumeAtRiskDailyUsd: number; model: { scenarios: { name: string }[] } };
    expect(data.volumeAtRiskDailyUsd).toBeGreaterThan(1e8);
    expect(data.model.scenarios.map((s) => s.name)).toEqual(['low', 'base', 'high']);
  });
});

describe('diagnosis report', () => {
  const date = planted?.date ?? '';
  // The settings test above raised the threshold to 5: the per-symbol drop still stands out, the total no longer.
  const totalId = `${date}|volume_usd|BTCUSDT`;
  type Report = { revision: number; title: string; items: { id: string; carried: boolean; cause: string; comment: string; state: string; since: string }[]; published: { pageId: string; version: number } | null };
  const report = async (day: string) => (await invoke('diagnosis/report', { projectKey: 'PERP', date: day })).data as Report;

  it('drafts the day from its anomalies, keeps the cause the analyst sets and refuses a stale revision', async () => {
    const before = await report(date);
    expect(before.revision).toBe(0);
    expect(before.items.find((i) => i.id === totalId)).toMatchObject({ cause: 'unknown', state: 'open', carried: false });
    const set = await invoke('diagnosis/setCause', { projectKey: 'PERP', date, itemId: totalId, cause: 'campaign', comment: 'fee holiday moved volume', expectedRevision: 0 });
    expect(set).toMatchObject({ ok: true, data: { itemId: totalId, revision: 1, cause: { cause: 'campaign', state: 'open' } } });
    const stale = await invoke('diagnosis/setCause', { projectKey: 'PERP', date, itemId: totalId, cause: 'market', comment: '', expectedRevision: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await report(date);
    expect(after.revision).toBe(1);
    expect(after.items.find((i) => i.id === totalId)).toMatchObject({ cause: 'campaign', comment: 'fee holiday moved volume' });
    const anomalies = await invoke('diagnosis/anomalies', { projectKey: 'PERP', from: date, to: date });
    expect((anomalies.data as { anomalies: { id: string; cause: { cause: string } | null }[] }).anomalies.find((a) => a.id === totalId)?.cause).toMatchObject({ cause: 'campaign' });
  });

  it('refuses an unknown item, a bad cause, someone outside the project, and publishing with no space chosen', async () => {
    expect(await invoke('diagnosis/setCause', { projectKey: 'PERP', date, itemId: totalId, cause: 'market', comment: '', expectedRevision: 1 }, 'outsider'))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await invoke('diagnosis/report', { projectKey: 'PERP', date }, 'outsider')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const noSpace = await invoke('diagnosis/publishReport', { projectKey: 'PERP', date: '2026-06-01', locale: 'en-US', expectedRevision: 0 });
    expect(noSpace).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(noSpace.error?.message).toMatch(/spaceKey/);
    expect(await invoke('diagnosis/setCause', { projectKey: 'PERP', date, itemId: `${date}|volume_usd|NOPE`, cause: 'market', comment: '', expectedRevision: 1 }))
      .toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await invoke('diagnosis/setCause', { projectKey: 'PERP', date, itemId: totalId, cause: 'weather', comment: '', expectedRevision: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(bad.error?.message).toMatch(/cause/);
  });

  it('carries the open item into the next days until it is closed', async () => {
    const next = formatIsoDate((parseIsoDate(date) ?? 0) + 1);
    const later = formatIsoDate((parseIsoDate(date) ?? 0) + 2);
    const carried = (await report(next)).items.find((i) => i.id === totalId);
    expect(carried).toMatchObject({ carried: true, since: date, cause: 'campaign', state: 'open' });
    const closed = await invoke('diagnosis/setCause', { projectKey: 'PERP', date: next, itemId: totalId, cause: 'campaign', comment: 'ended', state: 'closed', expectedRevision: 0 });
    expect(closed.ok).toBe(true);
    expect((await report(next)).items.find((i) => i.id === totalId)).toMatchObject({ state: 'closed', comment: 'ended' });
    expect((await report(later)).items.find((i) => i.id === totalId)).toBeUndefined();
  });

  it('publishes one page per day in the language asked, and republishing writes its next version', async () => {
    const { revision } = await report(date);
    const first = await invoke('diagnosis/publishReport', { projectKey: 'PERP', date, locale: 'en-US', spaceKey: 'PERPOPS', expectedRevision: revision });
    expect(first).toMatchObject({ ok: true, data: { created: true, locale: 'en-US' } });
    const page = first.data as { pageId: string; version: number; title: string };
    expect(page.title).toContain(date);
    const again = await invoke('diagnosis/publishReport', { projectKey: 'PERP', date, locale: 'zh-CN', expectedRevision: revision + 1 });
    expect(again).toMatchObject({ ok: true, data: { created: false, pageId: page.pageId, version: page.version + 1, locale: 'zh-CN' } });
    const stored = workbench.site.confluence.pages.find((p) => p.id === page.pageId);
    const body = stored?.versions.at(-1)?.body ?? '';
    expect(body).toContain('当日异常');
    expect(body).toContain('fee holiday moved volume');
    expect(workbench.site.confluence.pages.filter((p) => p.title.includes(date) && p.status === 'current')).toHaveLength(1);
    expect((await report(date)).published).toMatchObject({ pageId: page.pageId, version: page.version + 1 });
  });
});

describe('candidate causes', () => {
  it('names a Jira release that went live in the days before an anomaly, as the caller may see it', async () => {
    const date = planted?.date ?? '';
    const day = formatIsoDate((parseIsoDate(date) ?? 0) - 2);
    const released = await editJira(workbench, 'PUT', '/rest/api/3/version/10100', { released: true, releaseDate: day });
    expect(released.status).toBe(200);
    const answer = await invoke('diagnosis/anomalies', { projectKey: 'PERP', from: date, to: date });
    const anomaly = (answer.data as { anomalies: { symbol?: string; candidates: { kind: string; id: string; label: string; from: string }[] }[] }).anomalies.find((a) => a.symbol === 'BTCUSDT');
    expect(anomaly?.candidates).toEqual(expect.arrayContaining([{ kind: 'release', id: '10100', label: `Release v2.0.0 went live on ${day}`, from: day, to: day }]));
  });
});
