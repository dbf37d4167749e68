// The anomalies view model: newest day first with the total before its symbols, drivers as clamped share bars with
// a driver moving against the total told apart, candidates suggesting their cause, the tuning form read within the
// contract's bounds and every bad field named.
import type { Anomaly } from '../../../src/contract';
import { causeOfCandidate, driverBars, orderedAnomalies, readTuning } from '../../../static/diagnosis/anomaly-view';

const anomaly = (id: string, date: string, score: number, symbol?: string): Anomaly => ({
  id, date, metric: 'volume_usd', ...(symbol === undefined ? {} : { symbol }), value: 80, expected: 100, change: -0.2, score, direction: 'down',
  incomplete: false, drivers: [], candidates: [], cause: null,
});

describe('orderedAnomalies', () => {
  const list = [anomaly('a', '2026-11-17', -9, 'BTCUSDT'), anomaly('b', '2026-11-18', -4, 'ETHUSDT'), anomaly('c', '2026-11-18', -5), anomaly('d', '2026-11-18', -8, 'BTCUSDT')];
  it('puts the newest day first, its total before its symbols, the strongest score first', () => {
    expect(orderedAnomalies(list, { metric: 'all', totalsOnly: false }).map((a) => a.id)).toEqual(['c', 'd', 'b', 'a']);
  });
  it('keeps totals only, or one metric only', () => {
    expect(orderedAnomalies(list, { metric: 'all', totalsOnly: true }).map((a) => a.id)).toEqual(['c']);
    expect(orderedAnomalies(list, { metric: 'new_users', totalsOnly: false })).toEqual([]);
  });
});

describe('driverBars', () => {
  it('draws each driver by its share, largest first, clamped to the bar, against-movers told apart', () => {
    const bars = driverBars({ direction: 'down', drivers: [
      { kind: 'symbol', key: 'ETHUSDT', share: 0.1, change: -10 },
      { kind: 'symbol', key: 'BTCUSDT', share: 1.05, change: -105 },
      { kind: 'symbol', key: 'SOLUSDT', share: -0.15, change: 15 },
    ] });
    expect(bars.map((b) => [b.key, b.percent, b.against])).toEqual([['BTCUSDT', 100, false], ['ETHUSDT', 10, false], ['SOLUSDT', 0, true]]);
  });
  it('reads a rise the other way round', () => {
    expect(driverBars({ direction: 'up', drivers: [{ kind: 'segment', key: 'vip', share: 0.7, change: 70 }] })[0]?.against).toBe(false);
  });
});

describe('causeOfCandidate', () => {
  it('suggests campaign and competitor causes; a release suggests none', () => {
    expect([causeOfCandidate({ kind: 'campaign' }), causeOfCandidate({ kind: 'competitor' }), causeOfCandidate({ kind: 'release' })]).toEqual(['campaign', 'competitor', undefined]);
  });
});

describe('readTuning', () => {
  it('reads a threshold and a minimum history', () => {
    expect(readTuning(' 4,5 ', '28')).toEqual({ ok: true, threshold: 4.5, minHistory: 28 });
  });
  it.each([
    ['', '28', { threshold: 'not-a-number' }], ['0.5', '28', { threshold: 'out-of-range' }], ['3', '6', { minHistory: 'out-of-range' }],
    ['3', '7.5', { minHistory: 'not-whole' }], ['x', 'y', { threshold: 'not-a-number', minHistory: 'not-a-number' }],
  ] as const)('refuses %j / %j naming the field', (threshold, history, errors) => { expect(readTuning(threshold, history)).toEqual({ ok: false, errors }); });
});
