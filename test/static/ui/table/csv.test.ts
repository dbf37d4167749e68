// CSV export: RFC 4180 quoting, BOM, CRLF, formula-looking text defused, columns without a CSV value left out.
import { csvField, csvText, toCsv } from '../../../../static/ui/table/csv';
import { tableCsv, type TableColumn } from '../../../../static/ui/table/table-model';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['cr\r', '"cr\r"'],
    ['撮合引擎，压测', '撮合引擎，压测'],
    ['撮合,引擎', '"撮合,引擎"'],
    [-3, '-3'],
  ] as const)('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });

  it('defuses text a spreadsheet would run', () => {
    expect(csvText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvText('@sum')).toBe("'@sum");
    expect(csvText('Normal')).toBe('Normal');
  });
});

describe('tableCsv', () => {
  interface Line { readonly text: string; readonly amount: number }
  const columns: readonly TableColumn<Line>[] = [
    { id: 'text', header: 'Text', csvValue: (line) => line.text },
    { id: 'hidden', header: 'Not exported' },
    { id: 'amount', header: 'Amount', csvHeader: 'Amount (USDT)', csvValue: (line) => line.amount },
  ];

  it('writes the CSV headers, then the rows in the order given, strings defused and numbers as they are', () => {
    expect(tableCsv([{ text: '=1+1', amount: -5 }, { text: 'a "b"', amount: 2.5 }], columns))
      .toBe('\uFEFFText,Amount (USDT)\r\n\'=1+1,-5\r\n"a ""b""",2.5\r\n');
  });
});
