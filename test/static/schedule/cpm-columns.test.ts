// The CPM table's columns on the kit's table model: the filter searches key, summary, assignee and status,
// every shown column sorts (keys naturally, ties in plan order, critical first), and the CSV is the full table
// with a translated header.
import { cpmColumns, type CpmColumnLabels } from '../../../static/schedule/cpm-columns';
import { buildTaskRows, issuesByKey } from '../../../static/schedule/task-rows';
import { filterRows, sortRows, tableCsv } from '../../../static/ui/table/table-model';
import { calendar, plan, scheduled } from './fixture';

const labels: CpmColumnLabels = {
  headers: {
    key: '事务', summary: '摘要', status: '状态', assignee: '经办人', duration: '工期', source: '来源', start: '最早开始',
    finish: '最早完成', lateStart: '最迟开始', lateFinish: '最迟完成', totalFloat: '总时差', freeFloat: '自由时差', critical: '关键',
  },
  durationInDays: '工期（工作日）',
  yes: '是',
  no: '否',
  source: (source) => `src:${source}`,
};
const columns = cpmColumns(labels);
const rows = buildTaskRows(plan, scheduled(), issuesByKey(plan.tasks), calendar());
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);
const isCritical = (row: (typeof rows)[number]) => row.critical;

describe('filtering the CPM table', () => {
  it('matches every word in key, summary, assignee or status, any case', () => {
    expect(ids(filterRows(rows, columns, 'perp-1'))).toEqual(['PERP-1', 'PERP-10']);
    expect(ids(filterRows(rows, columns, 'zhang 压测'))).toEqual(['PERP-3']);
    expect(ids(filterRows(rows, columns, 'in progress'))).toEqual(['PERP-2']);
    expect(ids(filterRows(rows, columns, 'matching nothing-like-this'))).toEqual([]);
    expect(filterRows(rows, columns, '  ')).toHaveLength(rows.length);
  });

  it('keeps only critical rows with the critical-only toggle', () => {
    const critical = filterRows(rows, columns, '', isCritical);
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(rows.length);
    expect(ids(critical)).toContain('PERP-2');
    expect(ids(critical)).not.toContain('PERP-1');
  });
});

describe('sorting the CPM table', () => {
  it('sorts keys naturally, both ways', () => {
    expect(ids(sortRows(rows, columns, { columnId: 'key', direction: 'ascending' }))).toEqual(['PERP-1', 'PERP-2', 'PERP-3', 'PERP-4', 'PERP-10']);
    expect(ids(sortRows(rows, columns, { columnId: 'key', direction: 'descending' }))).toEqual(['PERP-10', 'PERP-4', 'PERP-3', 'PERP-2', 'PERP-1']);
  });

  it('sorts by duration and by total float with ties in plan order', () => {
    expect(ids(sortRows(rows, columns, { columnId: 'duration', direction: 'descending' }))).toEqual(['PERP-3', 'PERP-2', 'PERP-1', 'PERP-10', 'PERP-4']);
    const byFloat = sortRows(rows, columns, { columnId: 'totalFloat', direction: 'ascending' });
    for (let i = 1; i < byFloat.length; i++) expect(byFloat[i]!.totalFloat).toBeGreaterThanOrEqual(byFloat[i - 1]!.totalFloat);
  });

  it('puts critical first when sorting by the critical column ascending', () => {
    const sorted = sortRows(rows, columns, { columnId: 'critical', direction: 'ascending' });
    const firstNonCritical = sorted.findIndex((row) => !row.critical);
    expect(firstNonCritical).toBeGreaterThan(0);
    expect(sorted.slice(firstNonCritical).every((row) => !row.critical)).toBe(true);
  });

  it('gives every column but the CSV-only ones an order', () => {
    expect(columns.filter((column) => column.sortValue === undefined).map((column) => column.id)).toEqual(['status', 'assignee', 'source']);
  });
});

describe('the CPM table as CSV', () => {
  const text = tableCsv(rows, columns);
  const lines = text.slice(1).split('\r\n');

  it('has the header in the given language, then one line per row', () => {
    expect(text.startsWith('\uFEFF事务,摘要,状态,经办人,工期（工作日）,来源,')).toBe(true);
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
