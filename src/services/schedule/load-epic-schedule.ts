// Use case: the CPM schedule of one epic, read as the user: its work and links from Jira, the project's
// settings and the app's link overrides from storage, one plan whose tasks are the issues, scheduled once.
import { ok, type Result } from '../../contract';
import { readEpicWork, type Epic } from '../../adapters/jira/epic-work';
import { readIssueLinkTypes } from '../../adapters/jira/link-types';
import { readLinkOverrides } from '../../adapters/storage/dependency-overrides';
import { readScheduleSettings } from '../../adapters/storage/schedule-settings';
import {
  buildIssuePlan, chooseDeadline, computeSchedule, findBottlenecks,
  type Bottlenecks, type Deadline, type IsoDate, type IssuePlan, type ScheduleResult, type ScheduleSettings,
} from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';

export interface EpicSchedule {
  readonly epic: Pick<Epic, 'key' | 'summary' | 'projectKey'>;
  readonly today: IsoDate;
  readonly deadline: Deadline;
  readonly settings: ScheduleSettings;
  readonly settingsVersion: number;
  readonly plan: IssuePlan;
  readonly issueLinkTypes: readonly string[];
  readonly schedule: ScheduleResult;
  readonly bottlenecks: Bottlenecks | null;
  readonly canEdit: boolean;
  readonly canAdminister: boolean;
}

export async function loadEpicSchedule(ctx: UserCallContext, epicKey: string): Promise<Result<EpicSchedule>> {
  const work = await readEpicWork(ctx.jira, epicKey);
  if (!work.ok) return work;
  const { epic, items, links } = work.data;
  const [settings, overrides, permissions, issueLinkTypes] = await Promise.all([
    readScheduleSettings(epic.projectKey),
    readLinkOverrides(epic.projectKey, links.map((link) => link.id)),
    heldProjectPermissions(ctx, epic.projectKey, ['LINK_ISSUES', 'ADMINISTER_PROJECTS']),
    readIssueLinkTypes(ctx.jira),
  ]);
  if (!settings.ok) return settings;
  if (!overrides.ok) return overrides;
  if (!permissions.ok) return permissions;
  if (!issueLinkTypes.ok) return issueLinkTypes;
  const deadline = chooseDeadline(epic.key, epic.releases, epic.dueDate);
  const today = ctx.clock.today();
  const plan = buildIssuePlan({ items, links, settings: settings.data.settings, overrides: overrides.data, today, deadline: deadline?.date });
  const schedule = computeSchedule(plan);
  return ok({
    epic: { key: epic.key, summary: epic.summary, projectKey: epic.projectKey },
    today,
    deadline,
    settings: settings.data.settings,
    settingsVersion: settings.data.version,
    plan,
    issueLinkTypes: issueLinkTypes.data,
    schedule,
    bottlenecks: schedule.kind === 'scheduled' ? findBottlenecks(plan, schedule) : null,
    canEdit: permissions.data.has('LINK_ISSUES'),
    canAdminister: permissions.data.has('ADMINISTER_PROJECTS'),
  });
}
