// The release gate's demo: SOP evidence on the circuit-breaker drill page (1003) and the CS knowledge-base page
// (1006), backed by the app's own records as the SOP macros would leave them (the gate verifies the property
// against them: the SOP record of each page, a finished drill run, the CS agents' passed attestations), the
// perpetual-futures template assigned to those pages (saved by the PMO, as a project admin would), and
// the launch trading competition needing v2.0.0. Evidence carries instants close to the workbench's start so its
// freshness holds whenever the demo runs. Done once per data folder (only while the template is the default).
// `finishReleaseWork` resolves every issue of a release, as a team finishing it would, for walking it to GO.
import { addStepCompletion, createRun, saveRunFinish } from '../../src/adapters/storage/sop-runs';
import { createSopPage } from '../../src/adapters/storage/sop-pages';
import { saveAttestation } from '../../src/adapters/storage/sop-attestations';
import { evidenceOfRun, finishRun, startRun } from '../../src/domain/sop/run';
import { templateById } from '../../src/domain/sop/templates';
import type { Workbench } from '../workbench';
import { DEMO_TODAY, jiraTimestamp } from './calendar';
import type { DemoSite } from './demo-site';

export const GATE_DEMO = { versionId: '10100', drillPageId: '1003', attestationPageId: '1006' } as const;

const DAY_MS = 86_400_000;

async function putEvidence(workbench: Workbench, pageId: string, value: unknown): Promise<void> {
  await workbench.confluence.endpoint({
    method: 'POST', path: `/wiki/api/v2/pages/${pageId}/properties`, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: 'launch-control.evidence', value }), principal: { kind: 'app' },
  });
}

const SOP_VERSION = 3;

/** The SOP records behind the demo evidence, then the evidence the macros would have published from them. */
async function seedSopRecords(workbench: Workbench, at: (daysAgo: number) => string, user: (role: string) => string): Promise<void> {
  const must = <T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T => {
    if (!result.ok) throw new Error(`gate seed: ${result.error.message}`);
    return result.data;
  };
  const status = (ownerRole: string) => ({ state: 'approved' as const, ownerId: user(ownerRole), approverId: user('pmo'), version: SOP_VERSION, reviewEveryDays: 90, lastReviewed: at(20).slice(0, 10) });
  const drillTemplate = templateById('circuit-breaker-drill');
  must(await createSopPage({
    pageId: GATE_DEMO.drillPageId, spaceKey: 'PERPOPS', templateId: drillTemplate.id, status: status('risk'),
    ...(drillTemplate.drillEveryDays === undefined ? {} : { drillEveryDays: drillTemplate.drillEveryDays }),
  }, user('pmo'), at(30)));
  const run = must(await createRun(startRun('demo-run-circuit-breaker', GATE_DEMO.drillPageId, SOP_VERSION, drillTemplate.steps, user('risk'), at(2.05))));
  const completions = [];
  for (const step of run.steps) completions.push(must(await addStepCompletion(run.runId, { stepId: step.id, by: user('risk'), at: at(2.03), note: '' })));
  const finished = finishRun(run, completions, 'passed', undefined, user('risk'), at(2));
  if (!finished.ok) throw new Error(`gate seed: the demo run did not finish (${finished.refusal})`);
  const drill = evidenceOfRun(must(await saveRunFinish(finished.value)));
  await putEvidence(workbench, GATE_DEMO.drillPageId, { version: 1, kind: 'drill', sopVersion: SOP_VERSION, updatedAt: at(2), drill });

  must(await createSopPage({
    pageId: GATE_DEMO.attestationPageId, spaceKey: 'PERPOPS', templateId: 'cs-launch-knowledge-base', status: status('cs'), rosterGroup: 'lc-cs',
  }, user('pmo'), at(30)));
  const agents = workbench.site.users.filter((u) => u.groups.includes('lc-cs'));
  for (const agent of agents) {
    must(await saveAttestation({
      accountId: agent.accountId, pageId: GATE_DEMO.attestationPageId, sopVersion: SOP_VERSION, acknowledgedAt: at(1.2),
      attempts: [{ at: at(1.1), correct: 6, total: 6, percent: 100, passed: true }],
    }, 0));
  }
  await putEvidence(workbench, GATE_DEMO.attestationPageId, {
    version: 1, kind: 'attestation', sopVersion: SOP_VERSION, updatedAt: at(1), attestation: { passed: agents.length, roster: agents.length, asOf: at(1) },
  });
}

/** Seeds the gate demo into a workbench whose PERP template is still the default; `now` anchors the evidence. */
export async function seedGate(workbench: Workbench, now: Date = new Date()): Promise<void> {
  const user = (role: string) => workbench.site.users.find((u) => u.role === role)?.accountId ?? '';
  const as = (role: string) => ({ accountId: user(role), locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} });
  const template = await workbench.functions.invoke('gate/template', { projectKey: 'PERP' }, as('pmo')) as {
    ok: boolean; data?: { criteria: { id: string; kind: string; auto?: Record<string, unknown> }[]; membership: unknown[]; signOffMaxAgeDays: number; version: number };
  };
  if (!template.ok || template.data === undefined || template.data.version !== 0) return;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
  await seedSopRecords(workbench, at, user);
  const criteria = template.data.criteria.map((c) => {
    if (c.auto?.check === 'sop-drill') return { ...c, auto: { ...c.auto, pageId: GATE_DEMO.drillPageId } };
    if (c.auto?.check === 'sop-attestation') return { ...c, auto: { ...c.auto, pageId: GATE_DEMO.attestationPageId } };
    return c;
  });
  await workbench.functions.invoke('gate/saveTemplate', {
    projectKey: 'PERP', criteria, membership: template.data.membership, signOffMaxAgeDays: template.data.signOffMaxAgeDays, expectedVersion: 0,
  }, as('pmo'));
  await workbench.functions.invoke('campaign/save', {
    projectKey: 'PERP', name: 'Perp V2 launch trading competition', type: 'trading-competition', start: '2027-02-01', end: '2027-02-28', releaseIds: [GATE_DEMO.versionId], expectedVersion: 0,
  }, as('ops'));
}

/** Resolves every issue of release `versionId` (Done, resolved on the demo's today), as the team finishing the work would. */
export function finishReleaseWork(site: DemoSite, versionId: string): number {
  let finished = 0;
  for (const issue of site.jira.issues) {
    if (!issue.fixVersionIds.includes(versionId) || issue.resolution !== null) continue;
    issue.status = 'Done';
    issue.resolution = 'Done';
    issue.resolutiondate = jiraTimestamp(DEMO_TODAY, 600);
    issue.statuscategorychangedate = issue.resolutiondate;
    finished += 1;
  }
  return finished;
}
