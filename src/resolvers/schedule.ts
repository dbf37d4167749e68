// Resolvers of the `schedule/*` keys: the CPM schedule of an epic (read as the user), link overrides and settings.
import { appError } from '../contract';
import type { EpicSchedule } from '../contract/schedule';
import { today } from '../adapters/clock';
import { readEpicWork, type EpicWork } from '../adapters/jira/epic-work';
import { readLinkTypeNames } from '../adapters/jira/issue-fields';
import { projectPermissions } from '../adapters/jira/permissions';
import { readLinkOverrides, saveLinkOverride } from '../adapters/storage/dependency-overrides';
import { readScheduleSettings, saveScheduleSettings } from '../adapters/storage/schedule-settings';
import { computeSchedule, findBottlenecks } from '../domain/schedule';
import { buildIssuePlan } from '../domain/schedule/issue-plan';
import type { Handler } from './register';

/** The release date of the epic's soonest unreleased fix version, else the epic's due date. */
function deadlineOf(work: EpicWork): EpicSchedule['deadline'] {
  const release = work.releases.find((r) => r.releaseDate !== null);
  if (release?.releaseDate != null) return { date: release.releaseDate, source: 'release', name: release.name };
  if (work.epic.dueDate !== null) return { date: work.epic.dueDate, source: 'epic-due', name: work.epic.key };
  return null;
}

export const scheduleForEpic: Handler<'schedule/forEpic'> = async ({ issueKey }, _caller) => {
  const work = await readEpicWork(issueKey);
  if (!work.ok) return work.error.code === 'NOT_FOUND' ? { ok: false, error: appError('NOT_FOUND', `issue ${issueKey}`) } : work;
  const projectKey = work.value.epic.projectKey;
  const [settings, overrides, permissions, linkTypeNames] = await Promise.all([
    readScheduleSettings(projectKey), readLinkOverrides(projectKey), projectPermissions(projectKey, ['EDIT_ISSUES', 'LINK_ISSUES']), readLinkTypeNames(),
  ]);
  if (!settings.ok) return settings;
  if (!overrides.ok) return overrides;
  if (!permissions.ok) return permissions;
  if (!linkTypeNames.ok) return linkTypeNames;
  const deadline = deadlineOf(work.value);
  const date = today();
  const built = buildIssuePlan({
    items: work.value.rows.map((row) => row.item), links: work.value.links, rules: settings.value.settings,
    overrides: overrides.value, today: date, deadline: deadline?.date,
  });
  const schedule = computeSchedule(built.plan);
  const rowsByKey = new Map(work.value.rows.map((row) => [row.item.key, row]));
  return {
    ok: true,
    data: {
      epic: { key: work.value.epic.key, summary: work.value.epic.summary, projectKey },
      today: date,
      deadline,
      settings: settings.value.settings,
      settingsVersion: settings.value.version,
      plan: built.plan,
      issues: built.plan.tasks.map((task) => {
        const row = rowsByKey.get(task.id);
        const duration = built.durations.get(task.id) ?? { days: task.duration, source: 'assumed' as const };
        return {
          key: task.id, summary: task.name ?? '', status: row?.status ?? '', statusCategory: row?.item.statusCategory ?? 'new',
          assignee: row?.assignee ?? null, external: row?.external ?? false, duration,
        };
      }),
      links: [...built.links],
      linkTypeNames: linkTypeNames.value,
      schedule,
      bottlenecks: schedule.kind === 'scheduled' ? findBottlenecks(built.plan, schedule) : null,
      canEdit: permissions.value.has('EDIT_ISSUES') && permissions.value.has('LINK_ISSUES'),
    },
  };
};

export const scheduleSaveLinkOverride: Handler<'schedule/saveLinkOverride'> = async ({ issueKey, linkId, type, lag }, caller) => {
  const work = await readEpicWork(issueKey);
  if (!work.ok) return work;
  if (!work.value.links.some((link) => link.id === linkId)) return { ok: false, error: appError('NOT_FOUND', `link ${linkId} on the work of ${issueKey}`) };
  const projectKey = work.value.epic.projectKey;
  const permissions = await projectPermissions(projectKey, ['EDIT_ISSUES', 'LINK_ISSUES']);
  if (!permissions.ok) return permissions;
  if (!permissions.value.has('LINK_ISSUES')) return { ok: false, error: appError('FORBIDDEN', `You may not change links in ${projectKey}.`) };
  const saved = await saveLinkOverride(projectKey, { linkId, type, lag }, caller.accountId, new Date().toISOString());
  return saved.ok ? { ok: true, data: saved.value } : saved;
};

export const scheduleSaveSettings: Handler<'schedule/saveSettings'> = async ({ issueKey, settings, expectedVersion }, caller) => {
  const work = await readEpicWork(issueKey);
  if (!work.ok) return work;
  const projectKey = work.value.epic.projectKey;
  const permissions = await projectPermissions(projectKey, ['ADMINISTER_PROJECTS']);
  if (!permissions.ok) return permissions;
  if (!permissions.value.has('ADMINISTER_PROJECTS')) return { ok: false, error: appError('FORBIDDEN', `Only administrators of ${projectKey} may change its schedule settings.`) };
  const saved = await saveScheduleSettings(projectKey, settings, expectedVersion, caller.accountId, new Date().toISOString());
  return saved.ok ? { ok: true, data: saved.value } : saved;
};
