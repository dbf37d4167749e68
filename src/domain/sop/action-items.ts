// Post-mortem action items: each has one owner and a due date, optionally a Jira issue that carries its live
// status; an item is overdue when it is not done and its due date has passed.
import type { IsoDate } from '../schedule/types';

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionItem {
  readonly id: string;
  readonly summary: string;
  readonly ownerId: string;
  readonly due: IsoDate;
  readonly status: ActionStatus;
  readonly issueKey?: string;
}

/** Overdue: not done and due before `today` (ISO dates compare as text). */
export function isOverdue(item: Pick<ActionItem, 'due' | 'status'>, today: IsoDate): boolean {
  return item.status !== 'done' && item.due < today;
}

/** Maps a Jira status category key to an action status (`new`, `indeterminate`, `done`). */
export function statusOfCategory(categoryKey: string): ActionStatus {
  switch (categoryKey) {
    case 'done': return 'done';
    case 'indeterminate': return 'in-progress';
    default: return 'open';
  }
}
