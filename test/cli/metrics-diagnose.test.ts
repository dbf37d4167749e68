// `launch-control metrics diagnose` against its contract: the JSON shape (symbol only per symbol, drivers largest
// share first, gaps), the planted corpus found through CSV files, and exit 1 naming what is wrong.
import { runCli, type CliIo } from '../../src/cli/run-cli';
import { FORMAT_COLUMNS } from '../../src/domain/metrics';
import { buildDiagnosisCorpus } from '../domain/diagnosis/corpus';

async function run(argv: readonly string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => (files[path] === undefined ? Promise.reject(new Error(`ENOENT: no such file '${path}'`)) : Promise.resolve(files[path] ?? '')),
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

const corpus = buildDiagnosisCorpus();
const marketCsv = [FORMAT_COLUMNS['daily-metrics'].join(','), ...corpus.market.map((p) =>
  [p.date, p.symbol, p.volumeUsd, p.openInterestUsd, p.feeRevenueUsd, p.rebatesUsd, p.fundingPaidUsd, p.newUsers, p.activeTraders].join(','))].join('\n');
const funnelCsv = [FORMAT_COLUMNS.funnel.join(','), ...corpus.funnel.map((p) =>
  [p.date, p.segment, p.registered, p.kyc, p.deposited, p.transferred, p.firstTrade, p.repeatTrade].join(','))].join('\n');

interface Printed { anomalies: { date: string; metric: string; symbol?: string; change: number | null; score: number; drivers: { key: string; share: number }[] }[]; gaps: { date: string; symbol: string }[] }

describe('launch-control metrics diagnose --json', () => {
  it('prints the anomalies and gaps of the contract, finding every planted anomaly with its main driver', async () => {
    const result = await run(['metrics', 'diagnose', 'daily.csv', '--funnel', 'funnel.csv', '--json'], { 'daily.csv': marketCsv, 'funnel.csv': funnelCsv });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Printed;
    expect(Object.keys(printed)).toEqual(['anomalies', 'gaps']);
    for (const a of printed.anomalies) {
      expect(Object.keys(a)).toEqual(a.symbol === undefined ? ['date', 'metric', 'change', 'score', 'drivers'] : ['date', 'metric', 'symbol', 'change', 'score', 'drivers']);
      for (let i = 1; i < a.drivers.length; i++) expect((a.drivers[i - 1]?.share ?? 0) >= (a.drivers[i]?.share ?? 0)).toBe(true);
    }
    for (const planted of corpus.planted) {
      const hit = printed.anomalies.find((a) => a.date === planted.date && a.metric === planted.metric && a.symbol === planted.key);
      expect(hit).toBeDefined();
      if (planted.mainDriver !== undefined) expect(hit?.drivers[0]?.key).toBe(planted.mainDriver);
    }
    const byDateThenSymbol = (a: { date: string; symbol: string }, b: { date: string; symbol: string }) => (a.date + a.symbol < b.date + b.symbol ? -1 : 1);
    expect(printed.gaps).toEqual(corpus.gaps.map((g) => ({ date: g.date, symbol: g.key })).sort(byDateThenSymbol));
  });

  it('lists refused rows on stderr with their line and reason and diagnoses the rest', async () => {
    const bad = `${marketCsv}\n2026-13-01,BTCUSDT,1,1,1,1,1,1,1\n`;
    const result = await run(['metrics', 'diagnose', 'daily.csv', '--json'], { 'daily.csv': bad });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`line ${(corpus.market.length + 2).toString()}: bad-date (date)`);
  });

  it.each([
    [['metrics', 'diagnose'], 'expected a daily-metrics file'],
    [['metrics', 'diagnose', 'a.csv', 'b.csv'], 'expected one daily-metrics file, got 2'],
    [['metrics', 'diagnose', 'daily.csv', '--funnel'], '--funnel needs a file'],
    [['metrics', 'diagnose', 'daily.csv', '--threshold', 'x'], '--threshold needs a number'],
    [['metrics', 'diagnose', 'daily.csv', '--bogus'], 'unknown option "--bogus"'],
    [['metrics', 'judge', 'daily.csv'], 'unknown metrics command "judge"'],
    [['metrics', 'diagnose', 'missing.csv'], 'cannot read missing.csv'],
    [['metrics', 'diagnose', 'funnel.csv'], 'funnel.csv is not a daily-metrics file: its header is missing symbol'],
    [['metrics', 'diagnose', 'empty.csv'], 'empty.csv is empty'],
  ])('%j exits 1 naming what is wrong', async (argv, message) => {
    const result = await run(argv, { 'daily.csv': marketCsv, 'funnel.csv': funnelCsv, 'empty.csv': '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('prints a table without --json', async () => {
    const result = await run(['metrics', 'diagnose', 'daily.csv'], { 'daily.csv': marketCsv });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ anomalies, 5 gaps\n/);
    expect(result.stdout).toContain('gap: no row for DOGEUSDT');
  });
});
