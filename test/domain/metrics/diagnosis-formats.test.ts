// The two import formats of the daily business diagnosis (`accounts`, `competitors`) through the same import run as
// the other metric files: every row accepted or refused with its line, reason and column; the aggregates the
// server gets; and the change log read from an imported competitor file.
import { rowChecker } from '../../../src/contract/metric-rows';
import { competitorChangeLog } from '../../../src/domain/diagnosis/competitors';
import { FORMAT_COLUMNS, parseMetricFile, type MetricFormat } from '../../../src/domain/metrics';

const importText = <F extends MetricFormat>(format: F, text: string) => parseMetricFile(format, rowChecker(format), text);

describe('the accounts import', () => {
  const header = FORMAT_COLUMNS.accounts.join(',');
  const good = 'acct-1,vip,APAC,referral,2026-01-05T08:00:00Z,2026-11-20T10:00:00Z,1200000,2500000,12.5,Cross,0.62';

  it('reads each account, an empty last_trade_at as never traded', async () => {
    const outcome = await importText('accounts', `${header}\n${good}\nacct-2,retail,EMEA,organic,2026-02-01T00:00:00Z,,0,100,3,isolated,0.5\n`);
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.counts).toEqual({ rows: 2, accepted: 2, rejected: [] });
    expect(outcome.aggregate[0]).toEqual({
      account: 'acct-1', segment: 'vip', region: 'APAC', channel: 'referral', registeredAt: '2026-01-05T08:00:00Z', lastTradeAt: '2026-11-20T10:00:00Z',
      volume30dUsd: 1_200_000, volumePrev30dUsd: 2_500_000, avgLeverage: 12.5, marginMode: 'cross', longShare: 0.62,
    });
    expect(outcome.aggregate[1]?.lastTradeAt).toBeNull();
  });

  it.each([
    ['acct-9,vip,APAC,referral,2026-01-05T08:00:00Z,,1,1,2,portfolio,0.5', 'bad-value', 'margin_mode'],
    ['acct-9,vip,APAC,referral,2026-01-05T08:00:00Z,,1,1,2,cross,1.5', 'out-of-range', 'long_share'],
    ['acct-9,vip,APAC,referral,yesterday,,1,1,2,cross,0.5', 'bad-timestamp', 'registered_at'],
    ['acct-9,vip,APAC,referral,2026-01-05T08:00:00Z,,-1,1,2,cross,0.5', 'negative-number', 'volume_30d_usd'],
    [good, 'duplicate-key', undefined],
  ])('refuses %j as %s, naming its line', async (row, reason, column) => {
    const outcome = await importText('accounts', `${header}\n${good}\n${row}\n`);
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.counts.accepted).toBe(1);
    expect(outcome.counts.rejected).toEqual([column === undefined ? { line: 3, reason } : { line: 3, reason, column }]);
  });
});

describe('the competitors import', () => {
  it('reads snapshots whose change log says who cut which fee when', async () => {
    const text = [
      FORMAT_COLUMNS.competitors.join(','),
      '2026-10-02,ExchangeX,BTCUSDT,VIP0,0.0002,0.0005,', '2026-10-09,ExchangeX,BTCUSDT,VIP0,0.0002,0.0004,"Zero-fee week, BTC only"',
      '2026-10-09,ExchangeX,ETHUSDT,VIP0,0.0002,0.05,', '',
    ].join('\n');
    const outcome = await importText('competitors', text);
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.counts.rejected).toEqual([{ line: 4, reason: 'out-of-range', column: 'taker_fee' }]);
    expect(competitorChangeLog(outcome.aggregate).map((c) => `${c.date} ${c.exchange} ${c.kind} ${c.symbol} ${String(c.after ?? c.promotion)}`)).toEqual([
      '2026-10-09 ExchangeX taker-fee-cut BTCUSDT 0.0004', '2026-10-09 ExchangeX promotion-started BTCUSDT Zero-fee week, BTC only',
    ]);
  });
});
