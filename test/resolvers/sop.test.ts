// sop/* through the real Forge resolver (src/index.ts via getDefinitions()), against the workbench's Confluence
// emulator and store: pages from templates, concurrent drill steps, approval rights, the quiz scored on the
// server, roster coverage, and the evidence property the gate reads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sopEvidence } from '../../src/contract/sop-evidence';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import type { Envelope } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-sop-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const people = (role: string) => workbench.site.users.filter((u) => u.role === role).map((u) => u.accountId);
const first = (role: string) => people(role)[0] ?? '';

const invoke = (key: string, payload: unknown, accountId: string) =>
  workbench.functions.invoke(key, payload, { accountId, locale: 'en_US', moduleKey: 'sop-library', extension: {} }) as Promise<Envelope>;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the test names the shape it reads
const data = <T>(answer: Envelope): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.data as T;
};

const pageOf = (id: string) => workbench.site.confluence.pages.find((p) => p.id === id);
const evidenceOf = (id: string) => sopEvidence.parse(pageOf(id)?.properties.find((p) => p.key === 'launch-control.evidence')?.value);

interface RunView { runId: string; steps: { id: string }[]; completions: { stepId: string; by: string }[]; finish?: { result: string; durationMinutes: number } }

async function createPage(templateId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const created = await invoke('sop/createPage', { spaceKey: 'PERPOPS', templateId, locale: 'en-US', title, approverId: first('risk'), ...extra }, first('pmo'));
  return data<{ pageId: string }>(created).pageId;
}

describe('the template library', () => {
  it('lists eight templates in the caller\'s language and previews the quiz without its answers', async () => {
    const listed = data<{ locale: string; templates: { id: string }[] }>(await invoke('sop/templates', {}, first('cs')));
    expect(listed.templates).toHaveLength(8);
    const zh = data<{ title: string }>(await invoke('sop/templatePreview', { templateId: 'cs-launch-knowledge-base', locale: 'zh-CN' }, first('cs')));
    expect(zh.title).toBe('客服上线知识库');
    expect(JSON.stringify(zh)).not.toMatch(/correct/);
  });

  it('creates a page with the SOP macros in its body, placed on the page with their configuration', async () => {
    const pageId = await createPage('emergency-order-cancellation-drill', 'EOC drill (resolver test)');
    const body = pageOf(pageId)?.versions.at(-1)?.body ?? '';
    expect(body).toContain('<ac:adf-extension>');
    expect(body).toMatch(/\/static\/sop-runbook</);
    const placed = workbench.site.confluence.macros.filter((m) => m.pageId === pageId);
    expect(placed.map((m) => m.moduleKey)).toEqual(['sop-status', 'sop-runbook']);
    expect(placed[1]?.config).toEqual({ template: 'emergency-order-cancellation-drill', drill: true });
  });

  it('refuses a bad payload naming the field, and a title the space already has', async () => {
    await expect(invoke('sop/createPage', { spaceKey: 'PERPOPS', templateId: 'nope', locale: 'en-US', title: 'x', approverId: first('risk') }, first('pmo')))
      .resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['templateId'] } } });
    await expect(invoke('sop/createPage', { spaceKey: 'PERPOPS', templateId: 'post-mortem', locale: 'en-US', title: 'SOP library', approverId: first('risk') }, first('pmo')))
      .resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'confluence-refused' } });
  });

  it('installs the templates as space templates once', async () => {
    const once = data<{ installed: string[] }>(await invoke('sop/installTemplates', { spaceKey: 'PERPOPS', locale: 'en-US' }, first('pmo')));
    expect(once.installed).toHaveLength(8);
    const twice = data<{ installed: string[]; alreadyThere: string[] }>(await invoke('sop/installTemplates', { spaceKey: 'PERPOPS', locale: 'en-US' }, first('pmo')));
    expect(twice).toEqual({ installed: [], alreadyThere: once.installed });
    expect(workbench.site.confluence.templates.map((t) => t.name)).toContain('Circuit-Breaker Drill');
  });
});

