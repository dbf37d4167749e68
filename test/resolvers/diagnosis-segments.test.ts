// diagnosis/segments, segmentList, competitors, saveCompetitorSnapshot and beginImport through the real handlers
// against the workbench: the demo accounts imported through the import pipeline (diagnosis/beginImport ->
// metrics/putImportPart -> commitImport), the lists by the analyst's rules, the competitor change log from the form,
// and a competitor change in the days before an anomaly shown as its candidate cause.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_DIAGNOSIS, demoAccounts, seedDiagnosis } from '../../workbench/seed/diagnosis';
import { DEMO_TODAY } from '../../workbench/seed/calendar';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => {
  workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-diagnosis-segments-')) });
  await seedDiagnosis(workbench);
}, 60_000);
afterAll(async () => { await workbench.close(); });

const invoke = (key: string, payload: unknown, role = 'ops') => invokeAs(workbench, key, payload, role);

describe('segments', () => {
  it('counts whales, dormant and at-risk accounts of the imported file, per segment and region', async () => {
    const answer = await invoke('diagnosis/segments', { projectKey: 'PERP', asOf: DEMO_TODAY, whaleTopN: 10, dormantDays: 30, atRiskDropPercent: 50 });
    expect(answer.ok).toBe(true);
    const data = answer.data as { totals: { accounts: number; whales: number; dormant: number; atRisk: number; whaleVolumeShare: number }; counts: { accounts: number; segment: string; region: string }[]; imported: { format: string; accepted: number } };
    const accounts = demoAccounts();
    expect(data.imported).toMatchObject({ format: 'accounts', accepted: DEMO_ACCOUNTS.count });
    expect(data.totals).toMatchObject({ accounts: DEMO_ACCOUNTS.count, whales: 10, dormant: DEMO_ACCOUNTS.count - DEMO_ACCOUNTS.dormantFrom });
    // At risk: the accounts whose 30-day volume fell to 30% of the month before (and not dormant: those fell to 0, also a drop).
    const expectedAtRisk = accounts.filter((a) => a.volumePrev30dUsd > 0 && a.volume30dUsd < a.volumePrev30dUsd * 0.5).length;
    expect(data.totals.atRisk).toBe(expectedAtRisk);
    expect(data.totals.whaleVolumeShare).toBeGreaterThan(0.3);
    expect(data.counts.reduce((s, c) => s + c.accounts, 0)).toBe(DEMO_ACCOUNTS.count);
    expect(new Set(data.counts.map((c) => c.region))).toEqual(new Set(['APAC', 'EMEA', 'LATAM']));
    const health = await invoke('diagnosis/health', { projectKey: 'PERP', days: 7 });
    const bySegment = (health.data as { bySegment: { segment: string; accounts: { accounts: number } | null }[]; segments: string[] }).bySegment;
    expect(bySegment.map((s) => s.segment)).toEqual(['institutional', 'market-maker', 'retail', 'vip']);
    expect(bySegment.reduce((sum, s) => sum + (s.accounts?.accounts ?? 0), 0)).toBe(DEMO_ACCOUNTS.count);
  });

  it('lists one list with its CSV, filtered by segment, the biggest first', async () => {
    const answer = await invoke('diagnosis/segmentList', { projectKey: 'PERP', list: 'whales', whaleTopN: 5, asOf: DEMO_TODAY });
    const data = answer.data as { total: number; accounts: { account: string; volume30dUsd: number }[]; csv: string };
    expect(data.total).toBe(5);
    expect(data.accounts[0]?.account).toBe('acct-0001');
    expect(data.csv.split('\n')[0]).toBe('account_id,segment,region,channel,registered_at,last_trade_at,days_since_trade,volume_30d_usd,volume_prev_30d_usd,volume_change,avg_leverage,margin_mode,long_share');
    expect(data.csv.trim().split('\n')).toHaveLength(6);
    const vip = await invoke('diagnosis/segmentList', { projectKey: 'PERP', list: 'dormant', segment: 'vip', asOf: DEMO_TODAY });
    const vipData = vip.data as { accounts: { segment: string; daysSinceTrade: number }[] };
    expect(vipData.accounts.length).toBeGreaterThan(0);
    expect(vipData.accounts.every((a) => a.segment === 'vip' && a.daysSinceTrade >= 30)).toBe(true);
    const bad = await invoke('diagnosis/segmentList', { projectKey: 'PERP', list: 'sleepers' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(bad.error?.message).toMatch(/list/);
  });

  it('replaces the accounts whole on a new import, and refuses an import by someone who may not change the diagnosis', async () => {
    const accounts = demoAccounts().slice(0, 3);
    const counts = { rows: 4, accepted: 3, rejected: 1, sample: [{ line: 5, reason: 'bad-value' }] };
    const begun = await invoke('diagnosis/beginImport', { projectKey: 'PERP', format: 'accounts', fileName: 'accounts.csv', contentHash: '0123456789abcdef', counts, parts: 1 });
    const { importId } = begun.data as { importId: string };
    expect((await invoke('metrics/putImportPart', { importId, index: 0, part: { format: 'accounts', accounts } })).ok).toBe(true);
    expect(await invoke('metrics/commitImport', { importId })).toMatchObject({ ok: true, data: { import: { format: 'accounts', replaced: 3, added: 0, rejected: 1 } } });
    const after = await invoke('diagnosis/segments', { projectKey: 'PERP', asOf: DEMO_TODAY });
    expect((after.data as { totals: { accounts: number } }).totals.accounts).toBe(3);
    const refused = await invoke('diagnosis/beginImport', { projectKey: 'PERP', format: 'accounts', fileName: 'a.csv', contentHash: '0123456789abcdef', counts, parts: 1 }, 'outsider');
    expect(refused.ok).toBe(false);
    const saveAsOutsider = await invoke('diagnosis/saveCompetitorSnapshot', { projectKey: 'PERP', date: '2026-12-02', exchange: 'ExchangeZ', rows: [{ symbol: 'BTCUSDT', tier: 'VIP0', makerFee: 0, takerFee: 0.0005, promotion: '' }] }, 'outsider');
    expect(saveAsOutsider.ok).toBe(false);
  });
});

describe('competitor watch', () => {
  it('turns the demo snapshots into a change log, and shows the fee cut before the drop as its candidate cause', async () => {
    const answer = await invoke('diagnosis/competitors', { projectKey: 'PERP' });
    const data = answer.data as { snapshots: unknown[]; changes: { kind: string; exchange: string; symbol: string; after?: number; date: string }[] };
    expect(data.snapshots).toHaveLength(8);
    expect(data.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'taker-fee-cut', exchange: 'ExchangeX', symbol: 'BTCUSDT', after: 0.0004 }),
      expect.objectContaining({ kind: 'promotion-started', exchange: 'ExchangeX', symbol: 'BTCUSDT' }),
      expect.objectContaining({ kind: 'promotion-ended', exchange: 'ExchangeX', symbol: 'BTCUSDT' }),
      expect.objectContaining({ kind: 'listed', exchange: 'ExchangeY', symbol: 'DOGEUSDT' }),
    ]));
    const anomalies = await invoke('diagnosis/anomalies', { projectKey: 'PERP', from: DEMO_DIAGNOSIS.drop, to: DEMO_DIAGNOSIS.drop });
    const drop = (anomalies.data as { anomalies: { metric: string; symbol?: string; candidates: { kind: string; label: string }[] }[] }).anomalies
      .find((a) => a.metric === 'volume_usd' && a.symbol === 'BTCUSDT');
    expect(drop?.candidates).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'competitor', label: expect.stringMatching(/ExchangeX cut the taker fee on BTCUSDT \(VIP0\) to 0\.04% on /) as unknown })]));
  });

  it('saves a snapshot from the form, replacing that day of that exchange, and answers its changes', async () => {
    const rows = [{ symbol: 'BTCUSDT', tier: 'VIP0', makerFee: 0.0001, takerFee: 0.0004, promotion: '' }];
    const saved = await invoke('diagnosis/saveCompetitorSnapshot', { projectKey: 'PERP', date: '2026-12-01', exchange: 'ExchangeY', rows });
    expect(saved).toMatchObject({ ok: true, data: { rows: 1 } });
    const kinds = (saved.data as { changes: { kind: string; symbol: string }[] }).changes.map((c) => `${c.kind} ${c.symbol}`).sort();
    expect(kinds).toEqual(['delisted DOGEUSDT', 'delisted ETHUSDT', 'maker-fee-cut BTCUSDT', 'taker-fee-cut BTCUSDT']);
    const again = await invoke('diagnosis/saveCompetitorSnapshot', { projectKey: 'PERP', date: '2026-12-01', exchange: 'ExchangeY', rows: [{ ...rows[0], makerFee: 0.0002 }] });
    expect((again.data as { changes: { kind: string }[] }).changes.map((c) => c.kind).sort()).toEqual(['delisted', 'delisted', 'taker-fee-cut']);
    const list = await invoke('diagnosis/competitors', { projectKey: 'PERP', from: '2026-12-01', to: '2026-12-01' });
    expect((list.data as { snapshots: { rows: number }[] }).snapshots).toEqual([expect.objectContaining({ exchange: 'ExchangeY', rows: 1 })]);
    const bad = await invoke('diagnosis/saveCompetitorSnapshot', { projectKey: 'PERP', date: '2026-12-01', exchange: 'ExchangeY', rows: [{ ...rows[0], takerFee: 0.5 }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(bad.error?.message).toMatch(/takerFee/);
  });
});

describe('a competitors file through the import pipeline', () => {
  it('lands through diagnosis/beginImport and feeds the change log', async () => {
    const points = [
      { date: '2026-11-20', exchange: 'ExchangeZ', symbol: 'ETHUSDT', tier: 'VIP1', makerFee: 0.0001, takerFee: 0.0004, promotion: '' },
      { date: '2026-11-27', exchange: 'ExchangeZ', symbol: 'ETHUSDT', tier: 'VIP1', makerFee: 0.0001, takerFee: 0.0003, promotion: '' },
    ];
    const counts = { rows: 2, accepted: 2, rejected: 0, sample: [] };
    const begun = await invoke('diagnosis/beginImport', { projectKey: 'PERP', format: 'competitors', fileName: 'competitors.csv', contentHash: 'fedcba9876543210', counts, parts: 1 });
    const { importId } = begun.data as { importId: string };
    expect((await invoke('metrics/putImportPart', { importId, index: 0, part: { format: 'competitors', points } })).ok).toBe(true);
    expect(await invoke('metrics/commitImport', { importId })).toMatchObject({ ok: true, data: { import: { format: 'competitors', added: 2, campaignId: '' } } });
    const log = await invoke('diagnosis/competitors', { projectKey: 'PERP', from: '2026-11-27', to: '2026-11-27' });
    expect((log.data as { changes: unknown[]; imports: { fileName: string }[] })).toMatchObject({
      changes: [expect.objectContaining({ exchange: 'ExchangeZ', kind: 'taker-fee-cut', symbol: 'ETHUSDT', tier: 'VIP1', before: 0.0004, after: 0.0003 })],
    });
    expect((log.data as { imports: { fileName: string }[] }).imports[0]?.fileName).toBe('competitors.csv');
  });
});
