// The analyst's diagnosis settings per project (KVS key `diagnosis-settings:<project>`), with a revision counting
// saves: a save names the revision it read and is refused (CONFLICT) when someone saved in between.
import kvs from '@forge/kvs';
import { z } from 'zod';
import { appError, err, ok, type Result } from '../../contract';
import { diagnosisSettingsSchema, type DiagnosisSettings } from '../../contract/diagnosis';
import { storageError } from './kvs-errors';

const keyOf = (projectKey: string) => `diagnosis-settings:${projectKey}`;
// Stored record, schema version 1: its own schema (the settings part reuses the value schema).
const storedSchema = z.object({ schemaVersion: z.literal(1), settings: diagnosisSettingsSchema, revision: z.number().int().min(1), updatedBy: z.string(), updatedAt: z.string() });

export async function readDiagnosisSettings(projectKey: string, defaults: DiagnosisSettings): Promise<Result<{ settings: DiagnosisSettings; revision: number }>> {
  try {
    const parsed = storedSchema.safeParse(await kvs.get<unknown>(keyOf(projectKey)));
    return ok(parsed.success ? { settings: parsed.data.settings, revision: parsed.data.revision } : { settings: defaults, revision: 0 });
  } catch (error: unknown) {
    return err(storageError(error, 'the diagnosis settings'));
  }
}

export async function saveDiagnosisSettings(projectKey: string, settings: DiagnosisSettings, expectedRevision: number, by: string, at: string): Promise<Result<number>> {
  try {
    const current = storedSchema.safeParse(await kvs.get<unknown>(keyOf(projectKey)));
    const revision = current.success ? current.data.revision : 0;
    if (revision !== expectedRevision) return err(appError('CONFLICT', 'Someone saved the diagnosis settings first; reload them.', { reason: 'changed-by-someone-else' }));
    await kvs.set(keyOf(projectKey), { schemaVersion: 1, settings, revision: revision + 1, updatedBy: by, updatedAt: at });
    return ok(revision + 1);
  } catch (error: unknown) {
    return err(storageError(error, 'the diagnosis settings'));
  }
}
