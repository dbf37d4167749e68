// The gate reads SOP evidence only when it matches the app's own records: the demo's evidence (backed by a finished
// drill run and the CS agents' attestations) is green; a page editor who PUTs a forged `launch-control.evidence`
// through the Confluence REST API (a passed drill naming no run, a run's result turned round, full coverage nobody
// earned) gets unknown "evidence-untrusted", never green; evidence of an older SOP version reads amber.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATE_DEMO, seedGate } from '../../workbench/seed/gate';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs, userOf, type Envelope } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => {
  workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-gate-evidence-')) });
  await seedGate(workbench);
}, 60_000);
afterAll(async () => { await workbench.close(); });

interface View { criteria: { criterion: { id: string }; status: string; reason: string; facts: Record<string, unknown> }[] }
const criterion = async (id: string) => {
  const answer: Envelope = await invokeAs(workbench, 'gate/forRelease', { versionId: GATE_DEMO.versionId }, 'pmo');
  expect(answer.ok).toBe(true);
  return (answer.data as unknown as View).criteria.find((c) => c.criterion.id === id);
};

const pageOf = (id: string) => workbench.site.confluence.pages.find((p) => p.id === id);
const propertyOf = (pageId: string) => pageOf(pageId)?.properties.find((p) => p.key === 'launch-control.evidence');

/** A person (not the app) overwrites the page's evidence property through the Confluence v2 REST API. */
async function forge(pageId: string, role: string, change: (value: Record<string, unknown>) => Record<string, unknown>): Promise<number> {
  const property = propertyOf(pageId);
  if (property === undefined) throw new Error(`page ${pageId} has no evidence to forge`);
  const response = await workbench.confluence.endpoint({
    method: 'PUT', path: `/wiki/api/v2/pages/${pageId}/properties/${property.id}`, headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: property.key, value: change(property.value as Record<string, unknown>), version: { number: property.version.number + 1 } }),
    principal: { kind: 'user', accountId: userOf(workbench, role) },
  });
  return response.status;
}

describe('SOP evidence on the gate', () => {
  it('trusts the evidence the app\'s records back', async () => {
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'green', reason: 'drill-passed' });
    await expect(criterion('cs-roster-assessed')).resolves.toMatchObject({ status: 'green', reason: 'attestation-complete' });
  });

  it('distrusts a drill property a page editor forged, whatever it claims', async () => {
    const original = structuredClone(propertyOf(GATE_DEMO.drillPageId)?.value) as Record<string, unknown>;
    const drill = original.drill as Record<string, unknown>;
    // A passed drill that names a run the app never recorded.
    expect(await forge(GATE_DEMO.drillPageId, 'risk', (v) => ({ ...v, drill: { ...drill, runId: 'made-up-run' } }))).toBe(200);
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted', facts: { mismatch: 'no-run' } });
    // The real run, moved to yesterday to look fresh.
    await forge(GATE_DEMO.drillPageId, 'risk', (v) => ({ ...v, drill: { ...drill, lastRunAt: new Date().toISOString() } }));
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted', facts: { mismatch: 'finish-time-differs' } });
    // The real run, claimed for another SOP version.
    await forge(GATE_DEMO.drillPageId, 'risk', (v) => ({ ...v, sopVersion: 4 }));
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted', facts: { mismatch: 'run-of-another-version' } });
    await forge(GATE_DEMO.drillPageId, 'risk', () => original);
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'green', reason: 'drill-passed' });
  });

  it('distrusts coverage nobody earned', async () => {
    const original = structuredClone(propertyOf(GATE_DEMO.attestationPageId)?.value) as Record<string, unknown>;
    const attestation = original.attestation as { passed: number; roster: number; asOf: string };
    // Claims a smaller roster that everyone passed, and then a pass before anyone had passed.
    expect(await forge(GATE_DEMO.attestationPageId, 'cs', (v) => ({ ...v, attestation: { ...attestation, passed: 1, roster: 1 } }))).toBe(200);
    await expect(criterion('cs-roster-assessed')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted', facts: { mismatch: 'coverage-differs' } });
    await forge(GATE_DEMO.attestationPageId, 'cs', (v) => ({ ...v, attestation: { ...attestation, asOf: '2026-01-01T00:00:00.000Z' } }));
    await expect(criterion('cs-roster-assessed')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted' });
    await forge(GATE_DEMO.attestationPageId, 'cs', () => original);
    await expect(criterion('cs-roster-assessed')).resolves.toMatchObject({ status: 'green' });
  });

  it('distrusts evidence on a page that is not an SOP of the app', async () => {
    const value = structuredClone(propertyOf(GATE_DEMO.drillPageId)?.value);
    const created = await workbench.confluence.endpoint({
      method: 'POST', path: '/wiki/api/v2/pages/1004/properties', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'launch-control.evidence', value }), principal: { kind: 'user', accountId: userOf(workbench, 'risk') },
    });
    expect(created.status).toBe(200);
    const template = await invokeAs(workbench, 'gate/template', { projectKey: 'PERP' }, 'pmo');
    const data = template.data as { criteria: { auto?: Record<string, unknown> }[]; membership: unknown[]; signOffMaxAgeDays: number; version: number };
    const criteria = data.criteria.map((c) => (c.auto?.check === 'sop-drill' ? { ...c, auto: { ...c.auto, pageId: '1004' } } : c));
    const saved = await invokeAs(workbench, 'gate/saveTemplate', { projectKey: 'PERP', criteria, membership: data.membership, signOffMaxAgeDays: data.signOffMaxAgeDays, expectedVersion: data.version }, 'pmo');
    expect(saved.ok).toBe(true);
    await expect(criterion('risk-drills')).resolves.toMatchObject({ status: 'unknown', reason: 'evidence-untrusted', facts: { mismatch: 'not-an-sop-page' } });
  });
});
