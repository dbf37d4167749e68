// What-if state: edits re-schedule, undo walks back one edit, reset returns to Jira's plan, delta vs baseline;
// the server's bottlenecks are used as sent until an edit, then recomputed by the same domain code.
import { finishDelta, initWhatIf, isEdited, whatIfReducer, type WhatIfState } from '../../../static/schedule/what-if-state';
import { findBottlenecks } from '../../../src/domain/schedule';
import { plan, scheduled } from './fixture';

const fromServer = findBottlenecks(plan, scheduled());
const start = initWhatIf(plan, scheduled(), fromServer);
const finishDay = (state: WhatIfState) => (state.result.kind === 'scheduled' ? state.result.finish.day : undefined);

describe('whatIfReducer', () => {
  it('re-schedules after a duration edit and reports the delta', () => {
    const edited = whatIfReducer(start, { kind: 'edit', edit: { kind: 'set-duration', taskId: 'PERP-2', duration: 6 } });
    expect(finishDay(edited)).toBe(finishDay(start)! + 3);
    expect(finishDelta(edited)).toEqual({ kind: 'moved', days: 3 });
    expect(isEdited(edited)).toBe(true);
    expect(edited.plan.tasks.find((task) => task.id === 'PERP-2')?.duration).toBe(6);
    expect(plan.tasks.find((task) => task.id === 'PERP-2')?.duration).toBe(3);
  });

  it('applies a lag and a type change to a link', () => {
    const lagged = whatIfReducer(start, { kind: 'edit', edit: { kind: 'change-link', link: { from: 'PERP-2', to: 'PERP-3', type: 'FS' }, lag: 2 } });
    expect(finishDelta(lagged)).toEqual({ kind: 'moved', days: 2 });
    const overlapped = whatIfReducer(start, { kind: 'edit', edit: { kind: 'change-link', link: { from: 'PERP-2', to: 'PERP-3', type: 'FS' }, type: 'SS' } });
    // Starting with PERP-2 would gain 3 days, but PERP-10's SS +1 now holds PERP-3 back one day.
    expect(finishDelta(overlapped)).toEqual({ kind: 'moved', days: -2 });
  });

  it('undoes one edit at a time and resets to the baseline', () => {
    const one = whatIfReducer(start, { kind: 'edit', edit: { kind: 'set-duration', taskId: 'PERP-3', duration: 5 } });
    const two = whatIfReducer(one, { kind: 'edit', edit: { kind: 'set-duration', taskId: 'PERP-3', duration: 8 } });
    expect(finishDelta(two)).toEqual({ kind: 'moved', days: 4 });
    const undone = whatIfReducer(two, { kind: 'undo' });
    expect(finishDelta(undone)).toEqual({ kind: 'moved', days: 1 });
    expect(undone.past).toHaveLength(1);
    const reset = whatIfReducer(two, { kind: 'reset' });
    expect(reset.plan).toBe(plan);
    expect(finishDelta(reset)).toEqual({ kind: 'unchanged' });
    expect(isEdited(reset)).toBe(false);
    expect(whatIfReducer(start, { kind: 'undo' })).toBe(start);
  });

  it('keeps the plan and says why when an edit is rejected', () => {
    const rejected = whatIfReducer(start, { kind: 'edit', edit: { kind: 'set-duration', taskId: 'NOPE-1', duration: 2 } });
    expect(rejected.plan).toBe(plan);
    expect(rejected.rejected?.[0]?.code).toBe('unknown-task');
    expect(rejected.past).toHaveLength(0);
  });

  it('reports a loop made by an added link as unschedulable, and undo clears it', () => {
    const looped = whatIfReducer(start, { kind: 'edit', edit: { kind: 'add-link', link: { from: 'PERP-4', to: 'PERP-2', type: 'FS', lag: 0 } } });
    expect(looped.result.kind).toBe('cycles');
    expect(finishDelta(looped)).toEqual({ kind: 'unschedulable' });
    expect(looped.plan.links.map((link) => link.id)).toEqual(['101', '102', '103', '104', '105', undefined]);
    expect(looped.bottlenecks).toBeNull();
    expect(whatIfReducer(looped, { kind: 'undo' }).result.kind).toBe('scheduled');
  });

  it('keeps Jira link ids aligned when a link is removed', () => {
    const removed = whatIfReducer(start, { kind: 'edit', edit: { kind: 'remove-link', link: { from: 'PERP-2', to: 'PERP-3' } } });
    expect(removed.plan.links).toHaveLength(4);
    expect(removed.plan.links.map((link) => link.id)).toEqual(['101', '102', '104', '105']);
  });

  it('keeps a changed link\'s Jira id, so the change can be kept for that link', () => {
    const changed = whatIfReducer(start, { kind: 'edit', edit: { kind: 'change-link', link: { from: 'PERP-2', to: 'PERP-3' }, lag: 2 } });
    expect(changed.plan.links[2]).toMatchObject({ id: '103', lag: 2 });
  });

  it('uses the server\'s bottlenecks until an edit, then the domain\'s for the edited plan', () => {
    expect(start.bottlenecks).toBe(fromServer);
    const edited = whatIfReducer(start, { kind: 'edit', edit: { kind: 'set-duration', taskId: 'PERP-3', duration: 9 } });
    if (edited.result.kind !== 'scheduled') throw new Error('not scheduled');
    expect(edited.bottlenecks).toEqual(findBottlenecks(edited.plan, edited.result));
    expect(whatIfReducer(edited, { kind: 'undo' }).bottlenecks).toBe(fromServer);
  });
});
