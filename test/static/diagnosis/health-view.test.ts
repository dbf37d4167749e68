// The business-health view model: costs rising read as bad news, gaps stay gaps in a sparkline and incomplete days
// are marked, the waterfall's steps end in the net total, symbols rank by share with missing ones last, freshness
// counts days against the analyst's today; and the macro's project key is read from its config or typed.
import { changeTone, freshnessOf, kpiKind, sparklinePoints, symbolRows, waterfallBalances, waterfallSteps, type Health } from '../../../static/diagnosis/health-view';
import { KPI_KEYS } from '../../../src/domain/diagnosis/vocabulary';
import { projectKeyOf, readProjectKey } from '../../../static/diagnosis/macro-config';

const change = (absolute: number | null) => ({ previous: 1, absolute, relative: absolute });
const cell = (value: number | null) => ({ value, dod: change(null), wow: change(null) });
const kpis = (volume: number | null) => Object.fromEntries(KPI_KEYS.map((kpi) => [kpi, cell(kpi === 'volumeUsd' ? volume : 0)])) as Health['bySymbol'][number]['kpis'];

const health: Health = {
  date: '2026-11-18', latestDate: '2026-11-25', from: '2026-10-22', updatedAt: '2026-11-26T06:00:00.000Z',
  tiles: [{ kpi: 'volumeUsd', value: 10, dod: change(-2), wow: change(1), incomplete: false, sparkline: [{ date: '2026-11-16', value: 8 }, { date: '2026-11-17', value: null }, { date: '2026-11-18', value: 10 }] }],
  waterfall: [{ step: 'fees', amountUsd: 100 }, { step: 'rebates', amountUsd: -20 }, { step: 'funding', amountUsd: -5 }, { step: 'campaign-costs', amountUsd: -10 }, { step: 'net', amountUsd: 65 }],
  bySymbol: [
    { symbol: 'DOGEUSDT', missing: true, kpis: kpis(null) },
    { symbol: 'ETHUSDT', missing: false, kpis: kpis(25) },
    { symbol: 'BTCUSDT', missing: false, kpis: kpis(75) },
  ],
  bySegment: [], incomplete: [{ date: '2026-11-17', missingSymbols: ['DOGEUSDT'] }], gaps: [{ date: '2026-11-17', symbol: 'DOGEUSDT' }],
  symbols: ['BTCUSDT', 'ETHUSDT', 'DOGEUSDT'], segments: [],
};

describe('changeTone', () => {
  it.each([
    ['volumeUsd', 5, 'good'], ['volumeUsd', -5, 'bad'], ['rebatesUsd', 5, 'bad'], ['fundingPaidUsd', -5, 'good'], ['netRevenueUsd', 0, 'flat'], ['newUsers', null, 'none'],
  ] as const)('%s changing by %s is %s', (kpi, delta, tone) => { expect(changeTone(kpi, change(delta))).toBe(tone); });
  it('formats counts as counts and money as money', () => {
    expect([kpiKind('newUsers'), kpiKind('activeTraders'), kpiKind('volumeUsd'), kpiKind('netRevenueUsd')]).toEqual(['count', 'count', 'usd', 'usd']);
  });
});

describe('sparklinePoints', () => {
  it('keeps a day without data as a gap (never zero) and marks incomplete days', () => {
    const tile = health.tiles[0];
    if (tile === undefined) throw new Error('no tile');
    expect(sparklinePoints(tile, new Set(['2026-11-17']))).toEqual([
      { date: '2026-11-16', value: 8, incomplete: false }, { date: '2026-11-17', value: undefined, incomplete: true }, { date: '2026-11-18', value: 10, incomplete: false },
    ]);
  });
});

describe('the waterfall', () => {
  it('is the fees, the costs and the net as the total, labelled in the caller words', () => {
    expect(waterfallSteps(health.waterfall, (s) => s.toUpperCase()).map((s) => [s.id, s.label, s.value, s.kind])).toEqual([
      ['fees', 'FEES', 100, 'change'], ['rebates', 'REBATES', -20, 'change'], ['funding', 'FUNDING', -5, 'change'], ['campaign-costs', 'CAMPAIGN-COSTS', -10, 'change'], ['net', 'NET', 65, 'total'],
    ]);
    expect(waterfallBalances(health.waterfall)).toBe(true);
    expect(waterfallBalances([{ step: 'fees', amountUsd: 100 }, { step: 'net', amountUsd: 90 }])).toBe(false);
  });
});

describe('symbolRows', () => {
  it('ranks symbols by their share of the total, a missing symbol last without a share', () => {
    expect(symbolRows(health, 'volumeUsd').map((r) => [r.symbol, r.share, r.missing])).toEqual([['BTCUSDT', 0.75, false], ['ETHUSDT', 0.25, false], ['DOGEUSDT', null, true]]);
  });
});

describe('freshnessOf', () => {
  it.each([
    [null, '2026-11-26', { kind: 'empty' }],
    ['2026-11-25', '2026-11-26', { kind: 'current', latest: '2026-11-25' }],
    ['2026-11-26', '2026-11-26', { kind: 'current', latest: '2026-11-26' }],
    ['2026-11-25', '2026-12-01', { kind: 'behind', latest: '2026-11-25', days: 6 }],
  ] as const)('latest %s on %s', (latest, today, expected) => { expect(freshnessOf(latest, today)).toEqual(expected); });
});

describe('the project key', () => {
  it('comes from the macro config when it is a project key', () => {
    expect(projectKeyOf({ config: { projectKey: 'PERP' } })).toBe('PERP');
    expect(projectKeyOf({ config: { projectKey: 'perp' } })).toBeUndefined();
    expect(projectKeyOf({})).toBeUndefined();
    expect(projectKeyOf(undefined)).toBeUndefined();
  });
  it('is read from what is typed, or refused', () => {
    expect(readProjectKey(' perp ')).toBe('PERP');
    expect(readProjectKey('1PERP')).toBeUndefined();
    expect(readProjectKey('')).toBeUndefined();
  });
});
