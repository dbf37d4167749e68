// `launch-control metrics diagnose <daily-metrics.csv> [--funnel <csv>] [--threshold n] [--min-history n] --json`:
// the daily business diagnosis over files, with the same import checks and detector as the macro. The JSON is a
// contract (issue 12): {"anomalies": [{"date", "metric", "symbol"?, "change", "score", "drivers": [{"key", "share"}]}],
// "gaps": [{"date", "symbol"}]}. Refused rows are listed on stderr (line and reason) and the rest is diagnosed.
import { rowChecker } from '../contract/metric-rows';
import { detectFunnelAnomalies, detectMarketAnomalies, type DetectedAnomaly, type DetectSettings } from '../domain/diagnosis/detect';
import { DEFAULT_SETTINGS } from '../domain/diagnosis/vocabulary';
import { parseMetricFile, type ImportOutcome, type MetricFormat } from '../domain/metrics';
import type { CliIo } from './run-cli';

export const METRICS_USAGE = `Usage: launch-control metrics diagnose <daily-metrics.csv> [--funnel <funnel.csv>] [--threshold <n>] [--min-history <days>] [--json]

Judges every metric of the daily metrics (total and per symbol) and of the funnel (total) against a
day-of-week seasonal baseline with robust (median/MAD) scores, and names each anomaly's drivers.

Options:
  --funnel <csv>        a funnel file (date, segment, registered, kyc, deposited, transferred, first_trade, repeat_trade)
  --threshold <n>       robust score at or above which a day is an anomaly (default ${DEFAULT_SETTINGS.threshold.toString()})
  --min-history <days>  days of a series before it is judged (default ${DEFAULT_SETTINGS.minHistory.toString()}, at least 7)
  --json                print {"anomalies": [...], "gaps": [...]} as JSON

Exit codes: 0 diagnosed, 1 bad usage or an unreadable file.
`;

interface Parsed { readonly file: string; readonly funnel?: string; readonly json: boolean; readonly threshold: number; readonly minHistory: number }

function parseArgs(args: readonly string[]): Parsed | string {
  const files: string[] = [];
  let funnel: string | undefined;
  let json = false;
  let threshold: number = DEFAULT_SETTINGS.threshold;
  let minHistory: number = DEFAULT_SETTINGS.minHistory;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => {
      const next = args[i + 1];
      i += 1;
      return next === undefined || next.startsWith('--') ? undefined : next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--funnel') {
      const v = value();
      if (v === undefined) return '--funnel needs a file';
      funnel = v;
    } else if (arg === '--threshold') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 1 || v > 20) return '--threshold needs a number from 1 to 20';
      threshold = v;
    } else if (arg === '--min-history') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 7 || v > 365) return '--min-history needs a whole number of days from 7 to 365';
      minHistory = v;
    } else if (arg.startsWith('-')) return `unknown option "${arg}"`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length === 0 ? 'expected a daily-metrics file' : `expected one daily-metrics file, got ${files.length.toString()}`;
  return { file: files[0] ?? '', json, threshold, minHistory, ...(funnel === undefined ? {} : { funnel }) };
}

async function readMetricFile<F extends MetricFormat>(format: F, path: string, io: CliIo): Promise<Extract<ImportOutcome<F>, { ok: true }> | string> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const outcome = await parseMetricFile(format, rowChecker(format), text);
  if (!outcome.ok) {
    if (outcome.problem === 'empty-file') return `${path} is empty: expected a ${format} file with a header row`;
    const h = outcome.header;
    const parts = [h !== undefined && h.missing.length > 0 ? `missing ${h.missing.join(', ')}` : '', h !== undefined && h.duplicated.length > 0 ? `repeated ${h.duplicated.join(', ')}` : ''].filter((p) => p !== '');
    return `${path} is not a ${format} file: its header is ${parts.join('; ')}`;
  }
  for (const row of outcome.counts.rejected.slice(0, 50)) io.stderr(`warning: ${path} line ${row.line.toString()}: ${row.reason}${row.column === undefined ? '' : ` (${row.column})`}; row skipped\n`);
  if (outcome.counts.rejected.length > 50) io.stderr(`warning: ${path}: ${(outcome.counts.rejected.length - 50).toString()} more rows skipped\n`);
  return outcome;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** One anomaly as the CLI contract prints it: symbol only for a per-symbol anomaly, drivers largest share first. */
export function anomalyJson(a: DetectedAnomaly): Record<string, unknown> {
  return {
    date: a.date, metric: a.metric, ...(a.key === undefined ? {} : { symbol: a.key }),
    change: a.change === null ? null : round(a.change, 6), score: round(a.score, 3),
    drivers: a.drivers.map((d) => ({ key: d.key, share: round(d.share, 6) })),
  };
}

function table(anomalies: readonly DetectedAnomaly[], gaps: readonly { date: string; key: string }[]): string {
  const lines = anomalies.map((a) => {
    const change = a.change === null ? 'n/a' : `${(a.change * 100).toFixed(1)}%`;
    const drivers = a.drivers.slice(0, 3).map((d) => `${d.key} ${(d.share * 100).toFixed(0)}%`).join(', ');
    return `${a.date}  ${a.metric.padEnd(18)} ${(a.key ?? 'total').padEnd(12)} ${change.padStart(8)}  score ${a.score.toFixed(1).padStart(6)}${drivers === '' ? '' : `  drivers: ${drivers}`}`;
  });
  const gapLines = gaps.map((g) => `${g.date}  gap: no row for ${g.key}`);
  return `${[`${anomalies.length.toString()} anomalies, ${gaps.length.toString()} gaps`, ...lines, ...gapLines].join('\n')}\n`;
}

/** Runs `metrics <subcommand> ...` (the arguments after `metrics`); resolves to the exit code. */
export async function runMetricsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'diagnose') {
    io.stderr(sub === undefined ? METRICS_USAGE : `error: unknown metrics command "${sub}"\n\n${METRICS_USAGE}`);
    return 1;
  }
  const parsed = parseArgs(rest);
  if (typeof parsed === 'string') {
    io.stderr(`error: ${parsed}\n\n${METRICS_USAGE}`);
    return 1;
  }
  const market = await readMetricFile('daily-metrics', parsed.file, io);
  if (typeof market === 'string') {
    io.stderr(`error: ${market}\n`);
    return 1;
  }
  const funnel = parsed.funnel === undefined ? undefined : await readMetricFile('funnel', parsed.funnel, io);
  if (typeof funnel === 'string') {
    io.stderr(`error: ${funnel}\n`);
    return 1;
  }
  const settings: DetectSettings = { threshold: parsed.threshold, minHistory: parsed.minHistory, perKey: true };
  const marketFound = detectMarketAnomalies(market.aggregate, settings);
  const funnelFound = funnel === undefined ? undefined : detectFunnelAnomalies(funnel.aggregate, settings);
  const anomalies = [...marketFound.anomalies, ...(funnelFound?.anomalies ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (parsed.json) {
    io.stdout(`${JSON.stringify({ anomalies: anomalies.map(anomalyJson), gaps: marketFound.gaps.map((g) => ({ date: g.date, symbol: g.key })) }, null, 2)}\n`);
  } else {
    io.stdout(table(anomalies, marketFound.gaps));
  }
  return 0;
}
