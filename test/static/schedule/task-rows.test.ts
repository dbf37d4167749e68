// The rows every view shares: issues joined with CPM dates, edited durations flagged.
import { buildTaskRows, issuesByKey } from '../../../static/schedule/task-rows';
import { calendar, plan, scheduled } from './fixture';

describe('buildTaskRows', () => {
  const rows = buildTaskRows(plan, scheduled(), issuesByKey(plan.tasks), calendar());

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
