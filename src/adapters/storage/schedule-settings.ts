// The schedule settings of each project (entity `schedule-settings`, key = project key), versioned so that two
// people saving at once cannot overwrite each other: a write names the version it read, or gets a conflict.
import kvs, { FilterConditions, Filter } from '@forge/kvs';
import { z } from 'zod';
import { scheduleSettingsSchema, type ScheduleSettings } from '../../contract/schedule';
import { DEFAULT_PLANNING_RULES } from '../../domain/schedule/issue-plan';
import { err, ok, type Result } from '../result';
import { storageError } from './kvs-errors';

const ENTITY = 'schedule-settings';

// What is stored: the settings plus who saved which version when. The version is read on its own, so a record
// whose settings no longer parse (an older shape) can still be overwritten under its version condition.
const storedSchema = scheduleSettingsSchema.extend({
  projectKey: z.string(),
  version: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
const storedVersion = z.object({ version: z.number().int().min(1) });
type Stored = z.infer<typeof storedSchema>;

const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  ...DEFAULT_PLANNING_RULES,
  workdays: [...DEFAULT_PLANNING_RULES.workdays],
  holidays: [...DEFAULT_PLANNING_RULES.holidays],
  linkTypes: { ...DEFAULT_PLANNING_RULES.linkTypes },
};

export interface VersionedSettings {
  readonly settings: ScheduleSettings;
  /** 0 = never saved (the defaults). */
  readonly version: number;
}

export async function readScheduleSettings(projectKey: string): Promise<Result<VersionedSettings>> {
  let stored: unknown;
  try {
    stored = await kvs.entity<Stored>(ENTITY).get(projectKey);
  } catch (error: unknown) {
    return err(storageError(error, 'the schedule settings'));
  }
  if (stored === undefined || stored === null) return ok({ settings: DEFAULT_SCHEDULE_SETTINGS, version: 0 });
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) {
    const version = storedVersion.safeParse(stored);
    console.error(`storage: schedule settings of ${projectKey} do not parse; defaults are shown until they are saved again`);
    return ok({ settings: DEFAULT_SCHEDULE_SETTINGS, version: version.success ? version.data.version : 0 });
  }
  return ok({ settings: scheduleSettingsSchema.parse(parsed.data), version: parsed.data.version });
}

/** Saves `settings` over `expectedVersion`; CONFLICT when someone saved in between. */
export async function saveScheduleSettings(
  projectKey: string, settings: ScheduleSettings, expectedVersion: number, accountId: string, now: string,
): Promise<Result<VersionedSettings>> {
  const value: Stored = { ...settings, projectKey, version: expectedVersion + 1, updatedBy: accountId, updatedAt: now };
  try {
    if (expectedVersion === 0) {
      await kvs.entity<Stored>(ENTITY).set(projectKey, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    } else {
      await kvs.transact()
        .set(projectKey, value, { entityName: ENTITY, conditions: new Filter<Stored>().and('version', FilterConditions.equalTo(expectedVersion)) })
        .execute();
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the schedule settings'));
  }
  return ok({ settings, version: value.version });
}
