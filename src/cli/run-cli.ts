// The `launch-control` command line, as a function of its arguments and an injected io, so tests run it in
// memory. Exit codes: 0 = done, 1 = bad usage, unreadable or invalid file, 2 = the plan's links form a loop.

import type { CsvSource } from '../domain/metrics';
import { computeSchedule } from '../domain/schedule';
import { CAMPAIGN_USAGE, runCampaign } from './campaign';
import { formatScheduleJson, formatScheduleTable } from './format-schedule';
import { describeProblem, readPlanFile, type FieldProblem } from './plan-file';
import { METRICS_USAGE, runMetricsCommand } from './metrics-diagnose';

export interface CliIo {
  readonly readFile: (path: string) => Promise<string>;
  /** Opens a CSV file for streaming (a Node stream in the binary); without it CSV files are read whole. */
  readonly openCsv?: (path: string) => Promise<CsvSource>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE = `Usage: launch-control schedule <plan.json> [--json]
       launch-control metrics diagnose <daily-metrics.csv> [--funnel <csv>] [--json]
       launch-control --help

Schedules a plan with the critical path method and prints ES/EF/LS/LF, total and free float,
the critical path and the finish forecast.

Plan file:
  {"calendar": {"start": "2026-12-01", "workdays": ["Mon","Tue","Wed","Thu","Fri"], "holidays": ["2026-12-25"]},
   "deadline": "2027-01-29",
   "tasks": [{"id": "PERP-101", "name": "Matching engine", "duration": 3}],
   "links": [{"from": "PERP-101", "to": "PERP-102", "type": "FS", "lag": 0}]}
  Durations and lags are in working days; type is FS, SS, FF or SF (default FS), lag defaults to 0.
  The calendar's workdays default to Mon-Fri and its holidays to none.
  Tasks may carry actualStart / actualFinish dates and an assignee.

Options:
  --json   print {"finish", "tasks", "criticalPath", "cycles"} as JSON
  --help   show this help

Exit codes: 0 scheduled, 1 bad usage or invalid plan file, 2 the links form a loop.

${CAMPAIGN_USAGE}`;

/** Runs the CLI with the arguments after the program name; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] !== 'campaign' && (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')) {
    io.stdout(argv[0] === 'metrics' ? METRICS_USAGE : USAGE);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === 'metrics') return runMetricsCommand(rest, io);
  if (command === 'campaign') {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(CAMPAIGN_USAGE);
      return 0;
    }
    return runCampaign(rest, io);
  }
  if (command !== 'schedule') {
    io.stderr(command === undefined ? USAGE : `error: unknown command "${command}"\n\n${USAGE}`);
    return 1;
  }
  const unknown = rest.filter((arg) => arg.startsWith('-') && arg !== '--json');
  const files = rest.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    const reason = unknown.length > 0 ? `unknown option "${unknown[0] ?? ''}"` : 'expected exactly one plan file';
    io.stderr(`error: ${reason}\n\n${USAGE}`);
    return 1;
  }
  const path = files[0] ?? '';
  const json = rest.includes('--json');

  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.stderr(`error: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(`error: ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const file = readPlanFile(data);
  if (file.kind === 'invalid') return reportProblems(path, file.problems, io);

  const result = computeSchedule(file.plan);
  switch (result.kind) {
    case 'invalid':
      return reportProblems(path, result.problems.map(describeProblem), io);
    case 'cycles':
      if (json) io.stdout(`${JSON.stringify({ cycles: result.cycles }, null, 2)}\n`);
      io.stderr(
        `error: the links form ${result.cycles.length === 1 ? 'a loop' : `${result.cycles.length} loops`}, so there is no schedule:\n` +
          result.cycles.map((loop) => `  ${[...loop, loop[0] ?? ''].join(' -> ')}\n`).join(''),
      );
      return 2;
    case 'scheduled':
      io.stdout(json ? formatScheduleJson(result) : formatScheduleTable(file.plan, result));
      return 0;
  }
}

function reportProblems(path: string, problems: readonly FieldProblem[], io: CliIo): number {
  io.stderr(`error: ${path} is not a valid plan:\n${problems.map((p) => `  ${p.path}: ${p.message}\n`).join('')}`);
  return 1;
}
