// The campaign audit's benchmarks (issue 11).
// `csv-1m`: a 1,000,000-row `trades` file streamed from disk through the app's own import (papaparse in streaming
// mode, the compiled row checks of src/contract/metric-rows.ts, the trades aggregator), against a bare streaming
// parse of the same file by the same library with the same settings, in the same process. Also printed: the peak
// heap and RSS above the starting heap during one import of the first 100,000 rows and of all 1,000,000 (it streams:
// the two must be about the same). The file's keys are bounded (2,000 takers, 10 market makers, 20 symbols, 30
// days), so whatever grows with the row count would be rows kept, not keys.
// `audit-10k`, `audit-100k`: `auditCampaign` (abuse flags, identity and loop clusters by union-find, the summary)
// over 10,000 / 100,000 participants and the aggregates of 100,000 / 1,000,000 trades (counterparties drawn from
// every participant, planted self-matches, round-trip rings and shared-device clusters), against one pass reading
// every value of the same inputs.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { rowChecker } from '../../src/contract/metric-rows';
import { auditCampaign, type AuditInput } from '../../src/domain/campaign';
import { CSV_SETTINGS, FORMAT_COLUMNS, createAggregator, parseMetricFile, type ParticipantFeatures, type TradeFeatures } from '../../src/domain/metrics';
import type { BenchCase } from '../harness';
import { mulberry32 } from '../../src/domain/random';

const ROWS = 1_000_000;
const SMALL_ROWS = 100_000;
const TAKERS = 2000;
const MAKERS = 10;
const SYMBOLS = 20;
const DAYS = 30;
const START_MS = Date.UTC(2026, 9, 1);
const DAY_MS = 86_400_000;
/** One row in this many is faulty (a negative or a missing notional, a bad timestamp), to take the refusal path. */
const FAULT_EVERY = 10_007;

const account = (prefix: string, n: number): string => `${prefix}-${n.toString().padStart(6, '0')}`;

/** Writes a `trades` file of `rows` rows in time order over 30 days, from a seeded PRNG (the same file every run). */
export function writeTradesFile(path: string, rows: number): void {
  const random = mulberry32(11);
  const fd = openSync(path, 'w');
  try {
    let batch = `${FORMAT_COLUMNS.trades.join(',')}\n`;
    for (let i = 0; i < rows; i++) {
      const ts = new Date(START_MS + Math.floor((i * DAYS * DAY_MS) / rows)).toISOString().replace('.000Z', 'Z');
      const taker = account('acct', Math.floor(random() * TAKERS));
      const maker = account('mm', Math.floor(random() * MAKERS));
      const takerBuys = random() < 0.5;
      const symbol = `SYM${Math.floor(random() * random() * SYMBOLS).toString().padStart(2, '0')}USDT`;
      let notional = (10 + random() * 25_000).toFixed(2);
      let stamp = ts;
      if (i % FAULT_EVERY === FAULT_EVERY - 1) {
        const kind = (i / FAULT_EVERY) % 3;
        if (kind < 1) notional = `-${notional}`;
        else if (kind < 2) notional = '';
        else stamp = 'yesterday';
      }
      batch += `T${i.toString()},${stamp},${symbol},${takerBuys ? taker : maker},${takerBuys ? maker : taker},${notional}\n`;
      if (batch.length > 1 << 20) {
        writeSync(fd, batch);
        batch = '';
      }
    }
    writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}

const open = (path: string) => createReadStream(path, { encoding: 'utf8' });

/** The app's import of one trades file, as the CLI runs it (a Node read stream into parseMetricFile). */
async function importTrades(path: string, rows: number, onProgress?: () => void) {
  const outcome = await parseMetricFile('trades', rowChecker('trades'), open(path), onProgress === undefined ? {} : { onProgress });
  if (!outcome.ok || outcome.counts.rows !== rows) throw new Error(`csv-1m: the import of ${path} did not account for ${rows.toString()} rows`);
  return outcome;
}

/** The floor: the same library streaming the same file with the same settings, doing nothing with the records. */
function bareParse(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let records = 0;
    Papa.parse<string[]>(open(path) as unknown as string, {
      ...CSV_SETTINGS,
      chunk(results: Papa.ParseResult<string[]>) { records += results.data.length; },
      complete() { resolve(records); },
      error(error: Error) { reject(error); },
    });
  });
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const MB = 1 << 20;

