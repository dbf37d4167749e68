// The row schemas of the four metric import formats (zod at the CSV edge): each takes one data row's cells in
// the format's column order and answers the typed row, or the reason code (and column) of the first fault.
// The config screen's worker, the CLI and the benchmark all check rows with these, and nothing else.
// The zod schemas are the definition; `rowChecker` runs them compiled to plain per-column checks (a million rows
// must cost about what reading them costs, and building zod's issue objects per row does not), and a property test
// holds the two to the same answer, reason and column on any cells.
import { z } from 'zod';
import {
  FORMAT_COLUMNS, PARTICIPANT_GROUPS, REJECT_REASONS,
  type MetricFormat, type RejectReason, type RowCheck, type RowChecker, type RowOf,
} from '../domain/metrics';
import { parseIsoDate } from '../domain/schedule';
import { MARGIN_MODES } from '../domain/diagnosis/vocabulary';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

const text = (max: number) => z.string().trim().min(1, 'missing-value').max(max, 'too-long');
const number = (min: 'any' | 'non-negative') => z.string().trim().min(1, 'missing-value').regex(NUMBER, 'not-a-number')
  .transform(Number).pipe(min === 'any' ? z.number('not-a-number') : z.number('not-a-number').min(0, 'negative-number'));
const count = z.string().trim().min(1, 'missing-value').regex(NUMBER, 'not-a-number').transform(Number)
  .pipe(z.number('not-a-number').min(0, 'negative-number').int('not-a-whole-number'));
const date = z.string().trim().min(1, 'missing-value').regex(DATE, 'bad-date').refine((t) => parseIsoDate(t) !== undefined, 'bad-date');
const instant = z.string().trim().min(1, 'missing-value').refine((t) => {
  const m = INSTANT.exec(t);
  return m !== null && parseIsoDate(m[1] ?? '') !== undefined;
}, 'bad-timestamp');
const optionalInstant = z.string().trim().transform((t) => (t === '' ? null : t)).pipe(instant.nullable());

const schemas = {
  'daily-metrics': z.object({
    date, symbol: text(40), volume_usd: number('non-negative'), open_interest_usd: number('non-negative'), fee_revenue_usd: number('non-negative'),
    rebates_usd: number('non-negative'), funding_paid_usd: number('any'), new_users: count, active_traders: count,
  }),
  funnel: z.object({
    date, segment: text(80), registered: count, kyc: count, deposited: count, transferred: count, first_trade: count, repeat_trade: count,
  }).refine((f) => f.registered >= f.kyc && f.kyc >= f.deposited && f.deposited >= f.transferred && f.transferred >= f.first_trade && f.first_trade >= f.repeat_trade,
    { error: 'funnel-not-monotonic' }),
  participants: z.object({
    account_id: text(128), group: z.string().trim().toLowerCase().pipe(z.enum(PARTICIPANT_GROUPS, 'bad-group')), registered_at: instant, first_trade_at: optionalInstant,
    volume_usd: number('non-negative'), fees_usd: number('non-negative'), rewards_usd: number('non-negative'), net_deposit_usd: number('any'),
    net_deposit_d30_usd: number('any'), device_id: text(128), ip_hash: text(128), withdrawal_address: text(128),
  }),
  trades: z.object({
    trade_id: text(128), ts: instant, symbol: text(40), buyer_account: text(128), seller_account: text(128), notional_usd: number('non-negative'),
  }),
  accounts: z.object({
    account_id: text(128), segment: text(80), region: text(80), channel: text(80), registered_at: instant, last_trade_at: optionalInstant,
    volume_30d_usd: number('non-negative'), volume_prev_30d_usd: number('non-negative'), avg_leverage: number('non-negative'),
    margin_mode: z.string().trim().toLowerCase().pipe(z.enum(MARGIN_MODES, 'bad-value')),
    long_share: number('non-negative').pipe(z.number().max(1, 'out-of-range')),
  }),
  competitors: z.object({
    date, exchange: text(80), symbol: text(40), tier: text(40),
    maker_fee: number('any').pipe(z.number().min(-0.01, 'out-of-range').max(0.01, 'out-of-range')),
    taker_fee: number('any').pipe(z.number().min(-0.01, 'out-of-range').max(0.01, 'out-of-range')),
    promotion: z.string().trim().max(500, 'too-long'),
  }),
} as const satisfies { readonly [F in MetricFormat]: z.ZodType<RowOf[F], Record<string, string>> };

