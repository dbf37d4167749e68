// Fuzzed metric files through the real import path (papaparse streaming into an import run): random column order,
// header case, extra columns, BOM or none, comma or semicolon, quoted fields (some spanning lines), blank and short
// rows among random rows. The importer never throws; every data row is accepted or reported with its line and the
// reason the row schema gives; the counts add up.
import fc from 'fast-check';
import { referenceRowChecker, rowChecker } from '../../../src/contract/metric-rows';
import { FORMAT_COLUMNS, METRIC_FORMATS, parseMetricFile, type MetricFormat } from '../../../src/domain/metrics';

const GOOD: Readonly<Record<MetricFormat, readonly string[]>> = {
  'daily-metrics': ['2027-02-01', 'BTCUSDT', '1250000000.5', '400000000', '300000', '20000', '-1500.25', '120', '3400'],
  funnel: ['2027-02-01', 'treatment', '100', '60', '30', '20', '15', '7'],
  participants: ['U1', 'treatment', '2027-01-20T10:00:00Z', '2027-02-02T11:00:00Z', '1200.5', '3.1', '10', '500', '250', 'dev-1', 'ip-1', '0xabc'],
  trades: ['T1', '2027-02-01T10:00:00Z', 'SOLUSDT', 'U1', 'U2', '12.50'],
  accounts: ['U1', 'vip', 'APAC', 'referral', '2026-01-20T10:00:00Z', '2027-02-02T11:00:00Z', '1200000', '900000', '12.5', 'cross', '0.55'],
  competitors: ['2027-02-01', 'ExchangeX', 'BTCUSDT', 'VIP0', '0.0002', '0.0004', 'Zero-fee week'],
};

// Cells as exports write them and as they go wrong; no carriage return (papaparse guesses the line end from the text).
const cell = fc.oneof(
  fc.constantFrom('', ' ', '0', '-1', '1.5', '1e3', '1e999', 'NaN', '1,5', '1;5', 'a "quoted" word', 'two\nlines', '2027-02-30', '2027-02-01', 'Control', 'vip'),
  fc.integer({ min: -5, max: 1_000_000 }).map(String),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/\r/g, '')),
);

type Record_ = { readonly kind: 'row'; readonly cells: readonly string[] } | { readonly kind: 'blank' } | { readonly kind: 'short' };

const fileOf = (format: MetricFormat) => {
  const columns = FORMAT_COLUMNS[format];
  const width = columns.length;
  const row = fc.oneof(
    { weight: 3, arbitrary: fc.array(cell, { minLength: width, maxLength: width }) },
    // A good row with one cell spoilt (or none): most files are mostly right.
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -1, max: width - 1 }), cell, fc.string({ maxLength: 6 })).map(([at, bad, id]) => GOOD[format].map((c, i) => (i === at ? bad : i === 0 ? `${c}${id}` : c))) },
  ).map((cells): Record_ => ({ kind: 'row', cells }));
  return fc.record({
    order: fc.shuffledSubarray([...columns.keys()], { minLength: width, maxLength: width }),
    upper: fc.array(fc.boolean(), { minLength: width, maxLength: width }),
    extras: fc.array(fc.constantFrom('note', 'Source_System', 'exported_by'), { maxLength: 2 }).map((e) => [...new Set(e)]),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';'),
    quoteAll: fc.boolean(),
    finalNewline: fc.boolean(),
    records: fc.array(fc.oneof({ weight: 8, arbitrary: row }, { weight: 1, arbitrary: fc.constant<Record_>({ kind: 'blank' }) }, { weight: 1, arbitrary: fc.constant<Record_>({ kind: 'short' }) }), { minLength: 1, maxLength: 40 }),
  });
};

describe.each(METRIC_FORMATS.map((f) => [f]))('a fuzzed %s file', (format: MetricFormat) => {
  it('never crashes the importer, reports each refused row at its line with the schema\'s reason, and the counts add up', async () => {
    const reference = referenceRowChecker(format);
    const columns = FORMAT_COLUMNS[format];
    await fc.assert(fc.asyncProperty(fileOf(format), async (f) => {
      // The delimiter comes from the header line alone, so cells may hold either delimiter (quoted) in either kind of file.
      const quote = (c: string) => (f.quoteAll || c.includes(',') || c.includes(';') || c.includes('"') || c.includes('\n') || c.trim() !== c ? `"${c.replace(/"/g, '""')}"` : c);
      const header = [...f.order.map((i, n) => (f.upper[n] === true ? (columns[i] ?? '').toUpperCase() : columns[i] ?? '')), ...f.extras];
      const lines = [header.map(quote).join(f.delimiter)];
      // What each record must come out as: the line it starts on, and what the import must say of it.
      const expected: { line: number; kind: Record_['kind']; reason?: string | undefined }[] = [];
      let line = 2;
      for (const record of f.records) {
        if (record.kind === 'blank') { lines.push(''); expected.push({ line, kind: 'blank' }); line += 1; continue; }
        if (record.kind === 'short') { lines.push(['x', 'y'].join(f.delimiter)); expected.push({ line, kind: 'short' }); line += 1; continue; }
        const cells = record.cells;
        const shown = [...f.order.map((i) => cells[i] ?? ''), ...f.extras.map(() => 'kept and ignored')];
        const check = reference(cells);
        expected.push({ line, kind: 'row', reason: check.ok ? undefined : check.reason });
        lines.push(shown.map(quote).join(f.delimiter));
        line += 1 + shown.join('').split('\n').length - 1;
      }
      // A blank last record with no line end after it is an empty last line: keep one so it is a row, not the file's end.
      const text = `${f.bom ? '\ufeff' : ''}${lines.join('\n')}${f.finalNewline || f.records.at(-1)?.kind === 'blank' ? '\n' : ''}`;
      const outcome = await parseMetricFile(format, rowChecker(format), text);
      if (!outcome.ok) throw new Error(`the header was refused: ${JSON.stringify(outcome)}`);
      const { rows, accepted, rejected } = outcome.counts;
      expect(rows).toBe(f.records.length);
      expect(accepted + rejected.length).toBe(rows);
      const byLine = new Map(rejected.map((r) => [r.line, r.reason]));
      expect(byLine.size).toBe(rejected.length);
      for (const e of expected) {
        const got = byLine.get(e.line);
        if (e.kind === 'blank') expect({ line: e.line, got }).toEqual({ line: e.line, got: 'blank-row' });
        else if (e.kind === 'short') expect({ line: e.line, got }).toEqual({ line: e.line, got: 'field-count' });
        else if (e.reason !== undefined) expect({ line: e.line, got }).toEqual({ line: e.line, got: e.reason });
        else expect({ line: e.line, got: got ?? 'accepted' }).toEqual({ line: e.line, got: expect.stringMatching(/^(accepted|duplicate-key)$/) as unknown });
      }
      expect(outcome.extraColumns.map((c) => c.toLowerCase()).sort()).toEqual(f.extras.map((c) => c.toLowerCase()).sort());
    }), { numRuns: 150 });
  }, 60_000);
});
