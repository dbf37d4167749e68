// Resolvers of the `schedule/*` keys: the CPM schedule of an epic (read as the user), link overrides and settings.
// Every Jira request of one call shares one retry budget, so a rate-limited call still answers in time.
import { appError } from '../contract';
import { ok, type Result } from '../adapters/result';
import { today } from '../adapters/clock';
import { readEpic, readEpicWork } from '../adapters/jira/epic-work';
import { readLinkTypeNames } from '../adapters/jira/link-types';
import { projectPermissions } from '../adapters/jira/permissions';
import { createRetryBudget, RESOLVER_RETRY_BUDGET_MS, type RetryBudget } from '../adapters/jira/retry-budget';
import { clearLinkOverride, readLinkOverrides, saveLinkOverride } from '../adapters/storage/dependency-overrides';
import { readScheduleSettings, saveScheduleSettings } from '../adapters/storage/schedule-settings';
import { computeSchedule, findBottlenecks } from '../domain/schedule';
import { chooseDeadline } from '../domain/schedule/deadline';
import { buildIssuePlan } from '../domain/schedule/issue-plan';
import type { Handler } from './register';

export const scheduleForEpic: Handler<'schedule/forEpic'> = async ({ issueKey }, caller) => {
  const budget = createRetryBudget(RESOLVER_RETRY_BUDGET_MS);
  const work = await readEpicWork(issueKey, budget);
  if (!work.ok) return work;
  const { epic, rows, links } = work.value;
  const [settings, overrides, permissions, linkTypeNames] = await Promise.all([
    readScheduleSettings(epic.projectKey),
    readLinkOverrides(epic.projectKey, links.map((link) => link.id)),
    projectPermissions(epic.projectKey, ['LINK_ISSUES', 'ADMINISTER_PROJECTS'], budget),
    readLinkTypeNames(budget),
  ]);
  if (!settings.ok) return settings;
  if (!overrides.ok) return overrides;
  if (!permissions.ok) return permissions;
  if (!linkTypeNames.ok) return linkTypeNames;
  const deadline = chooseDeadline(epic.key, epic.releases, epic.dueDate);
  const date = today(caller.timeZone);
  const built = buildIssuePlan({
    items: rows.map((row) => row.item), links, rules: settings.value.settings,
    overrides: overrides.value, today: date, deadline: deadline?.date,
  });
  const schedule = computeSchedule(built.plan);
  const rowsByKey = new Map(rows.map((row) => [row.item.key, row]));
  return {
    ok: true,
    data: {
      epic: { key: epic.key, summary: epic.summary, projectKey: epic.projectKey },
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
      canEdit: permissions.value.has('LINK_ISSUES'),
      canAdminister: permissions.value.has('ADMINISTER_PROJECTS'),
    },
  };
};

/**
 * The project of a link the caller may keep a type and lag for: the link is on the epic's work (NOT_FOUND otherwise,
 * so nothing is said about links elsewhere) and the caller has LINK_ISSUES in the epic's project (FORBIDDEN otherwise).
 */
async function projectOfEditableLink(issueKey: string, linkId: string, budget: RetryBudget): Promise<Result<string>> {
  const work = await readEpicWork(issueKey, budget);
  if (!work.ok) return work;
  if (!work.value.links.some((link) => link.id === linkId)) return { ok: false, error: appError('NOT_FOUND', `link ${linkId} on the work of ${issueKey}`) };
  const projectKey = work.value.epic.projectKey;
  const permissions = await projectPermissions(projectKey, ['LINK_ISSUES'], budget);
  if (!permissions.ok) return permissions;
  if (!permissions.value.has('LINK_ISSUES')) return { ok: false, error: appError('FORBIDDEN', `You may not change links in ${projectKey}.`) };
  return ok(projectKey);
}

export const scheduleSaveLinkOverride: Handler<'schedule/saveLinkOverride'> = async ({ issueKey, linkId, type, lag }, caller) => {
  const project = await projectOfEditableLink(issueKey, linkId, createRetryBudget(RESOLVER_RETRY_BUDGET_MS));
  if (!project.ok) return project;
  const saved = await saveLinkOverride(project.value, { linkId, type, lag }, caller.accountId, new Date().toISOString());
  return saved.ok ? { ok: true, data: saved.value } : saved;
};

export const scheduleClearLinkOverride: Handler<'schedule/clearLinkOverride'> = async ({ issueKey, linkId }) => {
  const project = await projectOfEditableLink(issueKey, linkId, createRetryBudget(RESOLVER_RETRY_BUDGET_MS));
  if (!project.ok) return project;
  const cleared = await clearLinkOverride(project.value, linkId);
  return cleared.ok ? { ok: true, data: { linkId: cleared.value } } : cleared;
};

export const scheduleSaveSettings: Handler<'schedule/saveSettings'> = async ({ issueKey, settings, expectedVersion }, caller) => {
  const budget = createRetryBudget(RESOLVER_RETRY_BUDGET_MS);
  const epic = await readEpic(issueKey, budget);
  if (!epic.ok) return epic;
  const { projectKey } = epic.value;
  const permissions = await projectPermissions(projectKey, ['ADMINISTER_PROJECTS'], budget);
  if (!permissions.ok) return permissions;
  if (!permissions.value.has('ADMINISTER_PROJECTS')) return { ok: false, error: appError('FORBIDDEN', `Only administrators of ${projectKey} may change its schedule settings.`) };
  const saved = await saveScheduleSettings(projectKey, settings, expectedVersion, caller.accountId, new Date().toISOString());
  return saved.ok ? { ok: true, data: saved.value } : saved;
};
