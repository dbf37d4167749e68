// `launch-control campaign model|audit` (issue 11, a contract): the pre-launch model of a model file and the
// post-campaign audit of a participants file (and optionally a trades file), run on the same domain code as the
// campaign ROI macro: the contract's model schema, the import formats' row schemas, papaparse streaming the files.
import { modelInputSchema } from '../contract/campaign-roi';
import { rowChecker } from '../contract/metric-rows';
import { auditCampaign, computeModel, rewardPerVolume, sensitivity, type AuditResult, type ModelInput } from '../domain/campaign';
import { parseMetricFile, type CsvSource, type ImportCounts, type MetricFormat, type ParticipantFeatures, type TradeFeatures } from '../domain/metrics';
import { parseIsoDate } from '../domain/schedule';
import { formatAuditJson, formatAuditText, formatModelJson, formatModelText, type ImportReport } from './format-campaign';
import { formatPath } from './plan-file';

export interface CampaignIo {
  readonly readFile: (path: string) => Promise<string>;
  /** Opens a CSV file for streaming (a Node stream in the binary); without it the file is read whole. */
  readonly openCsv?: (path: string) => Promise<CsvSource>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const CAMPAIGN_USAGE = `Usage: launch-control campaign model <model.json> [--json]
       launch-control campaign audit --participants <csv> [--trades <csv>] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                                     [--fixed-cost <usd>] [--json]

campaign model: the pre-launch model of a trading competition, airdrop or rebate programme.
  Model file:
  {"durationDays": 28,
   "fees": {"maker": 0.0002, "taker": 0.0005, "makerShare": 0.45},
   "costs": {"fixed": 68500, "rebateRate": 0.00002, "referralRate": 0.00001},
   "baselineDailyVolume": 20000000,
   "scenarios": [{"name": "low", "dailyLift": 2000000}, {"name": "base", "dailyLift": 6000000},
                 {"name": "high", "dailyLift": 12000000}]}
  Fees and rates are per $1 of volume (0.0005 = 5 bp); volumes and costs in USD.
  --json prints {"netFeeRate", "variableCostRate", "breakEvenDailyLift",
                 "scenarios": [{"name", "incrementalVolume", "incrementalRevenue", "cost", "incrementalNet", "roi",
                                "breakEvenDay", "burn"}], "verdict"}

campaign audit: the post-campaign audit of the participants (and their trades) net of wash trading and abuse.
  --participants  the participants CSV: account_id, group (treatment | control), registered_at, first_trade_at,
                  volume_usd, fees_usd, rewards_usd, net_deposit_usd, net_deposit_d30_usd, device_id, ip_hash,
                  withdrawal_address
  --trades        the trades CSV: trade_id, ts, symbol, buyer_account, seller_account, notional_usd
  --start, --end  the campaign window: first trades inside it count as acquired (default: any date)
  --fixed-cost    fixed cost spent in USD (prize pool, tokens, ops), added to the rewards paid (default 0)
  Headers match case-insensitively in any order; comma or semicolon; UTF-8 with or without BOM.
  --json prints {"participants": {"rows", "accepted", "rejected": [{"line", "reason"}]}, "trades": {...} | null,
                 "flagged": [{"account", "reasons"}],
                 "summary": {"genuineFirstTraders", "washVolumeShare", "trueCac", "capitalRetentionD30"}}

Exit codes: 0 done, 1 bad usage, an unreadable or invalid file.
`;

const fail = (io: CampaignIo, message: string, usage = true): number => {
  io.stderr(`error: ${message}\n${usage ? `\n${CAMPAIGN_USAGE}` : ''}`);
  return 1;
};

/** Runs `campaign <sub> ...` (the arguments after `campaign`); resolves to the exit code. */
export async function runCampaign(argv: readonly string[], io: CampaignIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'model') return runModel(rest, io);
  if (sub === 'audit') return runAudit(rest, io);
  return fail(io, sub === undefined ? 'campaign needs a command: model or audit' : `unknown campaign command "${sub}" (expected model or audit)`);
}