/** Peak heap and RSS above the collected heap before it, sampled after every chunk, during one import. */
async function peakMemory(path: string, rows: number): Promise<{ heapMb: number; rssMb: number }> {
  collectGarbage();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  const sample = (): void => {
    const now = process.memoryUsage();
    if (now.heapUsed > heap) heap = now.heapUsed;
    if (now.rss > rss) rss = now.rss;
  };
  await importTrades(path, rows, sample);
  sample();
  return { heapMb: Number(((heap - before.heapUsed) / MB).toFixed(1)), rssMb: Number(((rss - before.rss) / MB).toFixed(1)) };
}

function prepareCsv() {
  const dir = mkdtempSync(join(tmpdir(), 'lc-bench-csv-'));
  const large = join(dir, 'trades-1m.csv');
  const small = join(dir, 'trades-100k.csv');
  writeTradesFile(large, ROWS);
  writeTradesFile(small, SMALL_ROWS);
  let rejected = 0;
  let accounts = 0;
  let pairs = 0;
  return {
    subject: async () => {
      const outcome = await importTrades(large, ROWS);
      rejected = outcome.counts.rejected.length;
      accounts = outcome.aggregate.accounts.length;
      pairs = outcome.aggregate.pairs.length;
      return outcome;
    },
    baseline: async () => {
      const records = await bareParse(large);
      if (records !== ROWS + 1) throw new Error(`csv-1m: the bare parse read ${records.toString()} records`);
      return records;
    },
    figures: () => ({ rows: ROWS, rejected, accounts, pairs }),
    memory: async () => {
      const at100k = await peakMemory(small, SMALL_ROWS);
      const at1m = await peakMemory(large, ROWS);
      return { peak_heap_mb_100k: at100k.heapMb, peak_heap_mb_1m: at1m.heapMb, peak_rss_mb_100k: at100k.rssMb, peak_rss_mb_1m: at1m.rssMb };
    },
    dispose: () => { rmSync(dir, { recursive: true, force: true }); return Promise.resolve(); },
  };
}

async function prepareCsvCase() {
  const prepared = prepareCsv();
  // Memory is measured once, before the timed runs (its sampling would slow them).
  const memory = await prepared.memory();
  return { ...prepared, figures: () => ({ ...prepared.figures(), ...memory }) };
}

// The audit's inputs: participants with identities (genuine users share an office IP now and then; planted rings
// share a device and register within minutes), trades between any two participants, some planted abuse.
const CAMPAIGN_START = '2026-10-01';
const CAMPAIGN_END = '2026-10-30';

