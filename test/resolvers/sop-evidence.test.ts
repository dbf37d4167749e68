// The SOP evidence property as the SOP macros keep it, through the real handlers against the workbench: two agents
// passing at the same moment both count (the write recomputes on a 409, never rewrites a stale count), the counts
// do not depend on who triggered them, and a major revision republishes the coverage of the new version (0 of N).
// And drill runs: only someone who may edit the page starts or finishes one (a reader may complete steps).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sopEvidence } from '../../src/contract/sop-evidence';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import type { Envelope } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-sop-evidence-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });
afterEach(() => { workbench.confluence.faults.clear(); });

const people = (role: string) => workbench.site.users.filter((u) => u.role === role).map((u) => u.accountId);
const first = (role: string) => people(role)[0] ?? '';
const invoke = (key: string, payload: unknown, accountId: string) =>
  workbench.functions.invoke(key, payload, { accountId, locale: 'en_US', moduleKey: 'sop-attestation', extension: {} }) as Promise<Envelope>;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the test names the shape it reads
const data = <T>(answer: Envelope): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.data as T;
};
const property = (pageId: string) => workbench.site.confluence.pages.find((p) => p.id === pageId)?.properties.find((p) => p.key === 'launch-control.evidence');
const evidenceOf = (pageId: string) => sopEvidence.parse(property(pageId)?.value);

const RIGHT = { expiry: ['never'], 'funding-interval': ['8h'], 'funding-direction': ['longs-pay'], 'liquidation-price': ['mark'], adl: ['insurance-short'], escalate: ['security-report', 'vip-liquidation'] };

async function knowledgeBase(title: string): Promise<string> {
  const created = await invoke('sop/createPage', { spaceKey: 'PERPOPS', templateId: 'cs-launch-knowledge-base', locale: 'en-US', title, approverId: first('risk'), rosterGroup: 'lc-cs' }, first('pmo'));
  return data<{ pageId: string }>(created).pageId;
}

async function pass(pageId: string, agent: string): Promise<void> {
  data(await invoke('sop/acknowledge', { pageId }, agent));
  expect(data<{ passed: boolean }>(await invoke('sop/submitAttempt', { pageId, answers: RIGHT }, agent)).passed).toBe(true);
}

