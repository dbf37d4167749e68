// The life of an SOP page: its state (draft, in review, approved, retired) and who may move it, the review due
// date from the last review and the review interval, and the drill cadence. Approval is the named approver's
// alone; reviews and drills never run are overdue, never current.
import { formatIsoDate, parseIsoDate } from '../schedule/dates';
import type { IsoDate } from '../schedule/types';

export const SOP_STATES = ['draft', 'in-review', 'approved', 'retired'] as const;
export type SopState = (typeof SOP_STATES)[number];

export const SOP_ACTIONS = ['submit', 'approve', 'reject', 'revise', 'retire'] as const;
export type SopAction = (typeof SOP_ACTIONS)[number];

export interface SopStatus {
  readonly state: SopState;
  readonly ownerId: string;
  readonly approverId: string;
  /** The SOP's major version: raised by a revision with a major change, which resets attestations. */
  readonly version: number;
  readonly lastReviewed?: IsoDate;
  readonly reviewEveryDays: number;
}

export type StatusRefusal = 'not-the-owner' | 'not-the-approver' | 'not-allowed-in-state';

export type StatusOutcome = { readonly ok: true; readonly value: SopStatus } | { readonly ok: false; readonly refusal: StatusRefusal };

/**
 * Moves an SOP: the owner submits (draft -> in review), revises (approved -> draft, a major revision raising the
 * version) and retires; only the named approver approves (in review -> approved, which counts as a review on
 * `today`) or rejects (in review -> draft).
 */
export function applySopAction(status: SopStatus, action: SopAction, actorId: string, today: IsoDate, major = false): StatusOutcome {
  const byOwner = actorId === status.ownerId;
  const byApprover = actorId === status.approverId;
  const move = (from: readonly SopState[], who: boolean, whoRefusal: StatusRefusal, next: SopStatus): StatusOutcome => {
    if (!from.includes(status.state)) return { ok: false, refusal: 'not-allowed-in-state' };
    return who ? { ok: true, value: next } : { ok: false, refusal: whoRefusal };
  };
  switch (action) {
    case 'submit': return move(['draft'], byOwner, 'not-the-owner', { ...status, state: 'in-review' });
    case 'approve': return move(['in-review'], byApprover, 'not-the-approver', { ...status, state: 'approved', lastReviewed: today });
    case 'reject': return move(['in-review'], byApprover, 'not-the-approver', { ...status, state: 'draft' });
    case 'revise': return move(['approved'], byOwner, 'not-the-owner', { ...status, state: 'draft', version: status.version + (major ? 1 : 0) });
    case 'retire': return move(['draft', 'in-review', 'approved'], byOwner, 'not-the-owner', { ...status, state: 'retired' });
  }
}

export interface DueDate {
  /** The day it is due; undefined when it never happened (then it is due now). */
  readonly due?: IsoDate;
  readonly overdue: boolean;
  /** Days past due (0 when not overdue). */
  readonly daysOverdue: number;
}

/** When the next occurrence is due, `everyDays` after the last one, and whether `today` is past it. */
export function dueAfter(last: IsoDate | undefined, everyDays: number, today: IsoDate): DueDate {
  const todayNumber = parseIsoDate(today);
  const lastNumber = last === undefined ? undefined : parseIsoDate(last);
  if (todayNumber === undefined) throw new Error(`not a date: ${today}`);
  if (lastNumber === undefined) return { overdue: true, daysOverdue: 0 };
  const dueNumber = lastNumber + everyDays;
  return { due: formatIsoDate(dueNumber), overdue: todayNumber > dueNumber, daysOverdue: Math.max(0, todayNumber - dueNumber) };
}

/** The review of an SOP: a retired SOP is never due; any other is due `reviewEveryDays` after its last review. */
export function reviewDue(status: SopStatus, today: IsoDate): DueDate {
  if (status.state === 'retired') return { overdue: false, daysOverdue: 0 };
  return dueAfter(status.lastReviewed, status.reviewEveryDays, today);
}
