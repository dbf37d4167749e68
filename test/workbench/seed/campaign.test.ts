import { createDemoCampaign, demoCampaign } from '../../../workbench/seed';

const rows = (csv: string): string[][] => csv.trimEnd().split('\n').map((line) => line.split(','));

describe('demoCampaign', () => {
  it('is deterministic and small', () => {
    expect(createDemoCampaign()).toEqual(demoCampaign);
    const bytes = Object.values(demoCampaign.csv).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(bytes).toBeLessThan(1_000_000);
    expect(Object.keys(demoCampaign.csv).sort()).toEqual(['accounts.csv', 'campaign-costs.csv', 'funnel-daily.csv', 'market-daily.csv', 'trades-sample.csv']);
  });

  it('covers the baseline and campaign windows for every symbol', () => {
    const market = rows(demoCampaign.csv['market-daily.csv'] ?? '');
    const [header, ...data] = market;
    expect(header?.slice(0, 3)).toEqual(['date', 'symbol', 'volume_usd']);
    expect(new Set(data.map((r) => r[1]))).toEqual(new Set(['BTCUSDT', 'ETHUSDT', 'SOLUSDT']));
    const dates = data.map((r) => r[0] ?? '');
    expect(dates.reduce((a, b) => (a < b ? a : b))).toBe(demoCampaign.baselineStart);
    expect(dates.reduce((a, b) => (a > b ? a : b))).toBe(demoCampaign.end);
    for (const r of data) expect(r).toHaveLength(header?.length ?? 0);
  });

  it('plants wash-trading accounts that trade among themselves', () => {
    const [header, ...trades] = rows(demoCampaign.csv['trades-sample.csv'] ?? '');
    const account = header?.indexOf('account_id') ?? -1;
    const counterparty = header?.indexOf('counterparty_account_id') ?? -1;
    const ring = new Set(demoCampaign.plantedAbuseAccounts);
    expect(ring.size).toBe(6);
    const ringTrades = trades.filter((t) => ring.has(t[account] ?? '') && ring.has(t[counterparty] ?? ''));
    expect(ringTrades.length).toBeGreaterThan(50);
    expect(trades.some((t) => t[account] === t[counterparty])).toBe(true);
  });
});
