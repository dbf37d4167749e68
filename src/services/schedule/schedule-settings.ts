// Use case: save a project's schedule settings, named by one of its epics; only its administrators may, and a
// save over someone else's newer version is refused with a conflict.
import type { Result } from '../../contract';
import { readEpic } from '../../adapters/jira/epic-work';
import { saveScheduleSettings as storeSettings, type VersionedSettings } from '../../adapters/storage/schedule-settings';
import type { ScheduleSettings } from '../../domain/schedule';
import type { UserCallContext } from '../call-context';
import { requireProjectPermission } from '../guards';

export async function saveScheduleSettings(
  ctx: UserCallContext, epicKey: string, settings: ScheduleSettings, expectedVersion: number,
): Promise<Result<VersionedSettings>> {
  const epic = await readEpic(ctx.jira, epicKey);
  if (!epic.ok) return epic;
  const { projectKey } = epic.data;
  const allowed = await requireProjectPermission(ctx, projectKey, 'ADMINISTER_PROJECTS');
  if (!allowed.ok) return allowed;
  return storeSettings(projectKey, settings, expectedVersion, ctx.principal.accountId, ctx.clock.now());
}
