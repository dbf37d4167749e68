// The schedule settings of each project (entity `schedule-settings`, key = project key), versioned so that two
// people saving at once cannot overwrite each other: a write names the version it read, or gets a conflict.
import kvs, { FilterConditions, Filter } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { isoDate, weekday } from '../../contract/values';
import { DEFAULT_SCHEDULE_SETTINGS, DURATION_SOURCES, LINK_MAPPINGS, type ScheduleSettings } from '../../domain/schedule';
import { storageError } from './kvs-errors';

const ENTITY = 'schedule-settings';

// The stored record, schema version 1 (records written before versions were named have none and are version 1):
// its own schema, not the wire's, so the two can change apart. `version` counts saves, for the write condition.
const storedSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  projectKey: z.string(),
  durationSource: z.enum(DURATION_SOURCES),
  hoursPerDay: z.number().positive(),
  daysPerPoint: z.number().positive(),
  assumedDays: z.number().int().min(0),
  workdays: z.array(weekday).min(1),
  holidays: z.array(isoDate),
  linkTypes: z.record(z.string(), z.enum(LINK_MAPPINGS)),
  version: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
// The version is read on its own, so a record whose settings no longer parse can still be overwritten under it.
const storedVersion = z.object({ version: z.number().int().min(1) });
type Stored = z.infer<typeof storedSchema>;

export interface VersionedSettings {
  readonly settings: ScheduleSettings;
  /** 0 = never saved (the defaults). */
  readonly version: number;
}

function settingsOf(stored: Stored): ScheduleSettings {
  const { durationSource, hoursPerDay, daysPerPoint, assumedDays, workdays, holidays, linkTypes } = stored;
  return { durationSource, hoursPerDay, daysPerPoint, assumedDays, workdays, holidays, linkTypes };
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
  return ok({ settings: settingsOf(parsed.data), version: parsed.data.version });
}

/** Saves `settings` over `expectedVersion`; CONFLICT when someone saved in between. */
export async function saveScheduleSettings(
  projectKey: string, settings: ScheduleSettings, expectedVersion: number, accountId: string, now: string,
): Promise<Result<VersionedSettings>> {
  const value: Stored = {
    schemaVersion: 1, projectKey, ...settings, workdays: [...settings.workdays], holidays: [...settings.holidays],
    version: expectedVersion + 1, updatedBy: accountId, updatedAt: now,
  };
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
