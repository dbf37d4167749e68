// The post-campaign audit: lift against the control group (95% interval) after a sample-ratio check, or
// difference-in-differences on the funnel against a baseline window when there is no control; abuse flags with
// the analyst's overrides; genuine first traders, true CAC, capital retention at day 30, the funnel by stage.
import type { FunnelPoint, ParticipantFeatures, TradeFeatures } from '../metrics';
import { DEFAULT_THRESHOLDS, findAbuse, type AbuseReason, type AbuseThresholds, type Cluster, type FlagEvidence } from './abuse';
import { differenceInDifferences, meanDifference, sampleRatioCheck, type MeanDifference, type SampleRatio } from './stats';

export interface FlagOverride {
  readonly account: string;
  /** `genuine` clears the flags; `abuse` flags an account the heuristics let through. */
  readonly verdict: 'genuine' | 'abuse';
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

export interface AuditInput {
  readonly start: string;
  readonly end: string;
  /** The planned share of treatment in the split (for the sample-ratio check). */
  readonly expectedTreatmentShare: number;
  /** Fixed cost actually spent (prize pool, tokens, ops); the rewards paid come from the participants file. */
  readonly fixedCostUsd: number;
  readonly participants: readonly ParticipantFeatures[];
  readonly trades: TradeFeatures | null;
  readonly funnel: readonly FunnelPoint[];
  readonly baseline: { readonly start: string; readonly end: string } | null;
  readonly segments: { readonly treatment: string; readonly control: string };
  readonly overrides: readonly FlagOverride[];
  readonly thresholds?: AbuseThresholds;
}

export type Lift =
  | { readonly method: 'control'; readonly srm: SampleRatio; readonly volume: MeanDifference | null; readonly firstTradeRate: MeanDifference | null }
  | { readonly method: 'broken-split'; readonly srm: SampleRatio }
  | { readonly method: 'difference-in-differences'; readonly firstTradesPerDay: number; readonly treatmentPre: number; readonly treatmentPost: number; readonly controlPre: number; readonly controlPost: number }
  | { readonly method: 'none'; readonly why: 'no-control-no-baseline' };

export interface FlaggedAccount {
  readonly account: string;
  readonly reasons: readonly AbuseReason[];
  readonly evidence: readonly FlagEvidence[];
  /** Whether it counts as abuse after the analyst's override (if any). */
  readonly abuse: boolean;
  readonly override: FlagOverride | null;
}

export interface FunnelStage { readonly stage: FunnelStageName; readonly treatment: number; readonly control: number; readonly treatmentConversion: number | null; readonly controlConversion: number | null }
export const FUNNEL_STAGES = ['registered', 'kyc', 'deposited', 'transferred', 'firstTrade', 'repeatTrade'] as const;
export type FunnelStageName = (typeof FUNNEL_STAGES)[number];

export interface AuditResult {
  readonly lift: Lift;
  readonly flagged: readonly FlaggedAccount[];
  readonly clusters: readonly Cluster[];
  readonly summary: {
    readonly genuineFirstTraders: number;
    readonly firstTraders: number;
    readonly baselineConversions: number;
    readonly washVolumeShare: number | null;
    readonly costUsd: number;
    readonly naiveCac: number | null;
    readonly trueCac: number | null;
    readonly capitalRetentionD30: number | null;
  };
  readonly funnel: readonly FunnelStage[];
}

const inWindow = (instant: string | null, start: string, end: string): boolean => instant !== null && instant.slice(0, 10) >= start && instant.slice(0, 10) <= end;

function liftOf(input: AuditInput, treatment: readonly ParticipantFeatures[], control: readonly ParticipantFeatures[]): Lift {
  if (control.length > 0) {
    const srm = sampleRatioCheck(treatment.length, control.length, input.expectedTreatmentShare);
    if (srm.mismatch) return { method: 'broken-split', srm };
    const converted = (p: ParticipantFeatures) => (inWindow(p.firstTradeAt, input.start, input.end) ? 1 : 0);
    return {
      method: 'control', srm,
      volume: meanDifference(treatment.map((p) => p.volumeUsd), control.map((p) => p.volumeUsd)),
      firstTradeRate: meanDifference(treatment.map(converted), control.map(converted)),
    };
  }
  if (input.baseline === null) return { method: 'none', why: 'no-control-no-baseline' };
  const perDay = (segment: string, from: string, to: string): number => {
    const points = input.funnel.filter((f) => f.segment === segment && f.date >= from && f.date <= to);
    return points.length === 0 ? 0 : points.reduce((s, f) => s + f.firstTrade, 0) / points.length;
  };
  const { treatment: ts, control: cs } = input.segments;
  const tPre = perDay(ts, input.baseline.start, input.baseline.end);
  const tPost = perDay(ts, input.start, input.end);
  const cPre = perDay(cs, input.baseline.start, input.baseline.end);
  const cPost = perDay(cs, input.start, input.end);
  return { method: 'difference-in-differences', firstTradesPerDay: differenceInDifferences(tPre, tPost, cPre, cPost), treatmentPre: tPre, treatmentPost: tPost, controlPre: cPre, controlPost: cPost };
}

function funnelOf(input: AuditInput): FunnelStage[] {
  const sum = (segment: string, stage: FunnelStageName) => input.funnel
    .filter((f) => f.segment === segment && f.date >= input.start && f.date <= input.end).reduce((s, f) => s + f[stage], 0);
  return FUNNEL_STAGES.map((stage, i) => {
    const t = sum(input.segments.treatment, stage);
    const c = sum(input.segments.control, stage);
    const previous = i === 0 ? undefined : FUNNEL_STAGES[i - 1];
    const tp = previous === undefined ? 0 : sum(input.segments.treatment, previous);
    const cp = previous === undefined ? 0 : sum(input.segments.control, previous);
    return { stage, treatment: t, control: c, treatmentConversion: tp > 0 ? t / tp : null, controlConversion: cp > 0 ? c / cp : null };
  });
}

/** The whole audit of one campaign. */
export function auditCampaign(input: AuditInput): AuditResult {
  const treatment = input.participants.filter((p) => p.group === 'treatment');
  const control = input.participants.filter((p) => p.group === 'control');
  const findings = findAbuse(input.participants, input.trades, input.thresholds ?? DEFAULT_THRESHOLDS);
  const overrides = new Map(input.overrides.map((o) => [o.account, o]));
  const flaggedBy = new Map(findings.flags.map((f) => [f.account, f]));
  const accounts = new Set([...flaggedBy.keys(), ...overrides.keys()]);
  const flagged: FlaggedAccount[] = [...accounts].sort().map((account) => {
    const evidence = flaggedBy.get(account)?.evidence ?? [];
    const override = overrides.get(account) ?? null;
    const abuse = override === null ? evidence.length > 0 : override.verdict === 'abuse';
    return { account, reasons: [...new Set(evidence.map((e) => e.reason))], evidence, abuse, override };
  });
  const abusive = new Set(flagged.filter((f) => f.abuse).map((f) => f.account));

  const firstTraders = treatment.filter((p) => inWindow(p.firstTradeAt, input.start, input.end));
  const genuine = firstTraders.filter((p) => !abusive.has(p.account));
  const controlRate = control.length === 0 ? 0 : control.filter((p) => inWindow(p.firstTradeAt, input.start, input.end)).length / control.length;
  const baselineConversions = controlRate * treatment.length;
  const costUsd = input.fixedCostUsd + treatment.reduce((s, p) => s + p.rewardsUsd, 0);
  const denominator = genuine.length - baselineConversions;
  const kept = treatment.filter((p) => !abusive.has(p.account) && p.netDepositUsd > 0);
  const deposited = kept.reduce((s, p) => s + p.netDepositUsd, 0);
  return {
    lift: liftOf(input, treatment, control),
    flagged,
    clusters: findings.clusters,
    summary: {
      genuineFirstTraders: genuine.length,
      firstTraders: firstTraders.length,
      baselineConversions,
      washVolumeShare: findings.totalVolumeUsd > 0 ? findings.washVolumeUsd / findings.totalVolumeUsd : null,
      costUsd,
      naiveCac: firstTraders.length > 0 ? costUsd / firstTraders.length : null,
      trueCac: denominator > 0 ? costUsd / denominator : null,
      capitalRetentionD30: deposited > 0 ? kept.reduce((s, p) => s + Math.max(0, p.netDepositD30Usd), 0) / deposited : null,
    },
    funnel: funnelOf(input),
  };
}
