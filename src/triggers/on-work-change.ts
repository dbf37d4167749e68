// Trigger on the issue and issue-link events of Jira: a change to a release's work marks its kept schedule as changed
// and queues one recomputation per interval. The event names the issues; the membership index names their releases.
import { z } from 'zod';
import { defineTrigger } from '../edge/define-trigger';
import { noteWorkChange } from '../services/schedule';

const id = z.union([z.string(), z.number()]).transform(String);
const issue = z.object({
  id,
  key: z.string().optional(),
  // Jira's issue events carry the issue's fields; a release and an epic, when present, say where new work went.
  fields: z.object({
    fixVersions: z.array(z.object({ id })).nullish(),
    parent: z.object({ id }).nullish(),
  }).loose().optional(),
});
const changeItem = z.object({ fieldId: z.string().optional(), field: z.string().optional(), to: z.string().nullish() }).loose();

const workEvent = z.discriminatedUnion('eventType', [
  z.object({ eventType: z.literal('avi:jira:created:issue'), issue }),
  z.object({ eventType: z.literal('avi:jira:updated:issue'), issue, changelog: z.object({ items: z.array(changeItem).default([]) }).optional() }),
  z.object({ eventType: z.literal('avi:jira:deleted:issue'), issue }),
  z.object({ eventType: z.literal('avi:jira:created:issuelink'), id: id.optional(), sourceIssueId: id, destinationIssueId: id }),
  z.object({ eventType: z.literal('avi:jira:deleted:issuelink'), id: id.optional(), sourceIssueId: id, destinationIssueId: id }),
]);

type WorkEvent = z.output<typeof workEvent>;

/** The issues an event is about (the issue, its new epic; both ends of a link) and the releases it names. */
function changeOf(event: WorkEvent): { issueIds: string[]; versionIds: string[] } {
  if (event.eventType === 'avi:jira:created:issuelink' || event.eventType === 'avi:jira:deleted:issuelink') {
    return { issueIds: [event.sourceIssueId, event.destinationIssueId], versionIds: [] };
  }
  const versionIds = (event.issue.fields?.fixVersions ?? []).map((version) => version.id);
  const issueIds = [event.issue.id, ...(event.issue.fields?.parent == null ? [] : [event.issue.fields.parent.id])];
  if (event.eventType === 'avi:jira:updated:issue') {
    for (const item of event.changelog?.items ?? []) {
      if (item.to == null) continue;
      if (item.fieldId === 'fixVersions') versionIds.push(item.to);
      if (item.fieldId === 'parent' || item.field === 'IssueParentAssociation') issueIds.push(item.to);
    }
  }
  return { issueIds, versionIds };
}

export const onWorkChange = defineTrigger('release-schedule-watch', workEvent, async (event, ctx) => {
  const noted = await noteWorkChange(ctx, changeOf(event));
  if (!noted.ok) console.error(`trigger release-schedule-watch: ${event.eventType} not noted: ${noted.error.code}`);
  return noted.ok ? { releases: noted.data.releases, queued: noted.data.queued } : { releases: [], queued: [], error: noted.error.code };
});
