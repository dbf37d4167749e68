// The pure parts of the daily report, segments and competitor watch: which items a day's report carries, the
// competitor change log, the lifecycle lists and their CSV, the report page's escaping and wording.
import fc from 'fast-check';
import { competitorChangeLog, replaceSnapshots } from '../../../src/domain/diagnosis/competitors';
import { draftReportItems, type ReportAnomaly } from '../../../src/domain/diagnosis/report';
import { reportPageBody, reportTitle } from '../../../src/domain/diagnosis/report-page';
import { accountsCsv, classifyAccounts, countSegments, funnelBySegment } from '../../../src/domain/diagnosis/segments';
import type { AccountPoint, CompetitorPoint } from '../../../src/domain/metrics';

const anomaly = (date: string, symbol: string, score = -5): ReportAnomaly => ({
  id: `${date}|volume_usd|${symbol}`, date, metric: 'volume_usd', symbol, value: 70, expected: 100, change: -0.3, score, direction: 'down', drivers: [], candidates: [],
});

describe('draftReportItems', () => {
  it('lists the day first, then carries open items of the last saved report and unsaved anomalies since, until closed', () => {
    const eth = { ...anomaly('2026-11-09', 'ETHUSDT'), since: '2026-11-09', cause: 'market' as const, comment: 'ETH sell-off', state: 'open' as const, updatedBy: 'a', updatedAt: 't' };
    const saved = { date: '2026-11-10', items: [
      eth,
      { ...anomaly('2026-11-10', 'SOLUSDT'), since: '2026-11-10', cause: 'data-issue' as const, comment: '', state: 'closed' as const, updatedBy: 'a', updatedAt: 't' },
    ] };
    const items = draftReportItems({ date: '2026-11-12', anomalies: [anomaly('2026-11-11', 'BTCUSDT'), anomaly('2026-11-12', 'DOGEUSDT')], previous: saved, saved: undefined });
    expect(items.map((i) => [i.id, i.carried, i.cause])).toEqual([
      ['2026-11-12|volume_usd|DOGEUSDT', false, 'unknown'],
      ['2026-11-09|volume_usd|ETHUSDT', true, 'market'],
      ['2026-11-11|volume_usd|BTCUSDT', true, 'unknown'],
    ]);
    const closedToday = draftReportItems({
      date: '2026-11-12', anomalies: [], previous: saved,
      saved: { date: '2026-11-12', items: [{ ...eth, state: 'closed' as const, comment: 'recovered' }] },
    });
    expect(closedToday).toEqual([expect.objectContaining({ id: '2026-11-09|volume_usd|ETHUSDT', state: 'closed', comment: 'recovered', carried: true })]);
  });

  it('never lists an item twice, whatever was saved', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 12 }), (days) => {
      const anomalies = days.map((d) => anomaly(`2026-11-0${String(d)}`, 'BTCUSDT'));
      const items = draftReportItems({ date: '2026-11-09', anomalies, previous: undefined, saved: undefined });
      return new Set(items.map((i) => i.id)).size === items.length && items.length === new Set(days).size;
    }));
  });
});

const point = (date: string, exchange: string, symbol: string, takerFee: number, promotion = ''): CompetitorPoint =>
  ({ date, exchange, symbol, tier: 'VIP0', makerFee: 0.0002, takerFee, promotion });

