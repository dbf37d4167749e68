import fc from 'fast-check';
import { referenceRowChecker, rowChecker } from '../../../src/contract/metric-rows';
import { FORMAT_COLUMNS, METRIC_FORMATS, type MetricFormat } from '../../../src/domain/metrics';

// Cells as export tools write them, and as they go wrong: numbers of every shape, dates real and impossible,
// instants with and without offsets, groups in any case, blanks, padding, overlong text, arbitrary strings.
const cell = fc.oneof(
  fc.constantFrom('', ' ', '0', '-0', '1', '1.5', '-1.5', '+2', '.5', '5.', '1e3', '1e999', '-1e400', '9007199254740993', '1,5', 'NaN', 'Infinity', ' 42 ', '0x10', '1_000'),
  fc.constantFrom('2027-02-01', '2027-02-29', '2028-02-29', '2027-13-01', '27-02-01', ' 2027-02-01 ', '2027-02-01T10:00:00Z', '2027-02-01 10:00', '2027-02-01T10:00:00.123+08:00',
    '2027-02-30T10:00:00Z', '2027-02-01T10:00:00+0800', '2027-02-01T25', 'yesterday'),
  fc.constantFrom('treatment', 'Control', ' TREATMENT ', 'vip', 'BTCUSDT', 'U100000', 'x'.repeat(41), 'x'.repeat(81), 'x'.repeat(129)),
  fc.integer({ min: -5, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 12 }),
);

describe('the compiled row checker', () => {
  it.each(METRIC_FORMATS.map((f) => [f]))('answers exactly as the zod schema of %s: the row, or the same reason at the same column', (format: MetricFormat) => {
    const fast = rowChecker(format);
    const reference = referenceRowChecker(format);
    const width = FORMAT_COLUMNS[format].length;
    fc.assert(fc.property(fc.array(cell, { minLength: width, maxLength: width }), (cells) => {
      expect(fast(cells)).toEqual(reference(cells));
    }), { numRuns: 3000 });
  });

  it('agrees on rows that pass, whose values the aggregators read', () => {
    const good = ['T1', ' 2027-02-01T10:00:00Z ', 'SOLUSDT', 'U1', 'U2', '12.50'];
    expect(rowChecker('trades')(good)).toEqual({ ok: true, row: { trade_id: 'T1', ts: '2027-02-01T10:00:00Z', symbol: 'SOLUSDT', buyer_account: 'U1', seller_account: 'U2', notional_usd: 12.5 } });
    expect(rowChecker('funnel')(['2027-02-01', 'treatment', '10', '9', '8', '7', '6', '5'])).toEqual(referenceRowChecker('funnel')(['2027-02-01', 'treatment', '10', '9', '8', '7', '6', '5']));
    expect(rowChecker('funnel')(['2027-02-01', 'treatment', '10', '12', '8', '7', '6', '5'])).toEqual({ ok: false, reason: 'funnel-not-monotonic' });
  });
});