const REASONS: ReadonlySet<string> = new Set(REJECT_REASONS);

/** The zod schemas themselves as a checker: the reference the compiled `rowChecker` is tested against. */
export function referenceRowChecker<F extends MetricFormat>(format: F): RowChecker<F> {
  const schema = schemas[format] as unknown as z.ZodType<RowOf[F], Record<string, string>>;
  const columns: readonly string[] = FORMAT_COLUMNS[format];
  return (cells) => {
    const record: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) record[columns[i] ?? ''] = cells[i] ?? '';
    const parsed = schema.safeParse(record);
    if (parsed.success) return { ok: true, row: parsed.data } satisfies RowCheck<F>;
    const issue = parsed.error.issues[0];
    const reason = (issue !== undefined && REASONS.has(issue.message) ? issue.message : 'missing-value') as RejectReason;
    const column = issue?.path[0];
    return typeof column === 'string' ? { ok: false, reason, column } : { ok: false, reason };
  };
}

// The compiled checks: each column's schema above as one function from the cell to its value or a fault, in the
// same order of checks (so the same first fault), trimmed the same way.

class Fault {
  constructor(readonly reason: RejectReason) {}
}
const FAULTS = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, new Fault(reason)])) as Readonly<Record<RejectReason, Fault>>;

type CellCheck = (cell: string) => string | number | null | Fault;

const textCell = (max: number): CellCheck => (cell) => {
  const t = cell.trim();
  return t === '' ? FAULTS['missing-value'] : t.length > max ? FAULTS['too-long'] : t;
};
const numberCell = (min: 'any' | 'non-negative'): CellCheck => (cell) => {
  const t = cell.trim();
  if (t === '') return FAULTS['missing-value'];
  if (!NUMBER.test(t)) return FAULTS['not-a-number'];
  const n = Number(t);
  if (!Number.isFinite(n)) return FAULTS['not-a-number'];
  return min === 'non-negative' && n < 0 ? FAULTS['negative-number'] : n;
};
const countCell: CellCheck = (cell) => {
  const n = numberCell('non-negative')(cell);
  return typeof n === 'number' && !Number.isSafeInteger(n) ? FAULTS['not-a-whole-number'] : n;
};
/**
 * Whether `date` (already of the form YYYY-MM-DD) is a real calendar day. A file's rows mostly repeat the date of
 * the row before, so the last real day is remembered (a copy of its own: never a slice of papaparse's chunk).
 */
let lastRealDay = '';
const isRealDay = (date: string): boolean => {
  if (date === lastRealDay) return true;
  if (parseIsoDate(date) === undefined) return false;
  lastRealDay = (` ${date}`).slice(1);
  return true;
};
const dateCell: CellCheck = (cell) => {
  const t = cell.trim();
  if (t === '') return FAULTS['missing-value'];
  return DATE.test(t) && isRealDay(t) ? t : FAULTS['bad-date'];
};
// The instant's date is its first ten characters (INSTANT is anchored on them), so no match array is needed.
const instantCell: CellCheck = (cell) => {
  const t = cell.trim();
  if (t === '') return FAULTS['missing-value'];
  return INSTANT.test(t) && isRealDay(t.slice(0, 10)) ? t : FAULTS['bad-timestamp'];
};
const optionalInstantCell: CellCheck = (cell) => (cell.trim() === '' ? null : instantCell(cell));
const groupCell: CellCheck = (cell) => {
  const t = cell.trim().toLowerCase();
  return (PARTICIPANT_GROUPS as readonly string[]).includes(t) ? t : FAULTS['bad-group'];
};

