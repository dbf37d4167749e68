// The row schemas of the four metric import formats (zod at the CSV edge): each takes one data row's cells in
// the format's column order and answers the typed row, or the reason code (and column) of the first fault.
// The config screen's worker, the CLI and the benchmark all check rows with these, and nothing else.
import { z } from 'zod';
import {
  FORMAT_COLUMNS, PARTICIPANT_GROUPS, REJECT_REASONS,
  type MetricFormat, type RejectReason, type RowCheck, type RowChecker, type RowOf,
} from '../domain/metrics';
import { parseIsoDate } from '../domain/schedule';

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
} as const satisfies { readonly [F in MetricFormat]: z.ZodType<RowOf[F], Record<string, string>> };

const REASONS: ReadonlySet<string> = new Set(REJECT_REASONS);

/** The checker of `format`'s rows: cells in the format's column order in, a typed row or a reason out. */
export function rowChecker<F extends MetricFormat>(format: F): RowChecker<F> {
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
