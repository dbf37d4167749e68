// How the CLI prints the campaign model and audit: the --json documents (fixed shapes that scripts rely on,
// issue 11) and the readable reports (verdict first, then the scenarios, the sensitivity, the warnings).
import type { AuditResult, ModelInput, ModelResult, SensitivityBar } from '../domain/campaign';
import type { ImportCounts } from '../domain/metrics';

/** The model's `--json` document, field by field in the contract's order. */
export function formatModelJson(result: ModelResult): string {
  const document = {
    netFeeRate: result.netFeeRate,
    variableCostRate: result.variableCostRate,
    breakEvenDailyLift: result.breakEvenDailyLift,
    scenarios: result.scenarios.map((s) => ({
      name: s.name,
      incrementalVolume: s.incrementalVolume,
      incrementalRevenue: s.incrementalRevenue,
      cost: s.cost,
      incrementalNet: s.incrementalNet,
      roi: s.roi,
      breakEvenDay: s.breakEvenDay,
      burn: s.burn,
    })),
    verdict: result.verdict,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const usd = (value: number): string => `${value < 0 ? '-' : ''}$${Math.round(Math.abs(value)).toLocaleString('en-US')}`;
const percent = (value: number | null, digits = 1): string => (value === null ? 'n/a' : `${(100 * value).toFixed(digits)}%`);
const bp = (rate: number): string => `${(rate * 10_000).toFixed(2)} bp`;

const VERDICT_WORDS: Readonly<Record<ModelResult['verdict'], string>> = {
  'all-buzz-no-profit': 'ALL BUZZ, NO PROFIT (the base case loses money)',
  marginal: 'MARGINAL (the base case pays, the low case loses money)',
  profitable: 'PROFITABLE (even the low case pays)',
};

/** A table of cells: the first column left-aligned, the others right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The readable model: verdict, rates, break-even lift, the scenarios, the reward warning, the sensitivity. */
export function formatModelText(input: ModelInput, result: ModelResult, bars: readonly SensitivityBar[], reward: { readonly perDollar: number | null; readonly washTradingPays: boolean }): string {
  const lines = [
    `Verdict:               ${VERDICT_WORDS[result.verdict]}`,
    `Net fee rate r:        ${bp(result.netFeeRate)} of volume`,
    `Variable cost rate v:  ${bp(result.variableCostRate)} of volume (rebates + referrals)`,
    `Break-even daily lift: ${result.breakEvenDailyLift === null ? 'never (r <= v: every extra $ of volume costs more than it earns)' : `${usd(result.breakEvenDailyLift)} a day over ${input.durationDays.toString()} days`}`,
    '',
    ...table(
      ['scenario', 'daily lift', 'incr. volume', 'incr. revenue', 'cost', 'incr. net', 'ROI', 'break-even day'],
      result.scenarios.map((s, i) => [
        s.name, usd(input.scenarios[i]?.dailyLift ?? 0), usd(s.incrementalVolume), usd(s.incrementalRevenue), usd(s.cost), usd(s.incrementalNet),
        percent(s.roi), s.breakEvenDay === null ? 'never' : `day ${s.breakEvenDay.toString()}`,
      ]),
    ),
    '',
  ];
  if (reward.washTradingPays && reward.perDollar !== null) {
    lines.push(`Warning: rewards of ${bp(reward.perDollar)} per $ of volume exceed 2 x the taker fee (${bp(2 * input.fees.taker)}): wash trading pays. Cap the rewards below it.`, '');
  }
  lines.push('Sensitivity of the base ROI (each input -20% / +20%, the rest held):');
  lines.push(...table(['input', '-20%', '+20%'], bars.map((b) => [b.input, percent(b.low), percent(b.high)])).map((l) => `  ${l}`), '');
  return lines.join('\n');
}

/** One imported file as the reports name it. */
export interface ImportReport {
  readonly path: string;
  readonly counts: ImportCounts;
  readonly extraColumns: readonly string[];
}

const countsJson = (counts: ImportCounts) => ({ rows: counts.rows, accepted: counts.accepted, rejected: counts.rejected.map((r) => ({ line: r.line, reason: r.reason })) });

/** The audit's `--json` document: both files' counts, the flagged accounts (abuse after overrides), the summary. */
export function formatAuditJson(participants: ImportReport, trades: ImportReport | null, audit: AuditResult): string {
  const document = {
    participants: countsJson(participants.counts),
    trades: trades === null ? null : countsJson(trades.counts),
    flagged: audit.flagged.filter((f) => f.abuse).map((f) => ({ account: f.account, reasons: f.reasons })),
    summary: {
      genuineFirstTraders: audit.summary.genuineFirstTraders,
      washVolumeShare: audit.summary.washVolumeShare,
      trueCac: audit.summary.trueCac,
      capitalRetentionD30: audit.summary.capitalRetentionD30,
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const SHOWN = 20;

/** File content shown on a terminal: control characters (escape sequences) as `?`. */
// eslint-disable-next-line no-control-regex
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function importLines(label: string, report: ImportReport): string[] {
  const { counts } = report;
  const lines = [`${label} (${report.path}): ${counts.rows.toString()} rows, ${counts.accepted.toString()} accepted, ${counts.rejected.length.toString()} rejected`];
  if (report.extraColumns.length > 0) lines.push(`  extra columns ignored: ${report.extraColumns.map(clean).join(', ')}`);
  for (const r of counts.rejected.slice(0, SHOWN)) lines.push(`  line ${r.line.toString()}: ${r.reason}${r.column === undefined ? '' : ` (${r.column})`}`);
  if (counts.rejected.length > SHOWN) lines.push(`  ... and ${(counts.rejected.length - SHOWN).toString()} more rejected rows (all of them with --json)`);
  return lines;
}

/** The readable audit: the files, the summary, then every flagged account with its evidence. */
export function formatAuditText(participants: ImportReport, trades: ImportReport | null, audit: AuditResult): string {
  const s = audit.summary;
  const flagged = audit.flagged.filter((f) => f.abuse);
  const lines = [
    ...importLines('Participants', participants),
    ...(trades === null ? ['Trades: not given (self-match, closed loops, thin activity and wash volume need --trades)'] : importLines('Trades', trades)),
    '',
    `First traders:          ${s.firstTraders.toString()} (treatment), ${s.genuineFirstTraders.toString()} genuine after abuse flags`,
    `Baseline conversions:   ${s.baselineConversions.toFixed(1)} (the control group's first-trade rate applied to treatment)`,
    `Cost:                   ${usd(s.costUsd)} (fixed cost + rewards paid to treatment)`,
    `Naive CAC:              ${s.naiveCac === null ? 'n/a' : usd(s.naiveCac)}`,
    `True CAC:               ${s.trueCac === null ? 'n/a (no genuine first traders above the baseline)' : usd(s.trueCac)}`,
    `Wash volume share:      ${s.washVolumeShare === null ? 'n/a (no trades)' : percent(s.washVolumeShare, 2)}`,
    `Capital retention D30:  ${percent(s.capitalRetentionD30)}`,
    '',
    `Flagged accounts: ${flagged.length.toString()}`,
  ];
  for (const f of flagged) {
    lines.push(`  ${clean(f.account)}: ${f.reasons.join(', ')}`);
    for (const e of f.evidence) lines.push(`    ${e.reason}: ${clean(e.detail)}${e.amountUsd === undefined ? '' : ` (${usd(e.amountUsd)})`}`);
  }
  lines.push('');
  return lines.join('\n');
}