function auditInput(participantCount: number, tradeCount: number): AuditInput {
  const random = mulberry32(29);
  const participants: ParticipantFeatures[] = [];
  const instant = (ms: number): string => new Date(ms).toISOString();
  /** Planted: every 250th participant starts a ring of 4 sharing a device, registered 5 minutes apart. */
  const ringOf = (n: number): number | undefined => (n % 250 < 4 ? Math.floor(n / 250) : undefined);
  for (let n = 0; n < participantCount; n++) {
    const ring = ringOf(n);
    const registered = ring === undefined ? START_MS - random() * 60 * DAY_MS : START_MS + ring * 3_600_000 + (n % 250) * 300_000;
    const traded = random() < 0.6;
    participants.push({
      account: account('p', n), group: random() < 0.5 ? 'treatment' : 'control', registeredAt: instant(registered),
      firstTradeAt: traded ? instant(START_MS + random() * DAYS * DAY_MS) : null, volumeUsd: traded ? random() * 200_000 : 0, feesUsd: traded ? random() * 80 : 0,
      rewardsUsd: random() < 0.3 ? 25 : 0, netDepositUsd: random() * 5000, netDepositD30Usd: random() * 4000,
      deviceId: ring === undefined ? `dev-${n.toString()}` : `dev-ring-${ring.toString()}`,
      ipHash: random() < 0.02 ? `ip-office-${Math.floor(random() * (participantCount / 200)).toString()}` : `ip-${n.toString()}`,
      withdrawalAddress: ring === undefined ? `0xw${n.toString()}` : `0xw-ring-${ring.toString()}`,
    });
  }
  const aggregator = createAggregator('trades');
  /** Per ring member: how many round trips it started with the next member (their direction alternates). */
  const roundTrips = new Map<number, number>();
  for (let i = 0; i < tradeCount; i++) {
    const ts = instant(START_MS + Math.floor((i * DAYS * DAY_MS) / tradeCount));
    let buyer = Math.floor(random() * participantCount);
    let seller = Math.floor(random() * participantCount);
    let notional = 10 + random() * 20_000;
    const ring = ringOf(buyer);
    if (ring !== undefined) {
      // Planted round trips: a ring member trades only with the next member, the same amount back and forth.
      const next = ring * 250 + ((buyer % 250) + 1) % 4;
      const n = roundTrips.get(buyer) ?? 0;
      roundTrips.set(buyer, n + 1);
      [buyer, seller] = n % 2 === 0 ? [buyer, next] : [next, buyer];
      notional = 5000;
    } else {
      while (ringOf(seller) !== undefined) seller = Math.floor(random() * participantCount);
      if (i % 500 === 0) seller = buyer; // planted self-match
    }
    aggregator.add({ trade_id: `T${i.toString()}`, ts, symbol: `SYM${Math.floor(random() * SYMBOLS).toString()}USDT`, buyer_account: account('p', buyer), seller_account: account('p', seller), notional_usd: notional });
  }
  const trades: TradeFeatures = aggregator.result();
  return {
    start: CAMPAIGN_START, end: CAMPAIGN_END, expectedTreatmentShare: 0.5, fixedCostUsd: 50_000, participants, trades, funnel: [], baseline: null,
    segments: { treatment: 'treatment', control: 'control' }, overrides: [],
  };
}

/** The floor: one pass reading every value of the audit's inputs. */
function readOnce(input: AuditInput): number {
  let sum = 0;
  for (const p of input.participants) {
    sum += p.account.length + p.group.length + p.registeredAt.length + (p.firstTradeAt?.length ?? 0) + p.volumeUsd + p.feesUsd + p.rewardsUsd
      + p.netDepositUsd + p.netDepositD30Usd + p.deviceId.length + p.ipHash.length + p.withdrawalAddress.length;
  }
  const trades = input.trades;
  if (trades !== null) {
    for (const a of trades.accounts) sum += a.account.length + a.trades + a.notionalUsd + a.selfMatchNotionalUsd + a.symbols + a.firstTs.length + a.lastTs.length;
    for (const p of trades.pairs) sum += p.a.length + p.b.length + p.trades + p.grossUsd + p.netUsd;
    for (const d of trades.daily) sum += d.date.length + d.symbol.length + d.notionalUsd + d.trades;
  }
  return sum;
}

function prepareAudit(participantCount: number, tradeCount: number) {
  return () => {
    const input = auditInput(participantCount, tradeCount);
    let flagged = 0;
    let clusters = 0;
    let loops = 0;
    return {
      subject: () => {
        const result = auditCampaign(input);
        flagged = result.flagged.length;
        clusters = result.clusters.length;
        loops = result.clusters.filter((c) => c.kind === 'loop').length;
        return result;
      },
      baseline: () => readOnce(input),
      figures: () => ({ participants: participantCount, trades: tradeCount, pairs: input.trades?.pairs.length ?? 0, flagged, clusters, loop_clusters: loops }),
    };
  };
}

export const campaignCases: readonly BenchCase[] = [
  { name: 'csv-1m', prepare: prepareCsvCase, warmups: 1, runs: 5 },
  { name: 'audit-10k', prepare: prepareAudit(10_000, 100_000), warmups: 2, runs: 9 },
  { name: 'audit-100k', prepare: prepareAudit(100_000, 1_000_000), warmups: 1, runs: 5 },
];