describe('competitorChangeLog', () => {
  it('says what changed between snapshots of each exchange; the first snapshot is the baseline', () => {
    const changes = competitorChangeLog([
      point('2026-10-02', 'X', 'BTCUSDT', 0.0005), point('2026-10-02', 'X', 'ETHUSDT', 0.0005),
      point('2026-10-09', 'X', 'BTCUSDT', 0.0004, 'Fee week'), point('2026-10-09', 'X', 'SOLUSDT', 0.0005),
      point('2026-10-16', 'X', 'BTCUSDT', 0.0006), point('2026-10-16', 'X', 'SOLUSDT', 0.0005),
      point('2026-10-09', 'Y', 'BTCUSDT', 0.0005),
    ]);
    expect(changes.map((c) => `${c.date} ${c.exchange} ${c.kind} ${c.symbol}${c.after === undefined ? '' : ` ${String(c.after)}`}`)).toEqual([
      '2026-10-09 X listed SOLUSDT', '2026-10-09 X delisted ETHUSDT', '2026-10-09 X taker-fee-cut BTCUSDT 0.0004', '2026-10-09 X promotion-started BTCUSDT',
      '2026-10-16 X taker-fee-raised BTCUSDT 0.0006', '2026-10-16 X promotion-ended BTCUSDT',
    ]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
  });

  it('replaces a snapshot of the same date and exchange whole', () => {
    const kept = [point('2026-10-02', 'X', 'BTCUSDT', 0.0005), point('2026-10-02', 'X', 'ETHUSDT', 0.0005), point('2026-10-02', 'Y', 'BTCUSDT', 0.0005)];
    const merged = replaceSnapshots(kept, [point('2026-10-02', 'X', 'BTCUSDT', 0.0004)]);
    expect(merged).toMatchObject({ replaced: 2, added: 1 });
    expect(merged.points.map((p) => `${p.exchange} ${p.symbol} ${String(p.takerFee)}`)).toEqual(['X BTCUSDT 0.0004', 'Y BTCUSDT 0.0005']);
  });
});

const account = (account: string, volume30dUsd: number, volumePrev30dUsd: number, lastTradeAt: string | null, segment = 'retail'): AccountPoint => ({
  account, segment, region: 'APAC', channel: 'organic', registeredAt: '2026-01-01T00:00:00Z', lastTradeAt, volume30dUsd, volumePrev30dUsd,
  avgLeverage: 5, marginMode: 'cross', longShare: 0.5,
});

describe('segments', () => {
  const rules = { whaleTopN: 2, dormantDays: 30, atRiskDropPercent: 50, asOf: '2026-11-30' };
  const accounts = [
    account('a', 900, 1000, '2026-11-29T10:00:00Z', 'vip'), account('b', 800, 2000, '2026-11-29T10:00:00Z'), account('c', 100, 100, '2026-10-31T00:00:00Z'),
    account('d', 0, 0, null), account('e', 800, 800, '2026-11-01T00:00:00Z'),
  ];

  it('marks whales (top N, ties by id), dormant (N days or never traded) and at-risk (down more than X%)', () => {
    const marked = classifyAccounts(accounts, rules).map((a) => `${a.account}:${a.whale ? 'W' : ''}${a.dormant ? 'D' : ''}${a.atRisk ? 'R' : ''}`);
    expect(marked).toEqual(['a:W', 'b:WR', 'c:D', 'd:D', 'e:']);
    expect(countSegments(classifyAccounts(accounts, rules))).toEqual([
      { segment: 'retail', region: 'APAC', accounts: 4, whales: 1, dormant: 2, atRisk: 1, volume30dUsd: 1700, volumePrev30dUsd: 2900 },
      { segment: 'vip', region: 'APAC', accounts: 1, whales: 1, dormant: 0, atRisk: 0, volume30dUsd: 900, volumePrev30dUsd: 1000 },
    ]);
  });

  it('writes a list as CSV with quoting', () => {
    const csv = accountsCsv(classifyAccounts([account('x,"y"', 1, 2, null)], rules));
    expect(csv.split('\n')[1]).toBe('"x,""y""",retail,APAC,organic,2026-01-01T00:00:00Z,,,1,2,-0.5,5,cross,0.5');
  });

  it('sums the funnel of each segment over the window into stage conversions', () => {
    const f = (date: string, segment: string, n: number) => ({ date, segment, registered: n, kyc: n / 2, deposited: n / 4, transferred: n / 4, firstTrade: n / 8, repeatTrade: 0 });
    const [vip] = funnelBySegment([f('2026-11-01', 'vip', 80), f('2026-11-02', 'vip', 80), f('2026-10-01', 'vip', 8000)], '2026-11-01', '2026-11-30');
    expect(vip?.stages.map((s) => [s.stage, s.count, s.conversion])).toEqual([
      ['registered', 160, null], ['kyc', 80, 0.5], ['deposited', 40, 0.5], ['transferred', 40, 1], ['first_trade', 20, 0.5], ['repeat_trade', 0, 0],
    ]);
  });
});

describe('reportPageBody', () => {
  it('escapes what the analyst wrote and words the page from the wording given', () => {
    const wording = { title: 'Report {project} {date}', 'causes.market': 'Market', 'states.open': 'Open', anomalies: 'Anomalies' };
    const item = { ...anomaly('2026-11-12', 'BTCUSDT'), since: '2026-11-12', carried: false, cause: 'market' as const, comment: '<script>x</script> & co', state: 'open' as const, updatedBy: null, updatedAt: null };
    const body = reportPageBody({ projectKey: 'PERP', date: '2026-11-12', language: 'en-US', tiles: [], waterfall: [], items: [item], gaps: [], incomplete: [] }, wording);
    expect(body).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(body).not.toContain('<script>');
    expect(body).toContain('<h2>Anomalies</h2>');
    expect(reportTitle(wording, 'PERP', '2026-11-12')).toBe('Report PERP 2026-11-12');
  });
});
