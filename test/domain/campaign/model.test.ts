import fc from 'fast-check';
import { breakEvenDay, computeModel, rewardPerVolume, sensitivity, type ModelInput } from '../../../src/domain/campaign';

const input = (over: Partial<ModelInput> = {}): ModelInput => ({
  durationDays: 28,
  fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.45 },
  costs: { fixed: 68_500, rebateRate: 0.00002, referralRate: 0.00001 },
  baselineDailyVolume: 20_000_000,
  scenarios: [{ name: 'low', dailyLift: 2_000_000 }, { name: 'base', dailyLift: 6_000_000 }, { name: 'high', dailyLift: 12_000_000 }],
  ...over,
});

describe('campaign model', () => {
  it('computes r, v and each scenario by the definitions', () => {
    const result = computeModel(input());
    const r = 0.45 * 0.0002 + 0.55 * 0.0005;
    const v = 0.00003;
    expect(result.netFeeRate).toBeCloseTo(r, 12);
    expect(result.variableCostRate).toBeCloseTo(v, 12);
    const base = result.scenarios[1];
    expect(base?.incrementalVolume).toBe(6_000_000 * 28);
    expect(base?.incrementalRevenue).toBeCloseTo(r * 6_000_000 * 28, 6);
    expect(base?.cost).toBeCloseTo(68_500 + v * 26_000_000 * 28, 6);
    expect(base?.incrementalNet).toBeCloseTo((base?.incrementalRevenue ?? 0) - (base?.cost ?? 0), 6);
    expect(base?.roi).toBeCloseTo((base?.incrementalNet ?? 0) / (base?.cost ?? 1), 12);
    expect(base?.burn).toHaveLength(28);
    expect(base?.burn[0]).toBeCloseTo(68_500 + v * 26_000_000, 6);
    expect(result.breakEvenDailyLift).toBeCloseTo((68_500 / 28 + v * 20_000_000) / (r - v), 6);
  });

  it.each([
    ['profitable', { scenarios: [{ name: 'low', dailyLift: 2e7 }, { name: 'base', dailyLift: 3e7 }, { name: 'high', dailyLift: 4e7 }] }],
    ['marginal', { scenarios: [{ name: 'low', dailyLift: 1e6 }, { name: 'base', dailyLift: 1e7 }, { name: 'high', dailyLift: 2e7 }] }],
    ['all-buzz-no-profit', { scenarios: [{ name: 'low', dailyLift: 1e5 }, { name: 'base', dailyLift: 5e5 }, { name: 'high', dailyLift: 2e7 }] }],
  ] as const)('says %s', (verdict, over) => {
    expect(computeModel(input(over)).verdict).toBe(verdict);
  });

  it('never breaks even when r <= v', () => {
    const result = computeModel(input({ costs: { fixed: 1000, rebateRate: 0.0004, referralRate: 0.0001 } }));
    expect(result.breakEvenDailyLift).toBeNull();
    expect(result.scenarios.every((s) => s.breakEvenDay === null)).toBe(true);
    expect(result.verdict).toBe('all-buzz-no-profit');
  });

  it('handles zero lift and a one-day campaign', () => {
    const zero = computeModel(input({ scenarios: [{ name: 'base', dailyLift: 0 }] })).scenarios[0];
    expect(zero).toMatchObject({ incrementalVolume: 0, incrementalRevenue: 0, breakEvenDay: null });
    expect(zero?.roi).toBe(-1);
    const oneDay = computeModel(input({ durationDays: 1, costs: { fixed: 0, rebateRate: 0, referralRate: 0 }, scenarios: [{ name: 'base', dailyLift: 1e6 }] }));
    expect(oneDay.scenarios[0]).toMatchObject({ breakEvenDay: 1, burn: [0], roi: null });
    expect(oneDay.verdict).toBe('profitable');
  });

  it('breakEvenDay is the first day whose cumulative net is >= 0 (against a day-by-day walk)', () => {
    const rate = fc.double({ min: 0, max: 0.001, noNaN: true });
    fc.assert(fc.property(rate, rate, fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e8, noNaN: true }),
      fc.double({ min: 0, max: 1e8, noNaN: true }), fc.integer({ min: 1, max: 120 }), (r, v, fixed, base, lift, days) => {
        let expected: number | null = null;
        for (let d = 1; d <= days; d++) if (r * lift * d - fixed - v * (base + lift) * d >= 0) { expected = d; break; }
        return breakEvenDay(r, v, fixed, base, lift, days) === expected;
      }), { numRuns: 2000 });
  });

  it('a scenario lifting exactly the break-even daily lift nets zero', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 90 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e8, noNaN: true }), (days, fixed, base) => {
      const model = input({ durationDays: days, costs: { fixed, rebateRate: 0.00002, referralRate: 0.00001 }, baselineDailyVolume: base });
      const lift = computeModel(model).breakEvenDailyLift ?? Number.NaN;
      const net = computeModel({ ...model, scenarios: [{ name: 'base', dailyLift: lift }] }).scenarios[0]?.incrementalNet ?? Number.NaN;
      return Math.abs(net) <= 1e-6 * Math.max(1, fixed + base);
    }));
  });

  it('the burn rises by v x (B + l) a day from the fixed cost', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1e7, noNaN: true }), (days, lift) => {
      const s = computeModel(input({ durationDays: days, scenarios: [{ name: 'base', dailyLift: lift }] })).scenarios[0];
      return s !== undefined && s.burn.length === days && Math.abs((s.burn[days - 1] ?? 0) - s.cost) <= 1e-6 * s.cost;
    }));
  });

  it('ranks inputs by how far they swing the base ROI, and warns when rewards pay for wash trading', () => {
    const bars = sensitivity(input());
    expect(bars).toHaveLength(9);
    const swing = bars.map((b) => Math.abs((b.high ?? 0) - (b.low ?? 0)));
    expect([...swing].sort((a, b) => b - a)).toEqual(swing);
    expect(rewardPerVolume(input()).washTradingPays).toBe(false);
    expect(rewardPerVolume(input({ costs: { fixed: 0, rebateRate: 0.0008, referralRate: 0.0004 } })).washTradingPays).toBe(true);
  });
});
