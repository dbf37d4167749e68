// Which custom fields hold story points and the start date on this site, discovered through /rest/api/3/field
// (their ids differ between sites), and the issue fields the schedule reads.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

const fieldList = z.array(z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).optional(),
}));

export interface ScheduleFieldIds {
  readonly storyPoints: string | undefined;
  readonly startDate: string | undefined;
}

const STORY_POINT_NAMES = ['story point estimate', 'story points'];

export async function discoverScheduleFields(jira: JiraClient): Promise<Result<ScheduleFieldIds>> {
  const answer = await jira.request({ path: route`/rest/api/3/field`, schema: fieldList, what: 'the field list' });
  if (!answer.ok) return answer;
  const fields = answer.data;
  const storyPoints = fields.find((f) => f.custom === true && (STORY_POINT_NAMES.includes(f.name.toLowerCase()) || (f.schema?.custom ?? '').includes('story-points')));
  const startDate = fields.find((f) => f.custom === true && f.name.toLowerCase() === 'start date' && f.schema?.type === 'date');
  return ok({ storyPoints: storyPoints?.id, startDate: startDate?.id });
}

/** The fields one schedule row needs, and nothing more. */
export function scheduleFields(ids: ScheduleFieldIds, withLinks: boolean): string[] {
  return [
    'summary', 'status', 'assignee', 'timeoriginalestimate', 'duedate', 'resolutiondate', 'statuscategorychangedate',
    ...(withLinks ? ['issuelinks'] : []),
    ...(ids.storyPoints === undefined ? [] : [ids.storyPoints]),
    ...(ids.startDate === undefined ? [] : [ids.startDate]),
  ];
}