describe('drill runs', () => {
  it('keeps every step completed at once by different people, refuses a step done twice, and publishes the evidence', async () => {
    const pageId = await createPage('emergency-order-cancellation-drill', 'EOC drill (concurrency)');
    const run = data<RunView>(await invoke('sop/startRun', { pageId }, first('pmo')));
    const doers = [...people('risk'), ...people('rnd')];
    const answers = await Promise.all(run.steps.map((s, i) => invoke('sop/completeStep', { pageId, runId: run.runId, stepId: s.id, note: `done ${s.id}` }, doers[i % doers.length] ?? '')));
    expect(answers.map((a) => a.ok)).toEqual(run.steps.map(() => true));
    const again = await invoke('sop/completeStep', { pageId, runId: run.runId, stepId: run.steps[0]?.id ?? '' }, first('ops'));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'sop-step-already-done' } });

    const book = data<{ runs: RunView[] }>(await invoke('sop/runbook', { pageId }, first('cs')));
    expect(book.runs[0]?.completions.map((c) => c.stepId).sort()).toEqual(run.steps.map((s) => s.id).sort());
    expect(new Set(book.runs[0]?.completions.map((c) => c.by)).size).toBeGreaterThan(1);

    const finished = data<{ evidence: unknown }>(await invoke('sop/finishRun', { pageId, runId: run.runId, result: 'passed' }, first('risk')));
    const evidence = evidenceOf(pageId);
    expect(finished.evidence).toEqual(evidence);
    expect(evidence).toMatchObject({ version: 1, kind: 'drill', sopVersion: 1, drill: { runId: run.runId, result: 'passed' } });
    expect(pageOf(pageId)?.properties[0]?.version.authorId).toBe(workbench.site.appAccountId);
  });

  it('passes a run only with every step done, and a failed run names its step', async () => {
    const pageId = await createPage('circuit-breaker-drill', 'CB drill (failure)');
    const run = data<RunView>(await invoke('sop/startRun', { pageId }, first('pmo')));
    await expect(invoke('sop/finishRun', { pageId, runId: run.runId, result: 'passed' }, first('pmo'))).resolves.toMatchObject({ ok: false, error: { reason: 'sop-steps-not-done' } });
    await expect(invoke('sop/finishRun', { pageId, runId: run.runId, result: 'failed' }, first('pmo'))).resolves.toMatchObject({ ok: false, error: { reason: 'sop-failed-step-required' } });
    data(await invoke('sop/finishRun', { pageId, runId: run.runId, result: 'failed', failedStep: 'halt' }, first('pmo')));
    expect(evidenceOf(pageId).drill).toMatchObject({ result: 'failed', failedStep: 'halt' });
    await expect(invoke('sop/finishRun', { pageId, runId: run.runId, result: 'failed', failedStep: 'halt' }, first('pmo'))).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'sop-run-finished' } });
  });

  it('hides the SOP from someone who cannot see the page', async () => {
    const pageId = await createPage('circuit-breaker-drill', 'CB drill (outsider)');
    await expect(invoke('sop/startRun', { pageId }, first('outsider'))).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists drills in the library with their cadence and last result', async () => {
    const library = data<{ pages: { title: string; drill?: { everyDays: number; lastResult?: string; due: { overdue: boolean } } }[] }>(await invoke('sop/library', { spaceKey: 'PERPOPS' }, first('pmo')));
    const drill = library.pages.find((p) => p.title === 'EOC drill (concurrency)')?.drill;
    expect(drill).toMatchObject({ everyDays: 30, lastResult: 'passed', due: { overdue: false } });
    expect(library.pages.find((p) => p.title === 'EOC drill (resolver test)')?.drill?.due.overdue).toBe(true);
    // A failed drill is not a drill done: with no passed run the next one is due now, and the failure shows.
    expect(library.pages.find((p) => p.title === 'CB drill (failure)')?.drill).toMatchObject({ lastResult: 'failed', due: { overdue: true } });
  });
});

