// SOP state, review dates, drill cadence and post-mortem action items.
import fc from 'fast-check';
import { isOverdue, statusOfCategory } from '../../../src/domain/sop/action-items';
import { applySopAction, dueAfter, reviewDue, type SopAction, type SopState, type SopStatus } from '../../../src/domain/sop/status';

const status = (state: SopState): SopStatus => ({ state, ownerId: 'owner', approverId: 'approver', version: 2, lastReviewed: '2026-09-01', reviewEveryDays: 90 });
const today = '2026-12-02';

describe('applySopAction', () => {
  it.each([
    ['draft', 'submit', 'owner', 'in-review'],
    ['draft', 'submit', 'approver', 'not-the-owner'],
    ['in-review', 'approve', 'approver', 'approved'],
    ['in-review', 'approve', 'owner', 'not-the-approver'],
    ['in-review', 'approve', 'someone', 'not-the-approver'],
    ['draft', 'approve', 'approver', 'not-allowed-in-state'],
    ['in-review', 'reject', 'approver', 'draft'],
    ['approved', 'revise', 'owner', 'draft'],
    ['approved', 'retire', 'owner', 'retired'],
    ['retired', 'submit', 'owner', 'not-allowed-in-state'],
  ] as const)('%s + %s by %s -> %s', (state, action: SopAction, actor, expected) => {
    const outcome = applySopAction(status(state), action, actor, today);
    expect(outcome.ok ? outcome.value.state : outcome.refusal).toBe(expected);
  });

  it('counts an approval as a review today, and a major revision raises the version', () => {
    const approved = applySopAction(status('in-review'), 'approve', 'approver', today);
    expect(approved.ok && approved.value.lastReviewed).toBe(today);
    const revised = applySopAction(status('approved'), 'revise', 'owner', today, true);
    expect(revised.ok && revised.value.version).toBe(3);
  });
});

describe('dueAfter and reviewDue', () => {
  it.each([
    ['2026-09-01', 90, { due: '2026-11-30', overdue: true, daysOverdue: 2 }],
    ['2026-09-03', 90, { due: '2026-12-02', overdue: false, daysOverdue: 0 }],
    ['2026-11-25', 14, { due: '2026-12-09', overdue: false, daysOverdue: 0 }],
    [undefined, 30, { overdue: true, daysOverdue: 0 }],
  ])('last %s every %d days', (last, every, expected) => {
    expect(dueAfter(last, every, today)).toEqual(expected);
  });

  it('never calls a retired SOP overdue', () => {
    expect(reviewDue({ ...status('retired'), lastReviewed: '2020-01-01' }, today).overdue).toBe(false);
  });

  it('is overdue exactly when today is past the due day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 365 }), (daysAgo, every) => {
      const last = new Date(Date.UTC(2026, 11, 2) - daysAgo * 86_400_000).toISOString().slice(0, 10);
      const due = dueAfter(last, every, today);
      expect(due.overdue).toBe(daysAgo > every);
      expect(due.daysOverdue).toBe(Math.max(0, daysAgo - every));
    }));
  });
});

describe('action items', () => {
  it.each([
    [{ due: '2026-12-01', status: 'open' }, true],
    [{ due: '2026-12-01', status: 'in-progress' }, true],
    [{ due: '2026-12-01', status: 'done' }, false],
    [{ due: '2026-12-02', status: 'open' }, false],
  ] as const)('%j overdue: %s', (item, expected) => {
    expect(isOverdue(item, today)).toBe(expected);
  });

  it.each([['new', 'open'], ['indeterminate', 'in-progress'], ['done', 'done'], ['undefined', 'open']])('category %s -> %s', (key, expected) => {
    expect(statusOfCategory(key)).toBe(expected);
  });
});