async function runModel(argv: readonly string[], io: CampaignIo): Promise<number> {
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--json');
  const files = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0) return fail(io, `unknown option "${unknown[0] ?? ''}" for campaign model`);
  if (files.length !== 1) return fail(io, files.length === 0 ? 'campaign model needs a model file' : `campaign model takes one model file, got ${files.length.toString()}`);
  const path = files[0] ?? '';
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return fail(io, `cannot read ${path}: ${messageOf(error)}`, false);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(io, `${path} is not valid JSON: ${messageOf(error)}`, false);
  }
  const parsed = modelInputSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${formatPath(issue.path).replace(/^plan$/, 'model')}: ${issue.message}\n`);
    return fail(io, `${path} is not a valid model:\n${problems.join('')}`.trimEnd(), false);
  }
  const input: ModelInput = parsed.data;
  const result = computeModel(input);
  io.stdout(argv.includes('--json') ? formatModelJson(result) : formatModelText(input, result, sensitivity(input), rewardPerVolume(input)));
  return 0;
}

const AUDIT_VALUES = ['--participants', '--trades', '--start', '--end', '--fixed-cost'] as const;
type AuditOption = (typeof AUDIT_VALUES)[number];

type Parsed = { readonly ok: true; readonly values: ReadonlyMap<AuditOption, string>; readonly json: boolean } | { readonly ok: false; readonly message: string };

/** `--name value` or `--name=value`, each at most once; `--json`; nothing else. */
function parseAuditArgs(argv: readonly string[]): Parsed {
  const values = new Map<AuditOption, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') {
      json = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = AUDIT_VALUES.find((o) => o === name);
    if (option === undefined) {
      return { ok: false, message: arg.startsWith('-') ? `unknown option "${name}" for campaign audit` : `unexpected argument "${arg}" (name the file with --participants or --trades)` };
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    }
    if (value === undefined || value === '') return { ok: false, message: `${option} needs a value` };
    if (values.has(option)) return { ok: false, message: `${option} is given twice` };
    values.set(option, value);
  }
  return { ok: true, values, json };
}

async function runAudit(argv: readonly string[], io: CampaignIo): Promise<number> {
  const args = parseAuditArgs(argv);
  if (!args.ok) return fail(io, args.message);
  const participantsPath = args.values.get('--participants');
  if (participantsPath === undefined) return fail(io, 'campaign audit needs --participants <csv>');
  const start = args.values.get('--start') ?? '0000-01-01';
  const end = args.values.get('--end') ?? '9999-12-31';
  for (const [option, date] of [['--start', args.values.get('--start')], ['--end', args.values.get('--end')]] as const) {
    if (date !== undefined && parseIsoDate(date) === undefined) return fail(io, `${option}: expected a date YYYY-MM-DD, got "${date}"`);
  }
  if (start > end) return fail(io, `--start ${start} is after --end ${end}`);
  const fixedText = args.values.get('--fixed-cost') ?? '0';
  const fixedCostUsd = /^\+?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(fixedText) ? Number(fixedText) : Number.NaN;
  if (!Number.isFinite(fixedCostUsd)) return fail(io, `--fixed-cost: expected an amount in USD >= 0, got "${fixedText}"`);

  const participants = await importFile(io, 'participants', participantsPath);
  if (!participants.ok) return fail(io, participants.message, false);
  const tradesPath = args.values.get('--trades');
  let trades: Imported<'trades'> | null = null;
  if (tradesPath !== undefined) {
    const imported = await importFile(io, 'trades', tradesPath);
    if (!imported.ok) return fail(io, imported.message, false);
    trades = imported;
  }
  const people: readonly ParticipantFeatures[] = participants.aggregate;
  const treated = people.filter((p) => p.group === 'treatment').length;
  const audit: AuditResult = auditCampaign({
    start, end,
    // The CLI prints no lift: the observed split stands in for the planned one.
    expectedTreatmentShare: people.length === 0 ? 0.5 : Math.min(0.99, Math.max(0.01, treated / people.length)),
    fixedCostUsd, participants: people, trades: trades === null ? null : (trades.aggregate satisfies TradeFeatures),
    funnel: [], baseline: null, segments: { treatment: 'treatment', control: 'control' }, overrides: [],
  });
  const participantsReport: ImportReport = { path: participantsPath, counts: participants.counts, extraColumns: participants.extraColumns };
  const tradesReport: ImportReport | null = trades === null || tradesPath === undefined ? null : { path: tradesPath, counts: trades.counts, extraColumns: trades.extraColumns };
  io.stdout(args.json ? formatAuditJson(participantsReport, tradesReport, audit) : formatAuditText(participantsReport, tradesReport, audit));
  return 0;
}

interface Imported<F extends 'participants' | 'trades'> {
  readonly ok: true;
  readonly counts: ImportCounts;
  readonly extraColumns: readonly string[];
  readonly aggregate: F extends 'participants' ? readonly ParticipantFeatures[] : TradeFeatures;
}

async function importFile<F extends 'participants' | 'trades'>(io: CampaignIo, format: F, path: string): Promise<Imported<F> | { readonly ok: false; readonly message: string }> {
  let source: CsvSource;
  try {
    source = io.openCsv === undefined ? await io.readFile(path) : await io.openCsv(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${messageOf(error)}` };
  }
  let outcome;
  try {
    outcome = await parseMetricFile(format as MetricFormat, rowChecker(format as MetricFormat), source);
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${messageOf(error)}` };
  }
  if (!outcome.ok) {
    if (outcome.problem === 'empty-file') return { ok: false, message: `${path} is empty: expected a ${format} header line` };
    const parts = [
      ...(outcome.header?.missing.length ? [`missing column${outcome.header.missing.length === 1 ? '' : 's'} ${outcome.header.missing.join(', ')}`] : []),
      ...(outcome.header?.duplicated.length ? [`column${outcome.header.duplicated.length === 1 ? '' : 's'} given twice: ${outcome.header.duplicated.join(', ')}`] : []),
    ];
    return { ok: false, message: `${path} is not a ${format} file: ${parts.join('; ')}` };
  }
  return { ok: true, counts: outcome.counts, extraColumns: outcome.extraColumns, aggregate: outcome.aggregate as Imported<F>['aggregate'] };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
