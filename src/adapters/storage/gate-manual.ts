// Manual inputs of a release's gate (entity `gate-manual`, index `by-release`): a person's mark on a manual
// criterion (key `<version>:mark:<criterion>`) and a counterparty's checklist row (key
// `<version>:row:<criterion>:<counterparty, hex>`). Each write names the version it read, so two people marking at
// once give one CONFLICT; removing a row is a conditional delete.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type DeepReadonly, type Result } from '../../contract';
import { CELL_STATES, CHECKLIST_COLUMNS, MARK_STATES, type CounterpartyRow, type ManualMark } from '../../domain/gate';
import { readPartition } from './entity-pages';
import { storageError } from './kvs-errors';

const ENTITY = 'gate-manual';
const MAX_PAGES = 50;

/** The stored record, schema version 1: a mark (`state` set) or a counterparty row (`counterparty` set). */
const storedSchema = z.object({
  schemaVersion: z.literal(1),
  versionId: z.string(),
  criterionId: z.string(),
  entry: z.enum(['mark', 'row']),
  counterparty: z.string(),
  state: z.enum(MARK_STATES).nullable(),
  cells: z.partialRecord(z.enum(CHECKLIST_COLUMNS), z.enum(CELL_STATES)),
  evidenceUrl: z.string().nullable(),
  comment: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int().min(1),
});
type Stored = DeepReadonly<z.infer<typeof storedSchema>>;

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
export const markKey = (versionId: string, criterionId: string) => `${versionId}:mark:${criterionId}`;
export const rowKey = (versionId: string, criterionId: string, counterparty: string) => `${versionId}:row:${criterionId}:${hex(counterparty)}`;

export interface ManualEntries {
  readonly marks: Map<string, ManualMark>;
  readonly rows: Map<string, CounterpartyRow[]>;
}

export async function readManualEntries(versionId: string): Promise<Result<ManualEntries>> {
  let stored: Stored[];
  try {
    stored = await readPartition(ENTITY, 'by-release', [versionId], storedSchema, MAX_PAGES);
  } catch (error: unknown) {
    return err(storageError(error, 'the manual marks'));
  }
  const marks = new Map<string, ManualMark>();
  const rows = new Map<string, CounterpartyRow[]>();
  for (const record of stored) {
    if (record.entry === 'mark' && record.state !== null) {
      marks.set(record.criterionId, {
        criterionId: record.criterionId, state: record.state, evidenceUrl: record.evidenceUrl, comment: record.comment,
        markedBy: record.updatedBy, markedAt: record.updatedAt, version: record.version,
      });
    } else if (record.entry === 'row') {
      const list = rows.get(record.criterionId) ?? [];
      list.push({
        criterionId: record.criterionId, counterparty: record.counterparty, cells: record.cells, evidenceUrl: record.evidenceUrl,
        comment: record.comment, updatedBy: record.updatedBy, updatedAt: record.updatedAt, version: record.version,
      });
      rows.set(record.criterionId, list);
    }
  }
  for (const list of rows.values()) list.sort((a, b) => a.counterparty.localeCompare(b.counterparty));
  return ok({ marks, rows });
}

const versionIs = (version: number) => new Filter<Stored>().and('version', FilterConditions.equalTo(version));

async function writeEntry(key: string, value: Stored, expectedVersion: number, what: string): Promise<Result<void>> {
  try {
    if (expectedVersion === 0) await kvs.entity<Stored>(ENTITY).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
    else await kvs.transact().set(key, value, { entityName: ENTITY, conditions: versionIs(expectedVersion) }).execute();
  } catch (error: unknown) {
    return err(storageError(error, what));
  }
  return ok(undefined);
}

export interface MarkInput { readonly state: ManualMark['state']; readonly evidenceUrl: string | null; readonly comment: string }

export function saveMark(versionId: string, criterionId: string, mark: MarkInput, expectedVersion: number, accountId: string, now: string): Promise<Result<void>> {
  return writeEntry(markKey(versionId, criterionId), {
    schemaVersion: 1, versionId, criterionId, entry: 'mark', counterparty: '', state: mark.state, cells: {},
    evidenceUrl: mark.evidenceUrl, comment: mark.comment, updatedBy: accountId, updatedAt: now, version: expectedVersion + 1,
  }, expectedVersion, 'the mark');
}

export interface RowInput { readonly cells: CounterpartyRow['cells']; readonly evidenceUrl: string | null; readonly comment: string }

export function saveRow(versionId: string, criterionId: string, counterparty: string, row: RowInput, expectedVersion: number, accountId: string, now: string): Promise<Result<void>> {
  return writeEntry(rowKey(versionId, criterionId, counterparty), {
    schemaVersion: 1, versionId, criterionId, entry: 'row', counterparty, state: null, cells: row.cells,
    evidenceUrl: row.evidenceUrl, comment: row.comment, updatedBy: accountId, updatedAt: now, version: expectedVersion + 1,
  }, expectedVersion, 'the counterparty row');
}

export async function deleteRow(versionId: string, criterionId: string, counterparty: string, expectedVersion: number): Promise<Result<void>> {
  try {
    await kvs.transact().delete(rowKey(versionId, criterionId, counterparty), { entityName: ENTITY, conditions: versionIs(expectedVersion) }).execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the counterparty row'));
  }
  return ok(undefined);
}
