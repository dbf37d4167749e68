import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../../src/cli/run-cli';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(argv: readonly string[], files: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(new Error(`ENOENT: no such file '${path}'`)) : Promise.resolve(text);
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const model = {
  durationDays: 28,
  fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.45 },
  costs: { fixed: 68_500, rebateRate: 0.00002, referralRate: 0.00001 },
  baselineDailyVolume: 20_000_000,
  scenarios: [{ name: 'low', dailyLift: 2_000_000 }, { name: 'base', dailyLift: 6_000_000 }, { name: 'high', dailyLift: 12_000_000 }],
};

type ModelJson = {
  netFeeRate: number; variableCostRate: number; breakEvenDailyLift: number | null; verdict: string;
  scenarios: { name: string; incrementalVolume: number; incrementalRevenue: number; cost: number; incrementalNet: number; roi: number | null; breakEvenDay: number | null; burn: number[] }[];
};

const runModel = async (input: unknown): Promise<ModelJson> => {
  const result = await run(['campaign', 'model', 'model.json', '--json'], { 'model.json': JSON.stringify(input) });
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as ModelJson;
};

describe('launch-control campaign model --json', () => {
  it('prints exactly the contract fields, each by its definition', async () => {
    const result = await run(['campaign', 'model', 'model.json', '--json'], { 'model.json': JSON.stringify(model) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as ModelJson;
    expect(Object.keys(out)).toEqual(['netFeeRate', 'variableCostRate', 'breakEvenDailyLift', 'scenarios', 'verdict']);
    const r = 0.45 * 0.0002 + 0.55 * 0.0005;
    const v = 0.00003;
    expect(out.netFeeRate).toBeCloseTo(r, 15);
    expect(out.variableCostRate).toBeCloseTo(v, 15);
    expect(out.breakEvenDailyLift).toBeCloseTo((68_500 / 28 + v * 20_000_000) / (r - v), 4);
    expect(out.scenarios.map((s) => Object.keys(s))).toEqual(Array(3).fill(['name', 'incrementalVolume', 'incrementalRevenue', 'cost', 'incrementalNet', 'roi', 'breakEvenDay', 'burn']));
    model.scenarios.forEach((input, i) => {
      const s = out.scenarios[i];
      const lift = input.dailyLift;
      const cost = 68_500 + v * (20_000_000 + lift) * 28;
      expect(s?.name).toBe(input.name);
      expect(s?.incrementalVolume).toBe(lift * 28);
      expect(s?.incrementalRevenue).toBeCloseTo(r * lift * 28, 6);
      expect(s?.cost).toBeCloseTo(cost, 6);
      expect(s?.incrementalNet).toBeCloseTo(r * lift * 28 - cost, 6);
      expect(s?.roi).toBeCloseTo((r * lift * 28 - cost) / cost, 12);
      expect(s?.burn).toHaveLength(28);
      expect(s?.burn[27]).toBeCloseTo(cost, 6);
    });
    // Low and base lose money, high breaks even on the first day its cumulative net turns >= 0.
    const firstDay = Array.from({ length: 28 }, (_, i) => i + 1).find((d) => r * 12e6 * d - 68_500 - v * 32e6 * d >= 0);
    expect(out.scenarios.map((s) => s.breakEvenDay)).toEqual([null, null, firstDay]);
    expect(out.verdict).toBe('all-buzz-no-profit');
  });

  it.each([
    // [what, model change, expected]
    ['r <= v: never breaks even at any lift', { costs: { fixed: 1000, rebateRate: 0.0003, referralRate: 0.0001 } },
      { breakEvenDailyLift: null, breakEvenDays: [null, null, null], verdict: 'all-buzz-no-profit' }],
    ['r = v exactly: never breaks even', { fees: { maker: 0.0001, taker: 0.0001, makerShare: 0.5 }, costs: { fixed: 0, rebateRate: 0.00005, referralRate: 0.00005 } },
      { breakEvenDailyLift: null, verdict: 'all-buzz-no-profit' }],
    ['zero lift: no revenue, roi -1, no break-even', { scenarios: [{ name: 'base', dailyLift: 0 }] },
      { breakEvenDailyLift: 'finite', breakEvenDays: [null], rois: [-1], revenue: [0], verdict: 'all-buzz-no-profit' }],
    ['zero lift and zero cost: roi is null, not NaN', { costs: { fixed: 0, rebateRate: 0, referralRate: 0 }, baselineDailyVolume: 0, scenarios: [{ name: 'base', dailyLift: 0 }] },
      { breakEvenDailyLift: 0, breakEvenDays: [1], rois: [null], verdict: 'profitable' }],
    ['one-day campaign: one burn day, break-even on day 1 or never', { durationDays: 1, costs: { fixed: 100, rebateRate: 0, referralRate: 0 }, baselineDailyVolume: 0,
      scenarios: [{ name: 'low', dailyLift: 100_000 }, { name: 'base', dailyLift: 1_000_000 }] },
      { breakEvenDailyLift: 100 / 0.000365, breakEvenDays: [null, 1], rois: [(36.5 - 100) / 100, (365 - 100) / 100], burnLengths: [1, 1], verdict: 'marginal' }],
  ] as const)('%s', async (_what, change, expected) => {
    const out = await runModel({ ...model, ...change });
    const e = expected as { breakEvenDailyLift: number | null | 'finite'; breakEvenDays?: readonly (number | null)[]; rois?: readonly (number | null)[]; revenue?: readonly number[]; burnLengths?: readonly number[]; verdict: string };
    if (e.breakEvenDailyLift === 'finite') expect(Number.isFinite(out.breakEvenDailyLift)).toBe(true);
    else if (e.breakEvenDailyLift === null) expect(out.breakEvenDailyLift).toBeNull();
    else expect(out.breakEvenDailyLift).toBeCloseTo(e.breakEvenDailyLift, 6);
    if (e.breakEvenDays !== undefined) expect(out.scenarios.map((s) => s.breakEvenDay)).toEqual(e.breakEvenDays);
    else expect(out.scenarios.every((s) => s.breakEvenDay === null)).toBe(true);
    e.rois?.forEach((roi, i) => {
      if (roi === null) expect(out.scenarios[i]?.roi).toBeNull();
      else expect(out.scenarios[i]?.roi).toBeCloseTo(roi, 9);
    });
    e.revenue?.forEach((revenue, i) => { expect(out.scenarios[i]?.incrementalRevenue).toBe(revenue); });
    e.burnLengths?.forEach((length, i) => { expect(out.scenarios[i]?.burn).toHaveLength(length); });
    expect(out.verdict).toBe(e.verdict);
  });

  it('prints a readable report without --json: verdict first, scenarios, sensitivity and the wash-trading warning', async () => {
    const generous = { ...model, costs: { fixed: 5_000_000, rebateRate: 0.0004, referralRate: 0.0002 } };
    const result = await run(['campaign', 'model', 'm.json'], { 'm.json': JSON.stringify(generous) });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Verdict: +ALL BUZZ, NO PROFIT/);
    expect(result.stdout).toContain('Break-even daily lift: never (r <= v');
    expect(result.stdout).toMatch(/^base +\$6,000,000 +\$168,000,000 /m);
    expect(result.stdout).toContain('wash trading pays');
    expect(result.stdout).toMatch(/^ {2}baseLift +-?\d+\.\d% +-?\d+\.\d%$/m);
    const plain = await run(['campaign', 'model', 'm.json'], { 'm.json': JSON.stringify(model) });
    expect(plain.stdout).not.toContain('wash trading pays');
  });
});

describe('launch-control campaign model: errors', () => {
  it.each([
    [{ ...model, durationDays: 0 }, 'durationDays:'],
    [{ ...model, durationDays: 1.5 }, 'durationDays:'],
    [{ ...model, fees: { maker: 0.0002, taker: 0.0005 } }, 'fees.makerShare:'],
    [{ ...model, fees: { ...model.fees, makerShare: 1.2 } }, 'fees.makerShare:'],
    [{ ...model, costs: { ...model.costs, fixed: -1 } }, 'costs.fixed:'],
    [{ ...model, scenarios: [] }, 'scenarios:'],
    [{ ...model, scenarios: [{ name: 'base', dailyLift: 'lots' }] }, 'scenarios[0].dailyLift:'],
    [{ ...model, duration: 28 }, 'model: Unrecognized key: "duration"'],
    [[1, 2], 'model:'],
  ])('names the field of %j and exits 1', async (bad, field) => {
    const result = await run(['campaign', 'model', 'model.json', '--json'], { 'model.json': JSON.stringify(bad) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('model.json is not a valid model');
    expect(result.stderr).toContain(field);
  });

  it.each([
    [['campaign'], 'campaign needs a command: model or audit'],
    [['campaign', 'simulate'], 'unknown campaign command "simulate"'],
    [['campaign', 'model'], 'campaign model needs a model file'],
    [['campaign', 'model', 'a.json', 'b.json'], 'campaign model takes one model file, got 2'],
    [['campaign', 'model', 'model.json', '--yaml'], 'unknown option "--yaml" for campaign model'],
    [['campaign', 'model', 'missing.json'], 'cannot read missing.json'],
    [['campaign', 'model', 'garbled.json'], 'garbled.json is not valid JSON'],
  ])('%j exits 1 saying %s', async (argv, message) => {
    const result = await run(argv, { 'model.json': JSON.stringify(model), 'garbled.json': '{"durationDays":' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`error: ${message}`);
  });

  it('prints the campaign help and exits 0', async () => {
    for (const argv of [['campaign', '--help'], ['campaign', 'audit', '-h'], ['--help']]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('launch-control campaign audit --participants <csv> [--trades <csv>]');
    }
  });
});

// A participants file as an export tool writes it: BOM, semicolons, CRLF, a quoted field holding the delimiter,
// an extra column, and planted bad rows (line 6 bad group, line 7 bad timestamp, line 8 a second A1).
const PARTICIPANTS = [
  '\uFEFFAccount_ID;group;registered_at;first_trade_at;volume_usd;fees_usd;rewards_usd;net_deposit_usd;net_deposit_d30_usd;device_id;ip_hash;withdrawal_address;note',
  'A1;treatment;2027-02-01T08:00:00Z;2027-02-02T10:00:00Z;5000;5;100;1000;800;dA1;iA1;wA1;"vip; referred"',
  'A2;Treatment;2027-02-01T09:00:00Z;2027-02-03T10:00:00Z;8000;8;100;2000;1000;dA2;iA2;wA2;',
  'S1;treatment;2027-02-01T10:00:00Z;2027-02-04T10:00:00Z;3000;3;300;500;0;dS1;iS1;wS1;',
  'C1;control;2027-02-01T11:00:00Z;2027-02-05T10:00:00Z;1000;1;0;700;700;dC1;iC1;wC1;',
  'A3;vip;2027-02-01T12:00:00Z;;0;0;0;0;0;dA3;iA3;wA3;',
  'A4;treatment;yesterday;;0;0;0;0;0;dA4;iA4;wA4;',
  'A1;treatment;2027-02-01T08:00:00Z;;0;0;0;0;0;dA1;iA1;wA1;',
  'C2;control;2027-02-01T13:00:00Z;2027-03-05T10:00:00Z;1000;1;0;700;700;dC2;iC2;wC2;',
  '',
].join('\r\n');

// S1 trades with itself three times (one day, one symbol, nothing kept at day 30: also thin); A1 and A2 trade
// twice; line 6 is not a number, line 7 has too few fields.
const TRADES = [
  'trade_id,ts,symbol,buyer_account,seller_account,notional_usd',
  'T1,2027-02-04T10:00:00Z,SOLUSDT,S1,S1,1000',
  'T2,2027-02-04T11:00:00Z,SOLUSDT,S1,S1,1000',
  'T3,2027-02-04T12:00:00Z,SOLUSDT,S1,S1,1000',
  'T4,2027-02-05T10:00:00Z,BTCUSDT,A1,A2,500',
  'T5,2027-02-06T10:00:00Z,BTCUSDT,A2,A1,abc',
  'T6,2027-02-07T10:00:00Z,BTCUSDT',
  'T7,2027-02-08T10:00:00Z,ETHUSDT,A2,A1,1500',
  '',
].join('\n');

const auditFiles = { 'participants.csv': PARTICIPANTS, 'trades.csv': TRADES };
const WINDOW = ['--start', '2027-02-01', '--end', '2027-02-28', '--fixed-cost', '1000'];

describe('launch-control campaign audit --json', () => {
  it('prints exactly the contract fields: each file accounted for by line, the flagged accounts, the summary', async () => {
    const result = await run(['campaign', 'audit', '--participants', 'participants.csv', '--trades', 'trades.csv', ...WINDOW, '--json'], auditFiles);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Cost 1000 + rewards 500 over (2 genuine first traders - the control's rate 1/2 x 3 treated = 1.5);
    // retention: A1 and A2 keep 800 + 1000 of 3000 (S1 is abuse); wash: S1's 3000 of 5000 traded.
    expect(JSON.parse(result.stdout)).toEqual({
      participants: { rows: 8, accepted: 5, rejected: [{ line: 6, reason: 'bad-group' }, { line: 7, reason: 'bad-timestamp' }, { line: 8, reason: 'duplicate-key' }] },
      trades: { rows: 7, accepted: 5, rejected: [{ line: 6, reason: 'not-a-number' }, { line: 7, reason: 'field-count' }] },
      flagged: [{ account: 'S1', reasons: ['self-match', 'thin-activity'] }],
      summary: { genuineFirstTraders: 2, washVolumeShare: 0.6, trueCac: 3000, capitalRetentionD30: 0.6 },
    });
  });

  it('counts first traders inside the window only; by default every first trade counts', async () => {
    const all = await run(['campaign', 'audit', '--participants=participants.csv', '--json'], auditFiles);
    expect(all.code).toBe(0);
    const out = JSON.parse(all.stdout) as { trades: unknown; summary: Record<string, unknown>; flagged: unknown[] };
    // Without trades: no self-match, no wash share; both control accounts converted, so no genuine lift to pay for.
    expect(out.trades).toBeNull();
    expect(out.flagged).toEqual([]);
    expect(out.summary).toEqual({ genuineFirstTraders: 3, washVolumeShare: null, trueCac: null, capitalRetentionD30: (800 + 1000 + 0) / 3500 });
  });

  it('prints a readable report without --json, rejected rows with their column, flags with their evidence', async () => {
    const result = await run(['campaign', 'audit', '--participants', 'participants.csv', '--trades', 'trades.csv', ...WINDOW], auditFiles);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Participants (participants.csv): 8 rows, 5 accepted, 3 rejected');
    expect(result.stdout).toContain('  extra columns ignored: note');
    expect(result.stdout).toContain('  line 7: bad-timestamp (registered_at)');
    expect(result.stdout).toMatch(/^True CAC: +\$3,000$/m);
    expect(result.stdout).toMatch(/^Wash volume share: +60\.00%$/m);
    expect(result.stdout).toContain('  S1: self-match, thin-activity\n    self-match: bought from and sold to itself ($3,000)');
  });

  it('shows file content on a terminal without its control characters', async () => {
    const hostile = `${PARTICIPANTS.split('\r\n')[0] ?? ''}\r\nS\u001b[2J1;treatment;2027-02-01T10:00:00Z;2027-02-04T10:00:00Z;3000;3;300;500;0;d\u001b]0;x\u0007;i;w;\r\n`;
    const trades = 'trade_id,ts,symbol,buyer_account,seller_account,notional_usd\nT1,2027-02-04T10:00:00Z,SOL,S\u001b[2J1,S\u001b[2J1,10\n';
    const result = await run(['campaign', 'audit', '--participants', 'p.csv', '--trades', 't.csv'], { 'p.csv': hostile, 't.csv': trades });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('S?[2J1: self-match');
    expect(result.stdout).not.toContain('\u001b');
  });
});

describe('launch-control campaign audit: errors', () => {
  it.each([
    [['campaign', 'audit', '--json'], 'campaign audit needs --participants <csv>'],
    [['campaign', 'audit', '--participants'], '--participants needs a value'],
    [['campaign', 'audit', '--participants', '--json'], '--participants needs a value'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--trades='], '--trades needs a value'],
    [['campaign', 'audit', '--participants', 'a.csv', '--participants', 'b.csv'], '--participants is given twice'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--accounts', 'x.csv'], 'unknown option "--accounts" for campaign audit'],
    [['campaign', 'audit', 'participants.csv'], 'unexpected argument "participants.csv"'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--start', '2027-02-30'], '--start: expected a date YYYY-MM-DD, got "2027-02-30"'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--start', '2027-03-01', '--end', '2027-02-01'], '--start 2027-03-01 is after --end 2027-02-01'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--fixed-cost', '-5'], '--fixed-cost: expected an amount in USD >= 0, got "-5"'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--fixed-cost=ten'], '--fixed-cost: expected an amount in USD >= 0, got "ten"'],
    [['campaign', 'audit', '--participants', 'missing.csv'], 'cannot read missing.csv'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--trades', 'missing.csv'], 'cannot read missing.csv'],
    [['campaign', 'audit', '--participants', 'empty.csv'], 'empty.csv is empty: expected a participants header line'],
    [['campaign', 'audit', '--participants', 'trades.csv'], 'trades.csv is not a participants file: missing columns account_id, group, registered_at'],
    [['campaign', 'audit', '--participants', 'participants.csv', '--trades', 'twice.csv'], 'twice.csv is not a trades file: column given twice: symbol'],
  ])('%j exits 1 saying %s', async (argv, message) => {
    const files = { ...auditFiles, 'empty.csv': '', 'twice.csv': 'trade_id,ts,symbol,SYMBOL,buyer_account,seller_account,notional_usd\n' };
    const result = await run(argv, files);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('the built launch-control binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lc-cli-campaign-'));
  const bin = join(__dirname, '..', '..', 'bin', 'launch-control.js');
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('streams the CSV files from disk and prints the same audit as the in-memory run', async () => {
    writeFileSync(join(dir, 'participants.csv'), PARTICIPANTS);
    writeFileSync(join(dir, 'trades.csv'), TRADES);
    const spawned = cli('campaign', 'audit', '--participants', join(dir, 'participants.csv'), '--trades', join(dir, 'trades.csv'), ...WINDOW, '--json');
    expect(spawned.stderr).toBe('');
    expect(spawned.status).toBe(0);
    const inMemory = await run(['campaign', 'audit', '--participants', 'participants.csv', '--trades', 'trades.csv', ...WINDOW, '--json'], auditFiles);
    expect(spawned.stdout).toBe(inMemory.stdout);
  });

  it('runs the model file and exits 1 naming a missing file or a folder', () => {
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    const ok = cli('campaign', 'model', join(dir, 'model.json'), '--json');
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as ModelJson).verdict).toBe('all-buzz-no-profit');
    const missing = cli('campaign', 'audit', '--participants', join(dir, 'nope.csv'), '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'nope.csv')}`);
    const folder = cli('campaign', 'audit', '--participants', dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('not a file');
  });
});
