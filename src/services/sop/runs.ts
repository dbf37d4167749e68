// Runbook and drill runs of an SOP page: start a run (a snapshot of the template's steps), complete steps as the
// caller (one record per step, so people working one run at once all keep theirs, each recorded as its completer),
// finish it with a result, and then publish the page's drill evidence as the app. Starting and finishing need the
// right to edit the page (a reader can take part in a run, but not make a drill happen or pass).
import { appError, err, ok, type ErrorReason, type OutputOf, type Result, type RunView } from '../../contract';
import { newId } from '../../adapters/app-identity';
import { readPageProperty } from '../../adapters/confluence/content-properties';
import { readUser } from '../../adapters/confluence/groups';
import { addStepCompletion, createRun, listRuns, listStepCompletions, readRun, saveRunFinish } from '../../adapters/storage/sop-runs';
import { sopEvidence } from '../../contract/sop-evidence';
import { drillEvidence, SOP_EVIDENCE_KEY, type DrillResult } from '../../domain/sop/evidence';
import { sopLocaleOf } from '../../domain/sop/roles';
import { completeStep, evidenceOfRun, finishRun, minutesBetween, startRun, type Run, type RunRefusal, type StepCompletion } from '../../domain/sop/run';
import { expectedRunMinutes, type SopTemplate } from '../../domain/sop/template';
import type { UserCallContext } from '../call-context';
import { publishEvidence } from './evidence';
import { requireSopEditor, requireSopPage } from './page-access';

const REFUSALS: Readonly<Record<RunRefusal, ErrorReason>> = {
  'unknown-step': 'sop-step-unknown', 'run-finished': 'sop-run-finished', 'step-already-done': 'sop-step-already-done',
  'steps-not-done': 'sop-steps-not-done', 'failed-step-required': 'sop-failed-step-required', 'failed-step-on-pass': 'sop-failed-step-required',
};

function refused(refusal: RunRefusal) {
  const code = refusal === 'step-already-done' || refusal === 'run-finished' ? 'CONFLICT' : 'BAD_REQUEST';
  return err(appError(code, `The run refused that: ${refusal}.`, { reason: REFUSALS[refusal] }));
}

function viewOfRun(run: Run, completions: readonly StepCompletion[], template: SopTemplate, locale: string): RunView {
  const text = template.text[sopLocaleOf(locale)];
  const minutes = new Map(template.steps.map((s) => [s.id, s.expectedMinutes]));
  return {
    runId: run.runId, sopVersion: run.sopVersion, startedAt: run.startedAt, startedBy: run.startedBy,
    steps: run.steps.map((s) => ({ id: s.id, owner: s.owner, title: text.steps[s.id]?.title ?? s.id, detail: text.steps[s.id]?.detail ?? '', expectedMinutes: minutes.get(s.id) ?? 0 })),
    completions: [...completions].sort((a, b) => a.at.localeCompare(b.at)),
    ...(run.finish === undefined ? {} : { finish: { ...run.finish, durationMinutes: minutesBetween(run.startedAt, run.finish.finishedAt) } }),
  };
}

export async function loadRunbook(ctx: UserCallContext, pageId: string): Promise<Result<OutputOf<'sop/runbook'>>> {
  const access = await requireSopPage(ctx, pageId);
  if (!access.ok) return access;
  const { template, page } = access.data;
  const runs = await listRuns(pageId);
  if (!runs.ok) return runs;
  const views: RunView[] = [];
  for (const run of runs.data.sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, 20)) {
    const completions = await listStepCompletions(run.runId);
    if (!completions.ok) return completions;
    views.push(viewOfRun(run, completions.data, template, ctx.principal.locale));
  }
  const property = await readPageProperty(ctx.confluence, pageId, SOP_EVIDENCE_KEY);
  const evidence = property.ok && property.data !== undefined ? sopEvidence.safeParse(property.data.value) : undefined;
  const ids = [...new Set(views.flatMap((v) => [v.startedBy, ...v.completions.map((c) => c.by), ...(v.finish === undefined ? [] : [v.finish.finishedBy])]))];
  const people = await Promise.all(ids.map((id) => readUser(ctx.confluence, id)));
  return ok({
    pageId, templateId: template.id, drill: template.kind === 'drill', title: page.title, expectedMinutes: expectedRunMinutes(template),
    runs: views, ...(evidence?.success === true ? { evidence: evidence.data } : {}),
    people: people.map((p, i) => (p.ok ? p.data : { accountId: ids[i] ?? '', displayName: ids[i] ?? '' })),
  });
}

export async function startSopRun(ctx: UserCallContext, pageId: string): Promise<Result<RunView>> {
  const access = await requireSopEditor(ctx, pageId);
  if (!access.ok) return access;
  const { template, record } = access.data;
  const run = startRun(newId(), pageId, record.status.version, template.steps, ctx.principal.accountId, ctx.clock.now());
  const created = await createRun(run);
  return created.ok ? ok(viewOfRun(created.data, [], template, ctx.principal.locale)) : created;
}

async function runOnPage(ctx: UserCallContext, pageId: string, runId: string, editor = false) {
  const access = await (editor ? requireSopEditor(ctx, pageId) : requireSopPage(ctx, pageId));
  if (!access.ok) return access;
  const run = await readRun(runId);
  if (!run.ok) return run;
  if (run.data?.pageId !== pageId) return err(appError('NOT_FOUND', `run ${runId} on page ${pageId}`));
  const completions = await listStepCompletions(runId);
  if (!completions.ok) return completions;
  return ok({ ...access.data, run: run.data, completions: completions.data });
}

export async function completeSopStep(ctx: UserCallContext, pageId: string, runId: string, stepId: string, note: string): Promise<Result<RunView>> {
  const found = await runOnPage(ctx, pageId, runId);
  if (!found.ok) return found;
  const { run, completions, template } = found.data;
  const checked = completeStep(run, completions, { stepId, by: ctx.principal.accountId, at: ctx.clock.now(), note });
  if (!checked.ok) return refused(checked.refusal);
  const added = await addStepCompletion(runId, checked.value);
  if (!added.ok) return added.error.code === 'CONFLICT' ? refused('step-already-done') : added;
  const fresh = await listStepCompletions(runId);
  return fresh.ok ? ok(viewOfRun(run, fresh.data, template, ctx.principal.locale)) : fresh;
}

export async function finishSopRun(ctx: UserCallContext, pageId: string, runId: string, result: DrillResult, failedStep: string | undefined): Promise<Result<OutputOf<'sop/finishRun'>>> {
  const found = await runOnPage(ctx, pageId, runId, true);
  if (!found.ok) return found;
  const { run, completions, template } = found.data;
  const finished = finishRun(run, completions, result, failedStep, ctx.principal.accountId, ctx.clock.now());
  if (!finished.ok) return refused(finished.refusal);
  const saved = await saveRunFinish(finished.value);
  if (!saved.ok) return saved.error.code === 'CONFLICT' ? refused('run-finished') : saved;
  const drill = evidenceOfRun(saved.data);
  if (drill === undefined) return err(appError('INTERNAL', 'A finished run has no evidence.'));
  const published = await publishEvidence(ctx, pageId, drillEvidence(run.sopVersion, drill, ctx.clock.now()));
  if (!published.ok) return published;
  return ok({ run: viewOfRun(saved.data, completions, template, ctx.principal.locale), evidence: published.data });
}
