// CSV export: RFC 4180 quoting, BOM, CRLF, translated header, formula-looking text defused.
import { buildCpmCsv, csvField, csvText, toCsv, type CpmCsvLabels } from '../../../static/dependencies/csv';
import { buildTaskRows, issuesByKey } from '../../../static/dependencies/task-rows';
import { calendar, plan, scheduled } from './fixture';

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

describe('buildCpmCsv', () => {
  const labels: CpmCsvLabels = {
    headers: ['事务', '摘要', '状态', '经办人', '工期', '来源', '最早开始', '最早完成', '最迟开始', '最迟完成', '总时差', '自由时差', '关键'],
    yes: '是',
    no: '否',
    source: (source) => `src:${source}`,
  };
  const rows = buildTaskRows(plan, scheduled(), issuesByKey(plan.tasks), calendar());
  const text = buildCpmCsv(rows, labels);
  const lines = text.slice(1).split('\r\n');

  it('has the header in the given language, then one line per row', () => {
    expect(text.startsWith('\uFEFF事务,摘要,')).toBe(true);
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[lines.length - 1]).toBe('');
  });

  it('writes ISO dates, quotes summaries with quotes and marks critical rows', () => {
    // Holds with 5 working days of float against the 20th: PERP-2 may start as late as the 12th.
    expect(lines.find((line) => line.startsWith('PERP-2,'))).toBe('PERP-2,Matching core,In Progress,Li Wei,3,src:estimate,2026-11-05,2026-11-09,2026-11-12,2026-11-16,5,0,是');
    const risk = rows.find((row) => row.id === 'PERP-10')!;
    expect(lines.find((line) => line.startsWith('PERP-10,'))).toBe(
      `PERP-10,"Risk ""slippage"" guard",To Do,,1,src:assumed,${risk.start},${risk.finish},${risk.lateStart},${risk.lateFinish},${risk.totalFloat},${risk.freeFloat},否`,
    );
    expect(lines.find((line) => line.startsWith('PERP-3,'))).toContain(',撮合引擎压测,');
  });
});
