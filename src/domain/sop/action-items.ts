// Post-mortem action items: each has one owner, a due date and a kind (prevent / detect / mitigate, the prompts of
// the template's action-items section), optionally a Jira issue that carries its live status; an item is overdue
// when it is not done and its due date has passed. Creating the issue is claimed first, so it happens once.
import { parseIsoDate } from '../schedule/dates';
import type { IsoDate } from '../schedule/types';
import type { DueDate } from './status';
import type { SopTemplate } from './template';

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

/** An action item as the post-mortem page keeps it, before any Jira issue. */
export interface ActionItemRecord {
  readonly id: string;
  readonly pageId: string;
  readonly kind: string;
  readonly summary: string;
  readonly ownerId: string;
  readonly due: IsoDate;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** The Jira issue of an item as Jira answers it now: its status category, due date and assignee. */
export interface LiveIssue {
  readonly key: string;
  readonly statusName: string;
  readonly categoryKey: string;
  readonly due?: IsoDate;
  readonly assigneeId?: string;
}

/** What an item looks like today: its status, and whether it is overdue against the due date that counts. */
export interface ActionItemState extends DueDate {
  /** `unknown` when the item has an issue that Jira did not answer (deleted, or hidden from the caller). */
  readonly status: ActionStatus | 'unknown';
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

/** The kinds an action item of this template may have: the items of its action-items section (none without one). */
export function actionKindsOf(template: Pick<SopTemplate, 'sections'>): readonly string[] {
  return template.sections.find((s) => s.kind === 'action-items')?.items ?? [];
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === undefined || b === undefined) throw new Error(`not a date: ${a === undefined ? from : to}`);
  return b - a;
}

/**
 * The state of an item today. With a linked issue, Jira decides: the status from its status category, and its due
 * date when it has one (someone may have moved it in Jira); `issue` undefined means linked but not answered
 * (`unknown`, never silently open or done). Without a link (`linked` false) the item is open.
 */
export function actionItemState(item: Pick<ActionItemRecord, 'due'>, linked: boolean, issue: LiveIssue | undefined, today: IsoDate): ActionItemState {
  const status: ActionItemState['status'] = !linked ? 'open' : issue === undefined ? 'unknown' : statusOfCategory(issue.categoryKey);
  const due = issue?.due ?? item.due;
  const late = status !== 'done' && status !== 'unknown' ? Math.max(0, daysBetween(due, today)) : 0;
  return { status, due, overdue: late > 0, daysOverdue: late };
}

export type NewActionRefusal = 'summary-empty' | 'kind-unknown' | 'due-in-past';

export type NewActionOutcome = { readonly ok: true; readonly value: ActionItemRecord } | { readonly ok: false; readonly refusal: NewActionRefusal };

/** Checks and builds a new action item; a due date before `today` is refused (an action is planned, not backdated). */
export function newActionItem(
  fields: { readonly id: string; readonly pageId: string; readonly kind: string; readonly summary: string; readonly ownerId: string; readonly due: IsoDate },
  kinds: readonly string[], by: string, now: string, today: IsoDate,
): NewActionOutcome {
  const summary = fields.summary.trim();
  if (summary === '') return { ok: false, refusal: 'summary-empty' };
  if (!kinds.includes(fields.kind)) return { ok: false, refusal: 'kind-unknown' };
  if (daysBetween(today, fields.due) < 0) return { ok: false, refusal: 'due-in-past' };
  return { ok: true, value: { ...fields, summary, createdBy: by, createdAt: now } };
}

/** How long a claim to create an item's issue holds before someone else may take it over (the claimer crashed). */
export const ISSUE_CLAIM_MS = 120_000;

/** Whether a claim made at `claimedAt` has lapsed at `now` (both ISO instants). */
export function claimLapsed(claimedAt: string, now: string): boolean {
  const at = Date.parse(claimedAt);
  const current = Date.parse(now);
  if (Number.isNaN(at) || Number.isNaN(current)) throw new Error('claim times must be ISO instants');
  return current - at >= ISSUE_CLAIM_MS;
}

/** The remote link's global id: one per page and item, so re-sending it updates the link instead of adding one. */
export function actionRemoteLinkId(pageId: string, itemId: string): string {
  return `launch-control:postmortem:${pageId}:${itemId}`;
}

