// One issue as the schedule reads it: the fields of a row (parsed, never trusted) turned into a WorkItem, and its
// issue links as WorkLinks. Shared by every reader of work (an epic's, a release's).
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { issueKey } from '../../contract/values';
import type { StatusCategory, WorkItem, WorkLink } from '../../domain/schedule';
import type { ScheduleFieldIds } from './issue-fields';

/** An issue as Jira answers it: id, key and the requested fields. */
export interface FoundIssue {
  readonly id: string;
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

const linkedIssue = z.object({ key: issueKey });
export const issueLinks = z.array(z.object({
  id: z.string(),
  type: z.object({ name: z.string() }),
  inwardIssue: linkedIssue.optional(),
  outwardIssue: linkedIssue.optional(),
}));

const rowFields = z.object({
  summary: z.string().default(''),
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullish(),
  timeoriginalestimate: z.number().nullish(),
  duedate: z.string().nullish(),
  resolutiondate: z.string().nullish(),
  statuscategorychangedate: z.string().nullish(),
  issuelinks: issueLinks.optional(),
});

export const dateOnly = (value: string | null | undefined): string | null => (value === null || value === undefined ? null : value.slice(0, 10));

export function statusCategoryOf(key: string): StatusCategory {
  return key === 'done' ? 'done' : key === 'indeterminate' ? 'indeterminate' : 'new';
}

export function toItem(found: FoundIssue, ids: ScheduleFieldIds, external: boolean): Result<WorkItem> {
  const parsed = rowFields.safeParse(found.fields);
  if (!parsed.success) return err(appError('UNAVAILABLE', `Jira answered ${found.key} in an unexpected shape.`));
  const f = parsed.data;
  const points = ids.storyPoints === undefined ? undefined : found.fields[ids.storyPoints];
  const start = ids.startDate === undefined ? undefined : found.fields[ids.startDate];
  return ok({
    key: found.key,
    summary: f.summary,
    status: f.status.name,
    statusCategory: statusCategoryOf(f.status.statusCategory.key),
    estimateSeconds: f.timeoriginalestimate ?? null,
    storyPoints: typeof points === 'number' ? points : null,
    startDate: typeof start === 'string' ? dateOnly(start) : null,
    dueDate: dateOnly(f.duedate),
    categoryChangedOn: dateOnly(f.statuscategorychangedate),
    resolvedOn: dateOnly(f.resolutiondate),
    assignee: f.assignee?.accountId ?? null,
    assigneeName: f.assignee?.displayName ?? null,
    external,
  });
}

export function linksOf(found: FoundIssue): WorkLink[] {
  const parsed = issueLinks.safeParse(found.fields.issuelinks ?? []);
  if (!parsed.success) return [];
  return parsed.data.flatMap((link): WorkLink[] => {
    if (link.outwardIssue !== undefined) return [{ id: link.id, from: found.key, to: link.outwardIssue.key, issueLinkType: link.type.name }];
    if (link.inwardIssue !== undefined) return [{ id: link.id, from: link.inwardIssue.key, to: found.key, issueLinkType: link.type.name }];
    return [];
  });
}

