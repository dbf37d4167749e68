// The countermeasure calculator: a limited-time fee waiver or a targeted subsidy priced against the volume at
// risk with the campaign model of issue 11 (low / base / high recovery of that volume as the daily lift).
import { computeModel, type ModelInput, type ModelResult } from '../campaign';

export interface CountermeasureInput {
  readonly measure: 'fee-waiver' | 'targeted-subsidy'; readonly volumeAtRiskDailyUsd: number; readonly coveredDailyVolumeUsd: number; readonly durationDays: number;
  readonly fees: { readonly maker: number; readonly taker: number; readonly makerShare: number }; readonly rate: number; readonly fixedCostUsd: number;
  readonly recovery: { readonly low: number; readonly base: number; readonly high: number };
}

/**
 * Prices a countermeasure with the campaign model: the lift is the share of the volume at risk won back, the
 * variable cost the waiver (share of the taker fee on taker volume) or the subsidy, paid on covered + won-back volume.
 */
export function priceCountermeasure(input: CountermeasureInput): { model: ModelResult; rewardPerDollar: number; washTradingPays: boolean } {
  const costRate = input.measure === 'fee-waiver' ? input.rate * input.fees.taker * (1 - input.fees.makerShare) : input.rate;
  const model: ModelInput = {
    durationDays: input.durationDays, fees: input.fees, costs: { fixed: input.fixedCostUsd, rebateRate: costRate, referralRate: 0 },
    baselineDailyVolume: input.coveredDailyVolumeUsd,
    scenarios: (['low', 'base', 'high'] as const).map((name) => ({ name, dailyLift: input.recovery[name] * input.volumeAtRiskDailyUsd })),
  };
  return { model: computeModel(model), rewardPerDollar: costRate, washTradingPays: costRate > 2 * input.fees.taker };
}
