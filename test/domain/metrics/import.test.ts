import fc from 'fast-check';
import { rowChecker } from '../../../src/contract/metric-rows';
import { FORMAT_COLUMNS, parseMetricFile, type MetricFormat } from '../../../src/domain/metrics';

const importText = <F extends MetricFormat>(format: F, text: string) => parseMetricFile(format, rowChecker(format), text);

const DAILY_HEADER = FORMAT_COLUMNS['daily-metrics'].join(',');

describe('metric imports', () => {
  it('takes the delimiter from the header line, whatever the cells hold (papaparse alone guessed it from the rows too)', async () => {
    const header = FORMAT_COLUMNS.accounts.join(',');
    const text = `${header}\n0,;,;,;,;,,0,0,,,1;5\n\nU1,vip,APAC,referral,2026-01-20T10:00:00Z,,5,4,2,cross,0.5\n`;
    const outcome = await importText('accounts', text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect([outcome.counts.rows, outcome.counts.accepted]).toEqual([3, 1]);
    expect(outcome.counts.rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  it('matches the header case-insensitively in any order, keeps extra columns, strips a BOM, reads semicolons and quotes', async () => {
    const text = '\uFEFFSymbol;Date;Note;Volume_USD;open_interest_usd;fee_revenue_usd;rebates_usd;funding_paid_usd;new_users;active_traders\n'
      + 'BTCUSDT;2027-02-01;"a; quoted\nnote";100.5;10;2;0.5;-3;4;5\n';
    const outcome = await importText('daily-metrics', text);
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.extraColumns).toEqual(['Note']);
    expect(outcome.counts).toEqual({ rows: 1, accepted: 1, rejected: [] });
    expect(outcome.aggregate).toEqual([{ date: '2027-02-01', symbol: 'BTCUSDT', volumeUsd: 100.5, openInterestUsd: 10, feeRevenueUsd: 2, rebatesUsd: 0.5, fundingPaidUsd: -3, newUsers: 4, activeTraders: 5 }]);
  });

  it.each([
    ['2027-02-30,BTC,1,1,1,1,1,1,1', 'bad-date', 'date'],
    ['2027-02-01,BTC,abc,1,1,1,1,1,1', 'not-a-number', 'volume_usd'],
    ['2027-02-01,BTC,-1,1,1,1,1,1,1', 'negative-number', 'volume_usd'],
    ['2027-02-01,BTC,1,1,1,1,1,1.5,1', 'not-a-whole-number', 'new_users'],
    ['2027-02-01,,1,1,1,1,1,1,1', 'missing-value', 'symbol'],
    ['2027-02-01,BTC,1,1', 'field-count', undefined],
    ['', 'blank-row', undefined],
  ])('refuses %j as %s', async (row, reason, column) => {
    const outcome = await importText('daily-metrics', `${DAILY_HEADER}\n2027-02-02,ETH,1,1,1,1,1,1,1\n${row}\n2027-02-03,ETH,1,1,1,1,1,1,1\n`);
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.counts.accepted).toBe(2);
    expect(outcome.counts.rejected).toEqual([column === undefined ? { line: 3, reason } : { line: 3, reason, column }]);
  });

  it('refuses a second row of the same date and symbol, and a funnel that grows down its stages', async () => {
    const daily = await importText('daily-metrics', `${DAILY_HEADER}\n2027-02-01,BTC,1,1,1,1,1,1,1\n2027-02-01,BTC,2,1,1,1,1,1,1\n`);
    expect(daily.ok && daily.counts.rejected).toEqual([{ line: 3, reason: 'duplicate-key' }]);
    const funnel = await importText('funnel', 'date,segment,registered,kyc,deposited,transferred,first_trade,repeat_trade\n2027-02-01,treatment,10,12,5,4,3,1\n');
    expect(funnel.ok && funnel.counts.rejected).toEqual([{ line: 2, reason: 'funnel-not-monotonic' }]);
  });

  it('names the missing columns of a header', async () => {
    const outcome = await importText('trades', 'trade_id,ts,symbol\nT1,2027-02-01T00:00:00Z,BTC\n');
    expect(outcome).toMatchObject({ ok: false, problem: 'header', header: { missing: ['buyer_account', 'seller_account', 'notional_usd'] } });
  });

  it('gives the same content hash to the same data, whatever the delimiter', async () => {
    const a = await importText('daily-metrics', `${DAILY_HEADER}\n2027-02-01,BTC,1,1,1,1,1,1,1\n`);
    const b = await importText('daily-metrics', `${DAILY_HEADER.replaceAll(',', ';')}\n2027-02-01;BTC;1;1;1;1;1;1;1\n`);
    const c = await importText('daily-metrics', `${DAILY_HEADER}\n2027-02-01,BTC,2,1,1,1,1,1,1\n`);
    expect(a.ok && b.ok && a.contentHash === b.contentHash).toBe(true);
    expect(a.ok && c.ok && a.contentHash !== c.contentHash).toBe(true);
  });

  it('accounts for every row of any mix of good and bad rows, at its line, and never throws', async () => {
    const good = fc.record({ day: fc.integer({ min: 1, max: 28 }), symbol: fc.constantFrom('BTC', 'ETH', 'SOL') })
      .map(({ day, symbol }) => ({ text: `2027-02-${String(day).padStart(2, '0')},${symbol},1,2,3,4,5,6,7`, good: true, key: `${day}${symbol}` }));
    const bad = fc.oneof(
      fc.constant('2027-13-01,BTC,1,1,1,1,1,1,1'), fc.constant('x,y'), fc.constant(''), fc.constant('2027-02-01,BTC,NaN,1,1,1,1,1,1'),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n"]/g, '')),
    ).map((text) => ({ text, good: false, key: '' }));
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(good, bad), { maxLength: 40 }), async (rows) => {
      const outcome = await importText('daily-metrics', `${DAILY_HEADER}${rows.map((r) => `\n${r.text}`).join('')}\n`);
      if (!outcome.ok) return false;
      const { counts } = outcome;
      const lines = counts.rejected.map((r) => r.line);
      const seen = new Set<string>();
      const expectedAccepted = rows.filter((r) => r.good && !seen.has(r.key) && (seen.add(r.key), true)).length;
      return counts.rows === rows.length && counts.accepted + counts.rejected.length === counts.rows
        && counts.accepted >= expectedAccepted && lines.every((l) => l >= 2 && l <= rows.length + 1)
        && new Set(lines).size === lines.length && outcome.aggregate.length === counts.accepted;
    }), { numRuns: 150 });
  });

  it('never crashes on fuzzed input to any format, and counts add up', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom<MetricFormat>('daily-metrics', 'funnel', 'participants', 'trades'), fc.string({ maxLength: 400 }), async (format, body) => {
      const outcome = await parseMetricFile(format, rowChecker(format), `${FORMAT_COLUMNS[format].join(',')}\n${body}`);
      return !outcome.ok || outcome.counts.accepted + outcome.counts.rejected.length === outcome.counts.rows;
    }), { numRuns: 200 });
  });

  it('aggregates trades into accounts, pairs and daily series', async () => {
    const outcome = await importText('trades', 'trade_id,ts,symbol,buyer_account,seller_account,notional_usd\n'
      + 'T1,2027-02-01T01:00:00Z,SOL,A,B,100\nT2,2027-02-01T02:00:00Z,SOL,B,A,90\nT3,2027-02-02T02:00:00Z,BTC,C,C,50\n');
    if (!outcome.ok) throw new Error('header refused');
    expect(outcome.aggregate.pairs).toEqual([{ a: 'A', b: 'B', trades: 2, grossUsd: 190, netUsd: 10 }]);
    expect(outcome.aggregate.accounts.find((a) => a.account === 'C')).toMatchObject({ selfMatchNotionalUsd: 50, trades: 1 });
    expect(outcome.aggregate.daily).toEqual([{ date: '2027-02-01', symbol: 'SOL', notionalUsd: 190, trades: 2 }, { date: '2027-02-02', symbol: 'BTC', notionalUsd: 50, trades: 1 }]);
  });
});
