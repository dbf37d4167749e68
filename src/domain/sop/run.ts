// Drill and runbook runs: a run snapshots the SOP's steps when it starts; each person completes steps as their own
// records (kept one per step, so concurrent completions never overwrite each other); finishing decides the result
// (passed only with every step done; failed names the step) and its duration, which becomes the drill evidence.
import type { DrillEvidence, DrillResult } from './evidence';
import type { SopRole } from './roles';

export interface RunStep {
  readonly id: string;
  readonly owner: SopRole;
}

export interface RunFinish {
  readonly result: DrillResult;
  readonly failedStep?: string;
  readonly finishedAt: string;
  readonly finishedBy: string;
}

export interface Run {
  readonly runId: string;
  readonly pageId: string;
  readonly sopVersion: number;
  readonly steps: readonly RunStep[];
  readonly startedAt: string;
  readonly startedBy: string;
  readonly finish?: RunFinish;
}

export interface StepCompletion {
  readonly stepId: string;
  readonly by: string;
  readonly at: string;
  readonly note: string;
}

export type RunRefusal = 'unknown-step' | 'run-finished' | 'step-already-done' | 'steps-not-done' | 'failed-step-required' | 'failed-step-on-pass';

export type RunOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: RunRefusal };

/** Starts a run of an SOP's steps (a snapshot: editing the SOP later does not change a run under way). */
export function startRun(runId: string, pageId: string, sopVersion: number, steps: readonly RunStep[], startedBy: string, startedAt: string): Run {
  return { runId, pageId, sopVersion, steps: steps.map((s) => ({ id: s.id, owner: s.owner })), startedAt, startedBy };
}

/** Checks that `by` may complete `stepId` now: the step exists, is not done, and the run is not finished. */
export function completeStep(run: Run, completions: readonly StepCompletion[], completion: StepCompletion): RunOutcome<StepCompletion> {
  if (run.finish !== undefined) return { ok: false, refusal: 'run-finished' };
  if (!run.steps.some((s) => s.id === completion.stepId)) return { ok: false, refusal: 'unknown-step' };
  if (completions.some((c) => c.stepId === completion.stepId)) return { ok: false, refusal: 'step-already-done' };
  return { ok: true, value: completion };
}

/** The steps not yet done, in run order. */
export function pendingSteps(run: Run, completions: readonly StepCompletion[]): RunStep[] {
  const done = new Set(completions.map((c) => c.stepId));
  return run.steps.filter((s) => !done.has(s.id));
}

/** Whole minutes between two instants, never negative. */
export function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
}

/**
 * Finishes a run: `passed` needs every step done and names no failed step; `failed` needs the step that failed,
 * which must be one of the run's steps.
 */
export function finishRun(run: Run, completions: readonly StepCompletion[], result: DrillResult, failedStep: string | undefined, by: string, at: string): RunOutcome<Run> {
  if (run.finish !== undefined) return { ok: false, refusal: 'run-finished' };
  switch (result) {
    case 'passed':
      if (failedStep !== undefined) return { ok: false, refusal: 'failed-step-on-pass' };
      if (pendingSteps(run, completions).length > 0) return { ok: false, refusal: 'steps-not-done' };
      return { ok: true, value: { ...run, finish: { result, finishedAt: at, finishedBy: by } } };
    case 'failed':
      if (failedStep === undefined) return { ok: false, refusal: 'failed-step-required' };
      if (!run.steps.some((s) => s.id === failedStep)) return { ok: false, refusal: 'unknown-step' };
      return { ok: true, value: { ...run, finish: { result, failedStep, finishedAt: at, finishedBy: by } } };
  }
}

/** The drill evidence of a finished run; undefined while it is under way. */
export function evidenceOfRun(run: Run): DrillEvidence | undefined {
  const finish = run.finish;
  if (finish === undefined) return undefined;
  return {
    runId: run.runId, lastRunAt: finish.finishedAt, result: finish.result,
    durationMinutes: minutesBetween(run.startedAt, finish.finishedAt),
    ...(finish.failedStep === undefined ? {} : { failedStep: finish.failedStep }),
  };
}

/** The latest finished run (by finish time); what the page's evidence reports. */
export function latestFinishedRun(runs: readonly Run[]): Run | undefined {
  let latest: Run | undefined;
  for (const run of runs) {
    if (run.finish === undefined) continue;
    if (latest?.finish === undefined || run.finish.finishedAt > latest.finish.finishedAt) latest = run;
  }
  return latest;
}

/** The latest passed run (by finish time): what the next drill is due from, since a failed drill does not count as done. */
export function latestPassedRun(runs: readonly Run[]): Run | undefined {
  return latestFinishedRun(runs.filter((run) => run.finish?.result === 'passed'));
}