describe('attestation evidence', () => {
  it('counts two agents who pass at the same moment: 2 of N, the late write recomputed after its 409', async () => {
    const pageId = await knowledgeBase('CS KB (two at once)');
    const [a, b] = people('cs');
    if (a === undefined || b === undefined) throw new Error('the demo has fewer than two CS agents');
    await Promise.all([invoke('sop/acknowledge', { pageId }, a), invoke('sop/acknowledge', { pageId }, b)]);
    const before = property(pageId)?.version.number ?? 0;
    // A's write of the evidence is held in flight while B passes and writes: A's write then meets a 409.
    const puts = () => Object.entries(workbench.confluence.counts()).filter(([k]) => k.startsWith('PUT ') && k.includes('properties')).reduce((n, [, v]) => n + v, 0);
    const putsBefore = puts();
    workbench.confluence.faults.add({ method: 'PUT', path: /\/properties\//, delayMs: 500, times: 1 });
    const first = invoke('sop/submitAttempt', { pageId, answers: RIGHT }, a);
    for (let i = 0; i < 200 && puts() === putsBefore; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(puts()).toBeGreaterThan(putsBefore);
    const second = await invoke('sop/submitAttempt', { pageId, answers: RIGHT }, b);
    expect([(await first).ok, second.ok]).toEqual([true, true]);
    expect(evidenceOf(pageId).attestation).toMatchObject({ passed: 2, roster: people('cs').length });
    expect(property(pageId)?.version.number).toBe(before + 2);
  });

  it('writes the counts as the app (its author is the app), whoever triggered the change', async () => {
    const pageId = await knowledgeBase('CS KB (roster as the app)');
    await pass(pageId, first('cs'));
    expect(evidenceOf(pageId).attestation).toMatchObject({ passed: 1, roster: people('cs').length });
    expect(property(pageId)?.version.authorId).toBe(workbench.site.appAccountId);
  });

  it('republishes 0 of the roster for the new version after a major revision, and keeps the old version on a minor one', async () => {
    const pageId = await knowledgeBase('CS KB (major revision)');
    const status = data<{ revision: number }>(await invoke('sop/status', { pageId }, first('pmo')));
    const submitted = data<{ revision: number }>(await invoke('sop/statusAction', { pageId, action: 'submit', revision: status.revision }, first('pmo')));
    const approved = data<{ revision: number }>(await invoke('sop/statusAction', { pageId, action: 'approve', revision: submitted.revision }, first('risk')));
    await pass(pageId, first('cs'));
    expect(evidenceOf(pageId)).toMatchObject({ sopVersion: 1, attestation: { passed: 1 } });

    const revised = data<{ revision: number; version: number }>(await invoke('sop/statusAction', { pageId, action: 'revise', revision: approved.revision, major: true }, first('pmo')));
    expect(revised.version).toBe(2);
    expect(evidenceOf(pageId)).toMatchObject({ kind: 'attestation', sopVersion: 2, attestation: { passed: 0, roster: people('cs').length } });
    const view = data<{ coverage: { passed: number }; mine: { passed: boolean } }>(await invoke('sop/attestation', { pageId }, first('cs')));
    expect(view).toMatchObject({ coverage: { passed: 0 }, mine: { passed: false } });

    const again = data<{ revision: number }>(await invoke('sop/statusAction', { pageId, action: 'submit', revision: revised.revision }, first('pmo')));
    const approvedAgain = data<{ revision: number }>(await invoke('sop/statusAction', { pageId, action: 'approve', revision: again.revision }, first('risk')));
    await pass(pageId, first('cs'));
    const kept = property(pageId)?.version.number;
    data(await invoke('sop/statusAction', { pageId, action: 'revise', revision: approvedAgain.revision }, first('pmo')));
    expect(property(pageId)?.version.number).toBe(kept);
    expect(evidenceOf(pageId)).toMatchObject({ sopVersion: 2, attestation: { passed: 1 } });
  });
});

describe('drill runs need the right to edit the page', () => {
  interface RunView { runId: string; steps: { id: string }[]; completions: { stepId: string; by: string }[] }
  const space = () => {
    const found = workbench.site.confluence.spaces.find((s) => s.key === 'PERPOPS');
    if (found === undefined) throw new Error('no PERPOPS space');
    return found;
  };
  afterEach(() => { delete space().editGroups; });

  it('refuses a reader who cannot edit the page to start or finish a run, and records who completed each step', async () => {
    const created = await invoke('sop/createPage', { spaceKey: 'PERPOPS', templateId: 'circuit-breaker-drill', locale: 'en-US', title: 'CB drill (editors only)', approverId: first('risk') }, first('pmo'));
    const pageId = data<{ pageId: string }>(created).pageId;
    space().editGroups = ['lc-pmo', 'lc-risk'];
    const reader = first('cs');
    await expect(invoke('sop/startRun', { pageId }, reader)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const run = data<RunView>(await invoke('sop/startRun', { pageId }, first('risk')));
    const [firstStep, ...rest] = run.steps;
    if (firstStep === undefined) throw new Error('the drill has no steps');
    // A reader takes part: their own completion is recorded as theirs.
    const byReader = data<RunView>(await invoke('sop/completeStep', { pageId, runId: run.runId, stepId: firstStep.id, note: '' }, reader));
    expect(byReader.completions).toEqual([expect.objectContaining({ stepId: firstStep.id, by: reader })]);
    for (const step of rest) data(await invoke('sop/completeStep', { pageId, runId: run.runId, stepId: step.id, note: '' }, first('risk')));
    await expect(invoke('sop/finishRun', { pageId, runId: run.runId, result: 'passed' }, reader)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(property(pageId)).toBeUndefined();
    const finished = data<{ run: { finish: { finishedBy: string } } }>(await invoke('sop/finishRun', { pageId, runId: run.runId, result: 'passed' }, first('risk')));
    expect(finished.run.finish.finishedBy).toBe(first('risk'));
    expect(evidenceOf(pageId)).toMatchObject({ kind: 'drill', drill: { runId: run.runId, result: 'passed' } });
  });
});