const marginModeCell: CellCheck = (cell) => {
  const t = cell.trim().toLowerCase();
  return (MARGIN_MODES as readonly string[]).includes(t) ? t : FAULTS['bad-value'];
};
const boundedCell = (min: 'any' | 'non-negative', low: number, high: number): CellCheck => (cell) => {
  const n = numberCell(min)(cell);
  return typeof n === 'number' && (n < low || n > high) ? FAULTS['out-of-range'] : n;
};
const optionalTextCell = (max: number): CellCheck => (cell) => {
  const t = cell.trim();
  return t.length > max ? FAULTS['too-long'] : t;
};

const compiled: { readonly [F in MetricFormat]: { readonly [C in (typeof FORMAT_COLUMNS)[F][number]]: CellCheck } } = {
  'daily-metrics': {
    date: dateCell, symbol: textCell(40), volume_usd: numberCell('non-negative'), open_interest_usd: numberCell('non-negative'), fee_revenue_usd: numberCell('non-negative'),
    rebates_usd: numberCell('non-negative'), funding_paid_usd: numberCell('any'), new_users: countCell, active_traders: countCell,
  },
  funnel: { date: dateCell, segment: textCell(80), registered: countCell, kyc: countCell, deposited: countCell, transferred: countCell, first_trade: countCell, repeat_trade: countCell },
  participants: {
    account_id: textCell(128), group: groupCell, registered_at: instantCell, first_trade_at: optionalInstantCell, volume_usd: numberCell('non-negative'),
    fees_usd: numberCell('non-negative'), rewards_usd: numberCell('non-negative'), net_deposit_usd: numberCell('any'), net_deposit_d30_usd: numberCell('any'),
    device_id: textCell(128), ip_hash: textCell(128), withdrawal_address: textCell(128),
  },
  trades: { trade_id: textCell(128), ts: instantCell, symbol: textCell(40), buyer_account: textCell(128), seller_account: textCell(128), notional_usd: numberCell('non-negative') },
  accounts: {
    account_id: textCell(128), segment: textCell(80), region: textCell(80), channel: textCell(80), registered_at: instantCell, last_trade_at: optionalInstantCell,
    volume_30d_usd: numberCell('non-negative'), volume_prev_30d_usd: numberCell('non-negative'), avg_leverage: numberCell('non-negative'),
    margin_mode: marginModeCell, long_share: boundedCell('non-negative', 0, 1),
  },
  competitors: {
    date: dateCell, exchange: textCell(80), symbol: textCell(40), tier: textCell(40),
    maker_fee: boundedCell('any', -0.01, 0.01), taker_fee: boundedCell('any', -0.01, 0.01), promotion: optionalTextCell(500),
  },
};

/** The funnel's whole-row rule (its schema's refine): each stage at most the one before. */
const monotonic = (f: RowOf['funnel']): boolean => f.registered >= f.kyc && f.kyc >= f.deposited && f.deposited >= f.transferred && f.transferred >= f.first_trade && f.first_trade >= f.repeat_trade;

/** The checker of `format`'s rows: cells in the format's column order in, a typed row or a reason out. */
export function rowChecker<F extends MetricFormat>(format: F): RowChecker<F> {
  const columns: readonly string[] = FORMAT_COLUMNS[format];
  const checks: readonly CellCheck[] = columns.map((column) => (compiled[format] as Readonly<Record<string, CellCheck>>)[column] ?? textCell(0));
  const count = columns.length;
  return (cells) => {
    const row: Record<string, string | number | null> = {};
    for (let i = 0; i < count; i++) {
      const value = (checks[i] as CellCheck)(cells[i] ?? '');
      if (value instanceof Fault) return { ok: false, reason: value.reason, column: columns[i] ?? '' };
      row[columns[i] ?? ''] = value;
    }
    if (format === 'funnel' && !monotonic(row as unknown as RowOf['funnel'])) return { ok: false, reason: 'funnel-not-monotonic' };
    return { ok: true, row: row as unknown as RowOf[F] };
  };
}
