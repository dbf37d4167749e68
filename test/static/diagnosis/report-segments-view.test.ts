// The report, segments, competitor and countermeasure view models: counts and reading order of report items, the
// space key read; the recall list's CSV made in the browser (BOM, header, defused text); the change log's order
// and the snapshot form read in percent with every bad cell named; the calculator's form in bps and percent.
import type { CompetitorChange, ReportItem } from '../../../src/contract';
import { readCountermeasure, defaultCountermeasure } from '../../../static/diagnosis/countermeasure-form';
import { blankSnapshotRow, orderedChanges, readSnapshot } from '../../../static/diagnosis/competitor-view';
import { orderedItems, readSpaceKey, reportSummary } from '../../../static/diagnosis/report-view';
import { LIST_CSV_HEADER, readSegmentSettings, segmentListCsv, segmentListFileName, type SegmentAccount } from '../../../static/diagnosis/segments-view';

const item = (id: string, carried: boolean, since: string, score: number, cause: ReportItem['cause'] = 'unknown', comment = '', state: ReportItem['state'] = 'open'): ReportItem => ({
  id, since, carried, metric: 'volume_usd', value: 1, expected: 2, change: -0.5, score, direction: 'down', drivers: [], stage: undefined, candidates: [],
  cause, comment, state, updatedBy: null, updatedAt: null,
});

describe('the daily report', () => {
  const items = [item('today-small', false, '2026-11-18', -4), item('old', true, '2026-11-10', -6, 'market', 'BTC sold off'), item('today-big', false, '2026-11-18', -9, 'campaign', '', 'closed'), item('older', true, '2026-11-05', -3)];
  it('counts open, closed, carried-over and unexplained items', () => {
    expect(reportSummary(items)).toEqual({ open: 3, closed: 1, carried: 2, unexplained: 2 });
  });
  it('reads carried-over items first, oldest first, then the day by score', () => {
    expect(orderedItems(items).map((i) => i.id)).toEqual(['older', 'old', 'today-big', 'today-small']);
  });
  it('reads a space key or refuses it', () => {
    expect([readSpaceKey(' PERPOPS '), readSpaceKey('~user'), readSpaceKey('PERP OPS'), readSpaceKey('')]).toEqual(['PERPOPS', '~user', undefined, undefined]);
  });
});

describe('segment lists', () => {
  const account: SegmentAccount = {
    account: '=cmd', segment: 'vip, tier 1', region: '亚洲', channel: 'organic', registeredAt: '2026-01-02', lastTradeAt: null, daysSinceTrade: null,
    volume30dUsd: 1200, volumePrev30dUsd: 3000, volumeChange: -0.6, avgLeverage: 12.5, marginMode: 'cross', longShare: 0.55,
  };
  it('makes the CSV in the browser: BOM, header, one line per account, text defused and quoted', () => {
    const csv = segmentListCsv([account]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line, end] = csv.slice(1).split('\r\n');
    expect(header).toBe(LIST_CSV_HEADER.join(','));
    expect(line).toBe("'=cmd,\"vip, tier 1\",亚洲,organic,2026-01-02,,,1200,3000,-0.6,12.5,cross,0.55");
    expect(end).toBe('');
    expect(segmentListCsv([])).toBe(`\uFEFF${LIST_CSV_HEADER.join(',')}\r\n`);
  });
  it('names the file by list, segment and day', () => {
    expect(segmentListFileName('at-risk', '2026-11-25')).toBe('at-risk-all-2026-11-25.csv');
    expect(segmentListFileName('whales', '2026-11-25', 'vip tier/1')).toBe('whales-vip_tier_1-2026-11-25.csv');
  });
  it('reads the list settings within bounds, naming each bad one', () => {
    expect(readSegmentSettings({ whaleTopN: '50', dormantDays: '30', atRiskDropPercent: '40' })).toEqual({ ok: true, settings: { whaleTopN: 50, dormantDays: 30, atRiskDropPercent: 40 } });
    expect(readSegmentSettings({ whaleTopN: '0', dormantDays: '2.5', atRiskDropPercent: '' })).toEqual({ ok: false, errors: { whaleTopN: 'out-of-range', dormantDays: 'not-whole', atRiskDropPercent: 'not-whole' } });
  });
});

describe('competitor watch', () => {
  const change = (id: string, date: string, exchange: string): CompetitorChange => ({ id, date, exchange, kind: 'taker-fee-cut', symbol: 'BTCUSDT', before: 0.0005, after: 0.0004 });
  it('lists the newest change first', () => {
    expect(orderedChanges([change('a', '2026-10-01', 'X'), change('b', '2026-10-09', 'Y'), change('c', '2026-10-09', 'A')]).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
  it('reads the snapshot form with fees typed in percent', () => {
    const reading = readSnapshot({ date: '2026-10-09', exchange: ' X ', rows: [{ symbol: 'btcusdt', tier: 'VIP0', makerPct: '0.02', takerPct: '0,04', promotion: '' }] });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.input.exchange).toBe('X');
    expect(reading.input.rows[0]?.symbol).toBe('BTCUSDT');
    expect(reading.input.rows[0]?.takerFee).toBeCloseTo(0.0004, 12);
  });
  it('names every bad cell by row and field', () => {
    expect(readSnapshot({ date: '', exchange: '', rows: [{ ...blankSnapshotRow(), takerPct: '5' }] })).toEqual({
      ok: false, errors: { date: 'not-a-date', exchange: 'required', 'rows.0.symbol': 'required', 'rows.0.makerPct': 'not-a-number', 'rows.0.takerPct': 'out-of-range' },
    });
    expect(readSnapshot({ date: '2026-10-09', exchange: 'X', rows: [] })).toEqual({ ok: false, errors: { rows: 'required' } });
  });
});

describe('the countermeasure form', () => {
  it('converts bps and percent, takes the volume at risk from an anomaly when one is named', () => {
    const reading = readCountermeasure(defaultCountermeasure('2026-11-18|volume_usd|*'));
    expect(reading).toEqual({ ok: true, input: {
      measure: 'fee-waiver', anomalyId: '2026-11-18|volume_usd|*', durationDays: 14, fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.4 }, rate: 0.5, fixedCostUsd: 0,
      recovery: { low: 0.2, base: 0.5, high: 0.8 },
    } });
  });
  it('needs a volume at risk without an anomaly, and names each bad field', () => {
    expect(readCountermeasure({ ...defaultCountermeasure(), durationDays: '3.5', takerBps: 'x', highPct: '140' })).toEqual({
      ok: false, errors: { volumeAtRisk: 'required', durationDays: 'not-whole', takerBps: 'not-a-number', highPct: 'out-of-range' },
    });
    const typed = readCountermeasure({ ...defaultCountermeasure(), volumeAtRisk: '400,000,000' });
    expect(typed.ok && typed.input.volumeAtRiskDailyUsd).toBe(4e8);
  });
});
