// What moves the base ROI (the tornado chart): each input moved down and up by a share, the rest held, sorted by
// the swing; and the warning that rewards per $ of volume above about 2 x the taker fee make wash trading pay.
import { baseScenarioOf, computeModel, type ModelInput } from './model';

export const SENSITIVITY_INPUTS = ['maker', 'taker', 'makerShare', 'fixed', 'rebateRate', 'referralRate', 'baselineDailyVolume', 'baseLift', 'durationDays'] as const;
export type SensitivityInput = (typeof SENSITIVITY_INPUTS)[number];

export interface SensitivityBar {
  readonly input: SensitivityInput;
  /** Base ROI with the input moved down, and up (null: no cost, no ratio). */
  readonly low: number | null;
  readonly high: number | null;
}

function moved(input: ModelInput, which: SensitivityInput, factor: number): ModelInput {
  const { fees, costs } = input;
  switch (which) {
    case 'maker': return { ...input, fees: { ...fees, maker: fees.maker * factor } };
    case 'taker': return { ...input, fees: { ...fees, taker: fees.taker * factor } };
    case 'makerShare': return { ...input, fees: { ...fees, makerShare: Math.min(1, fees.makerShare * factor) } };
    case 'fixed': return { ...input, costs: { ...costs, fixed: costs.fixed * factor } };
    case 'rebateRate': return { ...input, costs: { ...costs, rebateRate: costs.rebateRate * factor } };
    case 'referralRate': return { ...input, costs: { ...costs, referralRate: costs.referralRate * factor } };
    case 'baselineDailyVolume': return { ...input, baselineDailyVolume: input.baselineDailyVolume * factor };
    case 'baseLift': {
      const base = baseScenarioOf(input)?.name;
      return { ...input, scenarios: input.scenarios.map((s) => (s.name === base ? { ...s, dailyLift: s.dailyLift * factor } : s)) };
    }
    case 'durationDays': return { ...input, durationDays: Math.max(1, Math.round(input.durationDays * factor)) };
  }
}

const baseRoi = (input: ModelInput): number | null => {
  const base = baseScenarioOf(input)?.name;
  return computeModel(input).scenarios.find((s) => s.name === base)?.roi ?? null;
};

/** The base ROI with each input moved by -share and +share, widest swing first. */
export function sensitivity(input: ModelInput, share = 0.2): SensitivityBar[] {
  const swing = (bar: SensitivityBar): number => Math.abs((bar.high ?? 0) - (bar.low ?? 0));
  return SENSITIVITY_INPUTS.map((which) => ({ input: which, low: baseRoi(moved(input, which, 1 - share)), high: baseRoi(moved(input, which, 1 + share)) }))
    .sort((a, b) => swing(b) - swing(a));
}

/** Reward paid per $ of participant volume in the base scenario (cost / volume), and whether it is above 2 x taker. */
export function rewardPerVolume(input: ModelInput): { readonly perDollar: number | null; readonly washTradingPays: boolean } {
  const base = baseScenarioOf(input);
  if (base === undefined) return { perDollar: null, washTradingPays: false };
  const volume = (input.baselineDailyVolume * input.durationDays) + base.incrementalVolume;
  const perDollar = volume > 0 ? base.cost / volume : null;
  return { perDollar, washTradingPays: perDollar !== null && perDollar > 2 * input.fees.taker };
}
