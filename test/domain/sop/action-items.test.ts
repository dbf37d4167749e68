// Post-mortem action items: the state from the Jira status category, overdue against the due date that counts,
// new items checked, and the claim that makes creating an item's issue happen once.
import fc from 'fast-check';
import {
  actionItemState, actionKindsOf, actionRemoteLinkId, claimLapsed, ISSUE_CLAIM_MS, newActionItem, type LiveIssue,
} from '../../../src/domain/sop/action-items';
import { templateById } from '../../../src/domain/sop/templates';

const today = '2026-12-03';
const issue = (categoryKey: string, due?: string): LiveIssue => ({ key: 'PERP-900', statusName: 'x', categoryKey, ...(due === undefined ? {} : { due }) });

describe('actionItemState', () => {
  it.each([
    ['not linked, due yesterday', false, undefined, '2026-12-02', { status: 'open', due: '2026-12-02', overdue: true, daysOverdue: 1 }],
    ['not linked, due today', false, undefined, '2026-12-03', { status: 'open', due: '2026-12-03', overdue: false, daysOverdue: 0 }],
    ['to do in Jira, 10 days late', true, issue('new'), '2026-11-23', { status: 'open', overdue: true, daysOverdue: 10 }],
    ['in progress in Jira, due tomorrow', true, issue('indeterminate'), '2026-12-04', { status: 'in-progress', overdue: false }],
    ['done in Jira, long past due', true, issue('done'), '2026-01-01', { status: 'done', overdue: false, daysOverdue: 0 }],
    ['Jira moved the due date later', true, issue('new', '2026-12-10'), '2026-12-01', { status: 'open', due: '2026-12-10', overdue: false }],
    ['Jira moved the due date earlier', true, issue('indeterminate', '2026-11-30'), '2026-12-20', { status: 'in-progress', due: '2026-11-30', overdue: true, daysOverdue: 3 }],
    ['linked but not answered by Jira', true, undefined, '2026-11-01', { status: 'unknown', overdue: false, daysOverdue: 0 }],
  ] as const)('%s', (_, linked, live, due, expected) => {
    expect(actionItemState({ due }, linked, live, today)).toMatchObject(expected);
  });

  it('is overdue exactly when not done, not unknown, and the due date is before today', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(fc.property(day, day, fc.constantFrom('new', 'indeterminate', 'done'), fc.boolean(), (due, now, category, linked) => {
      const state = actionItemState({ due }, linked, linked ? issue(category) : undefined, now);
      expect(state.overdue).toBe(state.status !== 'done' && due < now);
      expect(state.daysOverdue > 0).toBe(state.overdue);
    }));
  });
});

describe('newActionItem', () => {
  const kinds = actionKindsOf(templateById('post-mortem'));
  const fields = { id: 'a1', pageId: '1011', kind: 'prevent', summary: '  Alert on settlement delay  ', ownerId: 'u1', due: '2026-12-10' };

  it('takes its kinds from the post-mortem template', () => {
    expect(kinds).toEqual(['prevent', 'detect', 'mitigate']);
    expect(actionKindsOf(templateById('circuit-breaker-drill'))).toEqual([]);
  });

  it('builds the item with the summary trimmed and who made it when', () => {
    expect(newActionItem(fields, kinds, 'u2', '2026-12-03T08:00:00.000Z', today)).toEqual({
      ok: true, value: { ...fields, summary: 'Alert on settlement delay', createdBy: 'u2', createdAt: '2026-12-03T08:00:00.000Z' },
    });
  });

  it.each([
    [{ summary: '   ' }, 'summary-empty'],
    [{ kind: 'blame' }, 'kind-unknown'],
    [{ due: '2026-12-02' }, 'due-in-past'],
  ] as const)('refuses %j: %s', (change, refusal) => {
    expect(newActionItem({ ...fields, ...change }, kinds, 'u2', '2026-12-03T08:00:00.000Z', today)).toEqual({ ok: false, refusal });
  });

  it('accepts an item due today', () => {
    expect(newActionItem({ ...fields, due: today }, kinds, 'u2', '2026-12-03T08:00:00.000Z', today).ok).toBe(true);
  });
});

describe('the claim to create an issue', () => {
  it('holds for two minutes, then lapses', () => {
    const at = '2026-12-03T08:00:00.000Z';
    expect(claimLapsed(at, '2026-12-03T08:01:59.999Z')).toBe(false);
    expect(claimLapsed(at, new Date(Date.parse(at) + ISSUE_CLAIM_MS).toISOString())).toBe(true);
    expect(() => claimLapsed('yesterday', at)).toThrow(/ISO instants/);
  });

  it('names the remote link by page and item, so one item never gets two links', () => {
    expect(actionRemoteLinkId('1011', 'a1')).toBe('launch-control:postmortem:1011:a1');
    expect(actionRemoteLinkId('1011', 'a1')).not.toBe(actionRemoteLinkId('1012', 'a1'));
  });
});