describe('SOP status', () => {
  it('lets only the named approver approve, after the owner submits', async () => {
    const pageId = await createPage('listing-standard-protocol', 'Listing SOP (status)');
    const status = data<{ revision: number; allowed: string[] }>(await invoke('sop/status', { pageId }, first('pmo')));
    expect(status.allowed).toEqual(['submit', 'retire']);
    const submitted = data<{ revision: number; state: string }>(await invoke('sop/statusAction', { pageId, action: 'submit', revision: status.revision }, first('pmo')));
    await expect(invoke('sop/statusAction', { pageId, action: 'approve', revision: submitted.revision }, first('pmo'))).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'sop-not-the-approver' } });
    await expect(invoke('sop/statusAction', { pageId, action: 'approve', revision: status.revision }, first('risk'))).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const approved = data<{ state: string; lastReviewed: string; review: { overdue: boolean } }>(await invoke('sop/statusAction', { pageId, action: 'approve', revision: submitted.revision }, first('risk')));
    expect(approved).toMatchObject({ state: 'approved', review: { overdue: false } });
  });
});

describe('attestation', () => {
  interface View { mine: { acknowledged: boolean; passed: boolean; attemptsLeft: number }; quiz: { id: string; options: { id: string }[] }[]; coverage: { passed: number; roster: number; missing: { accountId: string }[] } }

  it('scores on the server: read first, fail once, pass, and coverage of the CS group moves', async () => {
    const pageId = await createPage('cs-launch-knowledge-base', 'CS KB (attestation)', { rosterGroup: 'lc-cs' });
    const agent = first('cs');
    const view = data<View>(await invoke('sop/attestation', { pageId }, agent));
    expect(view.coverage).toMatchObject({ passed: 0, roster: people('cs').length });
    expect(JSON.stringify(view)).not.toMatch(/correct/);
    await expect(invoke('sop/submitAttempt', { pageId, answers: {} }, agent)).resolves.toMatchObject({ ok: false, error: { reason: 'sop-not-acknowledged' } });
    data(await invoke('sop/acknowledge', { pageId }, agent));

    const failed = data<{ passed: boolean; percent: number }>(await invoke('sop/submitAttempt', { pageId, answers: { expiry: ['weekly'] } }, agent));
    expect(failed).toMatchObject({ passed: false, percent: 0 });
    const right = { expiry: ['never'], 'funding-interval': ['8h'], 'funding-direction': ['longs-pay'], 'liquidation-price': ['mark'], adl: ['insurance-short'], escalate: ['security-report', 'vip-liquidation'] };
    const passed = data<{ passed: boolean; view: View }>(await invoke('sop/submitAttempt', { pageId, answers: right }, agent));
    expect(passed.passed).toBe(true);
    expect(passed.view.coverage.passed).toBe(1);
    expect(passed.view.coverage.missing.map((m) => m.accountId).sort()).toEqual(people('cs').slice(1).sort());
    expect(evidenceOf(pageId)).toMatchObject({ kind: 'attestation', sopVersion: 1, attestation: { passed: 1, roster: people('cs').length } });
    await expect(invoke('sop/submitAttempt', { pageId, answers: right }, agent)).resolves.toMatchObject({ ok: false, error: { reason: 'sop-already-passed' } });
  });

  it('refuses answers that are not in the quiz, and stops after the attempts allowed', async () => {
    const pageId = await createPage('cs-launch-knowledge-base', 'CS KB (attempts)', { rosterGroup: 'lc-cs' });
    const agent = people('cs')[1] ?? '';
    data(await invoke('sop/acknowledge', { pageId }, agent));
    await expect(invoke('sop/submitAttempt', { pageId, answers: { expiry: ['tomorrow'] } }, agent)).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'sop-answer-unknown' } });
    for (let i = 0; i < 3; i += 1) data(await invoke('sop/submitAttempt', { pageId, answers: {} }, agent));
    await expect(invoke('sop/submitAttempt', { pageId, answers: {} }, agent)).resolves.toMatchObject({ ok: false, error: { reason: 'sop-no-attempts-left' } });
  });

  it('says a runbook page has no assessment', async () => {
    const pageId = await createPage('vip-complaint-handling', 'VIP complaint (no quiz)');
    await expect(invoke('sop/attestation', { pageId }, first('cs'))).resolves.toMatchObject({ ok: false, error: { reason: 'sop-no-assessment' } });
  });
});
