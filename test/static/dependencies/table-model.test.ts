// The CPM table's rows: built from plan + schedule, filtered by text and critical flag, sorted by any column.
import { buildTaskRows, issuesByKey } from '../../../static/dependencies/task-rows';
import { compareIssueKeys, filterRows, nextSort, sortRows, SORT_KEYS } from '../../../static/dependencies/table-model';
import { calendar, plan, scheduled } from './fixture';

const rows = buildTaskRows(plan, scheduled(), issuesByKey(plan.tasks), calendar());
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('buildTaskRows', () => {
  it('joins issues and CPM dates, late finish being the day before lf', () => {
    const matching = rows.find((row) => row.id === 'PERP-2');
    expect(matching).toMatchObject({ summary: 'Matching core', assignee: 'Li Wei', durationBasis: 'estimate', done: false });
    // PERP-1 done Mon-Tue; Wed 4th is a holiday, so PERP-2 runs Thu 5th, Fri 6th, Mon 9th.
    expect(matching).toMatchObject({ start: '2026-11-05', finish: '2026-11-09' });
    expect(rows.find((row) => row.id === 'PERP-1')?.done).toBe(true);
    for (const row of rows) expect(row.lateFinish >= row.lateStart).toBe(true);
  });

  it('flags a duration changed from the baseline', () => {
    const edited = { ...plan, tasks: plan.tasks.map((task) => (task.id === 'PERP-2' ? { ...task, duration: 5 } : task)) };
    const editedRows = buildTaskRows(edited, scheduled(edited), issuesByKey(plan.tasks), calendar());
    expect(editedRows.find((row) => row.id === 'PERP-2')?.originalDuration).toBe(3);
    expect(editedRows.find((row) => row.id === 'PERP-3')?.originalDuration).toBeUndefined();
  });
});

describe('filterRows', () => {
  it('matches every word in key, summary, assignee, any case', () => {
    expect(ids(filterRows(rows, { text: 'perp-1', criticalOnly: false }))).toEqual(['PERP-1', 'PERP-10']);
    expect(ids(filterRows(rows, { text: 'zhang 压测', criticalOnly: false }))).toEqual(['PERP-3']);
    expect(ids(filterRows(rows, { text: 'matching nothing-like-this', criticalOnly: false }))).toEqual([]);
    expect(filterRows(rows, { text: '  ', criticalOnly: false })).toHaveLength(rows.length);
  });

  it('keeps only critical rows when asked', () => {
    const critical = filterRows(rows, { text: '', criticalOnly: true });
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(rows.length);
    expect(critical.every((row) => row.critical)).toBe(true);
    expect(ids(critical)).toContain('PERP-2');
    expect(ids(critical)).not.toContain('PERP-1');
  });
});

describe('sortRows', () => {
  it('sorts keys naturally, both ways', () => {
    expect(ids(sortRows(rows, { key: 'key', direction: 'ascending' }))).toEqual(['PERP-1', 'PERP-2', 'PERP-3', 'PERP-4', 'PERP-10']);
    expect(ids(sortRows(rows, { key: 'key', direction: 'descending' }))).toEqual(['PERP-10', 'PERP-4', 'PERP-3', 'PERP-2', 'PERP-1']);
  });

  it('sorts by duration and by total float with ties in plan order', () => {
    expect(ids(sortRows(rows, { key: 'duration', direction: 'descending' }))).toEqual(['PERP-3', 'PERP-2', 'PERP-1', 'PERP-10', 'PERP-4']);
    const byFloat = sortRows(rows, { key: 'totalFloat', direction: 'ascending' });
    for (let i = 1; i < byFloat.length; i++) expect(byFloat[i]!.totalFloat).toBeGreaterThanOrEqual(byFloat[i - 1]!.totalFloat);
  });

  it('puts critical first when sorting by the critical column ascending', () => {
    const sorted = sortRows(rows, { key: 'critical', direction: 'ascending' });
    const firstNonCritical = sorted.findIndex((row) => !row.critical);
    expect(firstNonCritical).toBeGreaterThan(0);
    expect(sorted.slice(firstNonCritical).every((row) => !row.critical)).toBe(true);
  });

  it('gives every column an order and does not change its input', () => {
    const before = ids(rows);
    for (const key of SORT_KEYS) expect(sortRows(rows, { key, direction: 'ascending' })).toHaveLength(rows.length);
    expect(ids(rows)).toEqual(before);
  });

  it('flips on a second click, starts ascending on a new column', () => {
    expect(nextSort({ key: 'start', direction: 'ascending' }, 'start')).toEqual({ key: 'start', direction: 'descending' });
    expect(nextSort({ key: 'start', direction: 'descending' }, 'start')).toEqual({ key: 'start', direction: 'ascending' });
    expect(nextSort({ key: 'start', direction: 'descending' }, 'summary')).toEqual({ key: 'summary', direction: 'ascending' });
    expect(compareIssueKeys('PERP-9', 'PERP-10')).toBeLessThan(0);
  });
});
