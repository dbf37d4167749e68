// The pre-launch model (issue 11, a contract): per scenario of daily volume lift l over D days with baseline B,
// revenue = r x l x D, cost = fixed + v x (B + l) x D, net = revenue - cost, roi = net / cost, the first
// break-even day, the burn (cumulative cost by day) and the verdict; r and v as the issue defines them.

export interface ModelInput {
  readonly durationDays: number;
  readonly fees: { readonly maker: number; readonly taker: number; readonly makerShare: number };
  readonly costs: { readonly fixed: number; readonly rebateRate: number; readonly referralRate: number };
  readonly baselineDailyVolume: number;
  readonly scenarios: readonly { readonly name: string; readonly dailyLift: number }[];
}

export interface ScenarioResult {
  readonly name: string;
  readonly incrementalVolume: number;
  readonly incrementalRevenue: number;
  readonly cost: number;
  readonly incrementalNet: number;
  /** null when the cost is zero (no ratio to speak of). */
  readonly roi: number | null;
  readonly breakEvenDay: number | null;
  /** Cumulative cost at the end of day 1..D. */
  readonly burn: readonly number[];
}

export const VERDICTS = ['all-buzz-no-profit', 'marginal', 'profitable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface ModelResult {
  readonly netFeeRate: number;
  readonly variableCostRate: number;
  readonly breakEvenDailyLift: number | null;
  readonly scenarios: readonly ScenarioResult[];
  readonly verdict: Verdict;
}

/** r = makerShare x maker + (1 - makerShare) x taker. */
export const netFeeRate = (fees: ModelInput['fees']): number => fees.makerShare * fees.maker + (1 - fees.makerShare) * fees.taker;

/** v = rebateRate + referralRate. */
export const variableCostRate = (costs: ModelInput['costs']): number => costs.rebateRate + costs.referralRate;

/** The net at the end of day d: r x l x d - fixed - v x (B + l) x d. */
const netOnDay = (r: number, v: number, fixed: number, base: number, lift: number, d: number): number => r * lift * d - fixed - v * (base + lift) * d;

/**
 * The first day d in 1..D on which the cumulative net is >= 0, else null. A walk over the days, exactly as defined:
 * a campaign lasts days, not millions of them, and a closed form disagrees with the definition where r is close to v.
 */
export function breakEvenDay(r: number, v: number, fixed: number, base: number, lift: number, days: number): number | null {
  for (let d = 1; d <= days; d++) if (netOnDay(r, v, fixed, base, lift, d) >= 0) return d;
  return null;
}

/** (fixed / D + v x B) / (r - v) when r > v, else null (no lift ever breaks even). */
export function breakEvenDailyLift(input: ModelInput): number | null {
  const r = netFeeRate(input.fees);
  const v = variableCostRate(input.costs);
  if (!(r > v) || input.durationDays < 1) return null;
  return (input.costs.fixed / input.durationDays + v * input.baselineDailyVolume) / (r - v);
}

function scenario(input: ModelInput, name: string, lift: number): ScenarioResult {
  const r = netFeeRate(input.fees);
  const v = variableCostRate(input.costs);
  const D = input.durationDays;
  const B = input.baselineDailyVolume;
  const fixed = input.costs.fixed;
  const revenue = r * lift * D;
  const cost = fixed + v * (B + lift) * D;
  const net = revenue - cost;
  return {
    name, incrementalVolume: lift * D, incrementalRevenue: revenue, cost, incrementalNet: net, roi: cost === 0 ? null : net / cost,
    breakEvenDay: breakEvenDay(r, v, fixed, B, lift, D),
    burn: Array.from({ length: Math.max(0, D) }, (_, i) => fixed + v * (B + lift) * (i + 1)),
  };
}

/** The scenario the verdict calls `name`: by that name, else by rank of lift (low = smallest, base = median). */
function pick(results: readonly ScenarioResult[], input: ModelInput, name: 'low' | 'base'): ScenarioResult | undefined {
  const named = results.find((s) => s.name.toLowerCase() === name);
  if (named !== undefined) return named;
  const ranked = [...input.scenarios].map((s, i) => ({ lift: s.dailyLift, i })).sort((a, b) => a.lift - b.lift);
  const at = name === 'low' ? ranked[0] : ranked[Math.floor((ranked.length - 1) / 2)];
  return at === undefined ? undefined : results[at.i];
}

/** base roi < 0 -> all-buzz-no-profit; else low roi < 0 -> marginal; else profitable (a null roi counts as not < 0). */
export function verdictOf(base: ScenarioResult | undefined, low: ScenarioResult | undefined): Verdict {
  if (base === undefined || (base.roi !== null && base.roi < 0)) return 'all-buzz-no-profit';
  if (low !== undefined && low.roi !== null && low.roi < 0) return 'marginal';
  return 'profitable';
}

/** The whole model for `input`. */
export function computeModel(input: ModelInput): ModelResult {
  const scenarios = input.scenarios.map((s) => scenario(input, s.name, s.dailyLift));
  return {
    netFeeRate: netFeeRate(input.fees),
    variableCostRate: variableCostRate(input.costs),
    breakEvenDailyLift: breakEvenDailyLift(input),
    scenarios,
    verdict: verdictOf(pick(scenarios, input, 'base'), pick(scenarios, input, 'low')),
  };
}

/** The base scenario's input, for the sensitivity and the reward warning. */
export const baseScenarioOf = (input: ModelInput) => {
  const scenarios = input.scenarios.map((s) => scenario(input, s.name, s.dailyLift));
  return pick(scenarios, input, 'base');
};
