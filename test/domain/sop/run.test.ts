// Drill runs: completing steps, finishing with a result, and the evidence a finished run gives.
import fc from 'fast-check';
import { completeStep, evidenceOfRun, finishRun, latestFinishedRun, latestPassedRun, pendingSteps, startRun, type Run, type StepCompletion } from '../../../src/domain/sop/run';

const steps = [{ id: 'freeze', owner: 'risk-operator' }, { id: 'cancel-all', owner: 'rnd-oncall' }, { id: 'notify', owner: 'cs-lead' }] as const;
const run = startRun('run-1', '1004', 2, steps, 'alice', '2026-11-25T09:00:00.000Z');
const done = (stepId: string, by = 'bob', at = '2026-11-25T09:10:00.000Z'): StepCompletion => ({ stepId, by, at, note: '' });

describe('completeStep', () => {
  it.each([
    ['a pending step', [], done('freeze'), null],
    ['a step done already', [done('freeze', 'carol')], done('freeze'), 'step-already-done'],
    ['a step the run lacks', [], done('halt'), 'unknown-step'],
  ])('%s', (_name, completions, completion, refusal) => {
    const outcome = completeStep(run, completions, completion);
    expect(outcome.ok ? null : outcome.refusal).toBe(refusal);
  });

  it('refuses any step of a finished run', () => {
    const finished = finishRun(run, [], 'failed', 'freeze', 'alice', '2026-11-25T09:05:00.000Z');
    if (!finished.ok) throw new Error('expected a finish');
    expect(completeStep(finished.value, [], done('cancel-all'))).toEqual({ ok: false, refusal: 'run-finished' });
  });
});

describe('finishRun', () => {
  const all = steps.map((s) => done(s.id));
  it.each([
    ['passed with every step done', all, 'passed', undefined, null],
    ['passed with a step pending', all.slice(1), 'passed', undefined, 'steps-not-done'],
    ['passed naming a failed step', all, 'passed', 'freeze', 'failed-step-on-pass'],
    ['failed without the step', all, 'failed', undefined, 'failed-step-required'],
    ['failed on a step the run lacks', [], 'failed', 'halt', 'unknown-step'],
    ['failed on a step, whatever is done', [], 'failed', 'cancel-all', null],
  ] as const)('%s', (_name, completions, result, failedStep, refusal) => {
    const outcome = finishRun(run, completions, result, failedStep, 'alice', '2026-11-25T09:42:00.000Z');
    expect(outcome.ok ? null : outcome.refusal).toBe(refusal);
  });

  it('gives the evidence of the run: finish time, result, whole minutes, failed step', () => {
    const outcome = finishRun(run, [], 'failed', 'cancel-all', 'alice', '2026-11-25T09:42:29.000Z');
    if (!outcome.ok) throw new Error('expected a finish');
    expect(evidenceOfRun(outcome.value)).toEqual({ runId: 'run-1', lastRunAt: '2026-11-25T09:42:29.000Z', result: 'failed', durationMinutes: 42, failedStep: 'cancel-all' });
    expect(evidenceOfRun(run)).toBeUndefined();
  });
});

describe('properties', () => {
  const stepIds = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1 });
  it('a run passes exactly when every step was completed, in any order by anyone', () => {
    fc.assert(fc.property(stepIds, fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')), (ids, attempts) => {
      const r = startRun('r', 'p', 1, ids.map((id) => ({ id, owner: 'pmo' })), 'x', '2026-01-01T00:00:00.000Z');
      let completions: StepCompletion[] = [];
      for (const [i, id] of attempts.entries()) {
        const outcome = completeStep(r, completions, done(id, `user-${String(i % 3)}`));
        if (outcome.ok) completions = [...completions, outcome.value];
      }
      expect(new Set(completions.map((c) => c.stepId)).size).toBe(completions.length);
      const passed = finishRun(r, completions, 'passed', undefined, 'x', '2026-01-01T01:00:00.000Z').ok;
      expect(passed).toBe(pendingSteps(r, completions).length === 0);
    }));
  });

  it('the latest finished run is the one that finished last', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1 }), (minutes) => {
      const runs: Run[] = minutes.map((m, i) => ({ ...run, runId: `r${String(i)}`, finish: { result: 'passed', finishedAt: new Date(Date.UTC(2026, 10, 25) + m * 60_000).toISOString(), finishedBy: 'x' } }));
      const latest = latestFinishedRun([run, ...runs]);
      expect(latest?.finish?.finishedAt).toBe(runs.map((r) => r.finish?.finishedAt ?? '').sort().at(-1));
    }));
  });

  it('the latest passed run ignores a later failure, and is none when every run failed', () => {
    const at = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();
    const passedEarly: Run = { ...run, runId: 'p', finish: { result: 'passed', finishedAt: at(10), finishedBy: 'x' } };
    const failedLate: Run = { ...run, runId: 'f', finish: { result: 'failed', failedStep: run.steps[0]?.id ?? 's', finishedAt: at(20), finishedBy: 'x' } };
    expect(latestFinishedRun([passedEarly, failedLate])?.runId).toBe('f');
    expect(latestPassedRun([passedEarly, failedLate, run])?.runId).toBe('p');
    expect(latestPassedRun([failedLate, run])).toBeUndefined();
  });
});
