// Drill and runbook runs (entity `sop-run`, key = run id, indexed by page) and their step completions (entity
// `sop-run-step`, key = `<run id>:<step id>`, indexed by run). Each completion is its own record written with
// FAIL_IF_EXISTS, so people completing different steps at once all keep theirs, and a step done twice is refused.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { DRILL_RESULTS } from '../../domain/sop/evidence';
import { SOP_ROLES } from '../../domain/sop/roles';
import type { Run, StepCompletion } from '../../domain/sop/run';
import { queryPartition } from './query-all';
import { storageError } from './kvs-errors';

const RUN = 'sop-run';
const STEP = 'sop-run-step';

const runSchema = z.object({
  schemaVersion: z.literal(1),
  runId: z.string(), pageId: z.string(), sopVersion: z.number().int().positive(),
  steps: z.array(z.object({ id: z.string(), owner: z.enum(SOP_ROLES) })),
  startedAt: z.string(), startedBy: z.string(),
  finished: z.boolean(),
  finish: z.object({ result: z.enum(DRILL_RESULTS), failedStep: z.string().optional(), finishedAt: z.string(), finishedBy: z.string() }).optional(),
});
type StoredRun = z.infer<typeof runSchema>;

const stepSchema = z.object({
  schemaVersion: z.literal(1), runId: z.string(), stepId: z.string(), by: z.string(), at: z.string(), note: z.string(),
});
type StoredStep = z.infer<typeof stepSchema>;

function runOf(stored: StoredRun): Run {
  const { runId, pageId, sopVersion, steps, startedAt, startedBy, finish } = stored;
  return {
    runId, pageId, sopVersion, steps, startedAt, startedBy,
    ...(finish === undefined ? {} : {
      finish: { result: finish.result, finishedAt: finish.finishedAt, finishedBy: finish.finishedBy, ...(finish.failedStep === undefined ? {} : { failedStep: finish.failedStep }) },
    }),
  };
}

function storedRunOf(run: Run): StoredRun {
  return {
    schemaVersion: 1, runId: run.runId, pageId: run.pageId, sopVersion: run.sopVersion, steps: run.steps.map((s) => ({ id: s.id, owner: s.owner })),
    startedAt: run.startedAt, startedBy: run.startedBy, finished: run.finish !== undefined,
    ...(run.finish === undefined ? {} : { finish: { ...run.finish } }),
  };
}

function parseRun(value: unknown): Run | undefined {
  const parsed = runSchema.safeParse(value);
  if (!parsed.success) console.error('storage: a SOP run does not parse and is ignored');
  return parsed.success ? runOf(parsed.data) : undefined;
}

export async function readRun(runId: string): Promise<Result<Run | undefined>> {
  try {
    const value = await kvs.entity<unknown>(RUN).get(runId);
    return ok(value === undefined || value === null ? undefined : parseRun(value));
  } catch (error: unknown) {
    return err(storageError(error, 'the run'));
  }
}

export async function listRuns(pageId: string): Promise<Result<Run[]>> {
  try {
    return ok((await queryPartition(RUN, 'by-page', [pageId])).flatMap((v) => parseRun(v) ?? []));
  } catch (error: unknown) {
    return err(storageError(error, 'the runs'));
  }
}

export async function createRun(run: Run): Promise<Result<Run>> {
  try {
    await kvs.entity<StoredRun>(RUN).set(run.runId, storedRunOf(run), { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error: unknown) {
    return err(storageError(error, 'the run'));
  }
  return ok(run);
}

/** Records the finish of a run that is not yet finished (CONFLICT when someone finished it first). */
export async function saveRunFinish(run: Run): Promise<Result<Run>> {
  try {
    await kvs.transact()
      .set(run.runId, storedRunOf(run), { entityName: RUN, conditions: new Filter<StoredRun>().and('finished', FilterConditions.equalTo(false)) })
      .execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the run'));
  }
  return ok(run);
}

export async function listStepCompletions(runId: string): Promise<Result<StepCompletion[]>> {
  try {
    const values = await queryPartition(STEP, 'by-run', [runId]);
    return ok(values.flatMap((value) => {
      const parsed = stepSchema.safeParse(value);
      return parsed.success ? [{ stepId: parsed.data.stepId, by: parsed.data.by, at: parsed.data.at, note: parsed.data.note }] : [];
    }));
  } catch (error: unknown) {
    return err(storageError(error, 'the run steps'));
  }
}

/** Keeps one step completion; CONFLICT when the step was completed already (by anyone). */
export async function addStepCompletion(runId: string, completion: StepCompletion): Promise<Result<StepCompletion>> {
  const value: StoredStep = { schemaVersion: 1, runId, ...completion };
  try {
    await kvs.entity<StoredStep>(STEP).set(`${runId}:${completion.stepId}`, value, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error: unknown) {
    return err(storageError(error, 'the step'));
  }
  return ok(completion);
}
