// The demo campaign's metric files in the four import formats of issue 11 (daily-metrics, funnel, participants,
// trades), derived from the launch campaign's raw exports (campaign.ts), each with a few planted bad rows so an
// import shows refusals with their lines. These are the files the e2e test uploads through the config screen.
import { demoCampaign, type DemoCampaign } from './campaign';

type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** The seed's own exports hold no quoted fields in the columns read here (only campaign-costs.csv, not read). */
function table(text: string): Table {
  const [head = '', ...lines] = text.trimEnd().split('\n');
  return { header: head.split(','), rows: lines.map((line) => line.split(',')) };
}

function column(t: Table, name: string): (row: readonly string[]) => string {
  const at = t.header.indexOf(name);
  if (at < 0) throw new Error(`seed export lacks column ${name}`);
  return (row) => row[at] ?? '';
}

const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${[header.join(','), ...rows.map((r) => r.join(','))].join('\n')}\n`;

/** Inserts `bad` rows so that each lands at the given file line (header = line 1). */
function plant(rows: (readonly (string | number)[])[], bad: readonly { readonly line: number; readonly row: readonly (string | number)[] }[]): (readonly (string | number)[])[] {
  const out = [...rows];
  for (const { line, row } of [...bad].sort((a, b) => a.line - b.line)) out.splice(line - 2, 0, row);
  return out;
}

export interface DemoImportFile {
  readonly name: string;
  readonly format: 'daily-metrics' | 'funnel' | 'participants' | 'trades';
  readonly text: string;
  /** The planted bad rows: file line and the reason the importer must give. */
  readonly planted: readonly { readonly line: number; readonly reason: string }[];
}

export function createDemoImports(campaign: DemoCampaign = demoCampaign): readonly DemoImportFile[] {
  const market = table(campaign.csv['market-daily.csv'] ?? '');
  const funnel = table(campaign.csv['funnel-daily.csv'] ?? '');
  const accounts = table(campaign.csv['accounts.csv'] ?? '');
  const trades = table(campaign.csv['trades-sample.csv'] ?? '');

  const t = { id: column(trades, 'trade_id'), ts: column(trades, 'timestamp'), symbol: column(trades, 'symbol'), account: column(trades, 'account_id'),
    other: column(trades, 'counterparty_account_id'), side: column(trades, 'side'), notional: column(trades, 'notional_usd'), fee: column(trades, 'fee_usd') };
  const buys = trades.rows.filter((r) => t.side(r) === 'buy');
  const traders = new Map<string, Set<string>>();
  const perAccount = new Map<string, { first: string; volume: number; fees: number }>();
  for (const r of trades.rows) {
    const key = `${t.ts(r).slice(0, 10)},${t.symbol(r)}`;
    const set = traders.get(key) ?? new Set<string>();
    set.add(t.account(r));
    traders.set(key, set);
    const a = perAccount.get(t.account(r)) ?? { first: t.ts(r), volume: 0, fees: 0 };
    if (t.ts(r) < a.first) a.first = t.ts(r);
    a.volume += Number(t.notional(r));
    a.fees += Number(t.fee(r));
    perAccount.set(t.account(r), a);
  }
  const regs = new Map<string, number>();
  const f = { date: column(funnel, 'date'), registrations: column(funnel, 'registrations') };
  for (const r of funnel.rows) regs.set(f.date(r), (regs.get(f.date(r)) ?? 0) + Number(f.registrations(r)));

  const m = { date: column(market, 'date'), symbol: column(market, 'symbol'), volume: column(market, 'volume_usd'), oi: column(market, 'open_interest_usd'),
    maker: column(market, 'maker_fee_usd'), taker: column(market, 'taker_fee_usd'), rebate: column(market, 'rebate_usd'), funding: column(market, 'funding_paid_by_longs_usd') };
  const dailyRows = market.rows.map((r) => [m.date(r), m.symbol(r), m.volume(r), m.oi(r), (Number(m.maker(r)) + Number(m.taker(r))).toFixed(2), m.rebate(r), m.funding(r),
    Math.round((regs.get(m.date(r)) ?? 0) / 3), traders.get(`${m.date(r)},${m.symbol(r)}`)?.size ?? 0]);

  const fn = { cohort: column(funnel, 'cohort'), kyc: column(funnel, 'kyc_passed'), dep: column(funnel, 'first_deposit'), tr: column(funnel, 'futures_transfer'),
    first: column(funnel, 'first_trade'), repeat: column(funnel, 'repeat_trade') };
  const funnelRows = funnel.rows.map((r) => [f.date(r), fn.cohort(r) === 'exposed' ? 'treatment' : 'control', f.registrations(r), fn.kyc(r), fn.dep(r), fn.tr(r), fn.first(r), fn.repeat(r)]);

  const a = { id: column(accounts, 'account_id'), reg: column(accounts, 'registered_at'), cohort: column(accounts, 'cohort'), device: column(accounts, 'device_id'),
    ip: column(accounts, 'ip_prefix'), wallet: column(accounts, 'withdrawal_address'), deposit: column(accounts, 'first_deposit_usd'), d30: column(accounts, 'net_deposit_d30_usd') };
  const members = accounts.rows.filter((r) => a.cohort(r) !== 'organic');
  // The prize pool goes to the 20 largest treatment traders by volume, in proportion to it.
  const ranked = members.filter((r) => a.cohort(r) === 'participant').map((r) => ({ id: a.id(r), volume: perAccount.get(a.id(r))?.volume ?? 0 }))
    .sort((x, y) => y.volume - x.volume).slice(0, 20);
  const top = ranked.reduce((s, x) => s + x.volume, 0);
  const prize = new Map(ranked.map((x) => [x.id, top > 0 ? (50_000 * x.volume) / top : 0]));
  const participantRows = members.map((r) => {
    const p = perAccount.get(a.id(r));
    return [a.id(r), a.cohort(r) === 'participant' ? 'treatment' : 'control', a.reg(r), p?.first ?? '', (p?.volume ?? 0).toFixed(2), (p?.fees ?? 0).toFixed(2),
      (prize.get(a.id(r)) ?? 0).toFixed(2), a.deposit(r), a.d30(r), a.device(r), a.ip(r), a.wallet(r)];
  });

  const tradeRows = buys.map((r) => [t.id(r), t.ts(r), t.symbol(r), t.account(r), t.other(r), t.notional(r)]);

  return [
    { name: 'daily-metrics.csv', format: 'daily-metrics', planted: [{ line: 5, reason: 'bad-date' }, { line: 40, reason: 'not-a-number' }],
      text: csv(['date', 'symbol', 'volume_usd', 'open_interest_usd', 'fee_revenue_usd', 'rebates_usd', 'funding_paid_usd', 'new_users', 'active_traders'],
        plant(dailyRows, [{ line: 5, row: ['2027-02-30', 'BTCUSDT', 1, 1, 1, 1, 1, 1, 1] }, { line: 40, row: ['2027-01-20', 'ETHUSDT', 'n/a', 1, 1, 1, 1, 1, 1] }])) },
    { name: 'funnel.csv', format: 'funnel', planted: [{ line: 7, reason: 'funnel-not-monotonic' }],
      text: csv(['date', 'segment', 'registered', 'kyc', 'deposited', 'transferred', 'first_trade', 'repeat_trade'],
        plant(funnelRows, [{ line: 7, row: ['2027-03-01', 'treatment', 10, 20, 5, 4, 3, 1] }])) },
    { name: 'participants.csv', format: 'participants', planted: [{ line: 12, reason: 'bad-group' }],
      text: csv(['account_id', 'group', 'registered_at', 'first_trade_at', 'volume_usd', 'fees_usd', 'rewards_usd', 'net_deposit_usd', 'net_deposit_d30_usd', 'device_id', 'ip_hash', 'withdrawal_address'],
        plant(participantRows, [{ line: 12, row: ['U777777', 'vip', '2027-02-01T00:00:00.000Z', '', 0, 0, 0, 0, 0, 'dev-x', 'ip-x', '0xabc'] }])) },
    { name: 'trades.csv', format: 'trades', planted: [{ line: 3, reason: 'negative-number' }],
      text: csv(['trade_id', 'ts', 'symbol', 'buyer_account', 'seller_account', 'notional_usd'],
        plant(tradeRows, [{ line: 3, row: ['T0', '2027-02-01T00:00:00.000Z', 'SOLUSDT', 'U100000', 'U100037', -5] }])) },
  ];
}

export const demoImports: readonly DemoImportFile[] = createDemoImports();
