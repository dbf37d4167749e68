// The release gate in Chromium: with the demo seed (SOP evidence on the drill and knowledge-base pages, the launch
// campaign) and v2.0.0's work finished in Jira, a PM walks v2.0.0 from red to GO: the release list, the gate, a
// manual criterion marked in the page, a Risk user refused when signing for CS and signing for Risk, the other
// functions signed and marked by their own people, the GO recorded by a project administrator with the chain verified, the link on the
// release page showing the new state, and the status webtrigger answering before and after.
import type { Page } from 'playwright-core';
import { finishReleaseWork, seedGate } from '../../workbench/seed/gate';
import { invokeAs } from '../resolvers/release-helpers';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
let token = '';
beforeAll(async () => {
  session = await openSession();
  await seedGate(session.workbench);
  token = ((await invokeAs(session.workbench, 'gate/rotateToken', { projectKey: 'PERP' }, 'pmo')).data as { token: string }).token;
}, 60_000);
afterAll(() => closeSession(session));

const V200 = '10100';
const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user.accountId;
};
const listUrl = () => `${session.workbench.url}/jira/projects/PERP/release-gates`;
const gateUrl = () => `${listUrl()}/versions/${V200}`;
const status = async () => {
  const response = await fetch(`${session.workbench.url}/webtrigger/release-gate-status?project=PERP&version=v2.0.0`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.json() as Promise<{ decision: string; live: string; releasable: boolean }>;
};

async function openGate(accountId: string): Promise<Page> {
  const page = await pageAs(session, accountId);
  await page.goto(gateUrl());
  await appFrame(page).getByTestId('gate-screen').waitFor({ timeout: 30_000 });
  return page;
}

describe('release gate', () => {
  it('lists the releases with their gate state and opens v2.0.0 red from demo data', async () => {
    await expect(status()).resolves.toMatchObject({ decision: 'PENDING', releasable: false });
    const page = await pageAs(session, person('pmo', 'zh_CN'));
    await page.goto(listUrl());
    const frame = appFrame(page);
    await frame.getByTestId(`gate-open-${V200}`).waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('gate-overall').first().textContent()).resolves.toBeTruthy();
    await frame.getByTestId(`gate-open-${V200}`).click();
    await frame.getByTestId('gate-screen').waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('gate-screen').getAttribute('data-overall')).resolves.toBe('red');
  }, 90_000);

  it('walks v2.0.0 to GO', async () => {
    const wb = session.workbench;
    finishReleaseWork(wb.site, V200);
    // R&D marks the load test in the page.
    const rnd = await openGate(person('rnd'));
    let frame = appFrame(rnd);
    await frame.getByTestId('gate-criterion-load-test-passed').getByTestId('gate-mark').click();
    await frame.getByTestId('gate-mark-url').fill('https://grafana.perp-exchange.example/d/load-test');
    await frame.getByTestId('gate-mark-submit').click();
    await frame.getByTestId('gate-criterion-load-test-passed').getByTestId('gate-criterion-status').filter({ hasText: 'Green' }).waitFor({ timeout: 30_000 });
    // The other manual criteria and the MM rows, each by its own function's people.
    const marks: [string, string][] = [['canary-metrics', 'rnd'], ['risk-parameters', 'risk'], ['mm-depth-commitments', 'mm'], ['listing-sop', 'ops'], ['cs-knowledge-base', 'cs']];
    for (const [criterionId, role] of marks) {
      const marked = await invokeAs(wb, 'gate/markCriterion', { versionId: V200, criterionId, state: 'met', evidenceUrl: 'https://wiki.perp-exchange.example/evidence', comment: 'Checked', expectedVersion: 0 }, role);
      expect(marked.ok).toBe(true);
    }
    for (const mm of ['Wintermute', 'GSR']) {
      const row = { cells: { 'sandbox-tests': 'passed', 'production-connectivity': 'passed', 'depth-commitment': 'passed' }, evidenceUrl: null, comment: '' };
      expect((await invokeAs(wb, 'gate/markCounterparty', { versionId: V200, criterionId: 'mm-api-integration', counterparty: mm, row, expectedVersion: 0 }, 'mm')).ok).toBe(true);
    }
    // A Risk user cannot sign for CS; they sign for Risk.
    const risk = await openGate(person('risk'));
    frame = appFrame(risk);
    await frame.getByTestId('gate-tab-signoffs').click();
    await frame.getByTestId('gate-sign-customer-service').click();
    await frame.getByTestId('gate-sign-confirm').click();
    await frame.getByTestId('gate-sign-dialog').locator('[data-error-reason="gate-not-a-member"]').waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('gate-sign-dialog').locator('[data-error-reason="gate-not-a-member"]').textContent()).resolves.toMatch(/member/);
    await frame.getByTestId('gate-sign-dialog').getByRole('button', { name: 'Cancel' }).click();
    await frame.getByTestId('gate-sign-risk').click();
    await frame.getByTestId('gate-sign-confirm').click();
    await frame.locator('[data-testid="gate-signoff-state"][data-valid="true"]').first().waitFor({ timeout: 30_000 });
    for (const [fn, role] of [['rnd', 'rnd'], ['market-making', 'mm'], ['operations', 'ops'], ['customer-service', 'cs']] as const) {
      expect((await invokeAs(wb, 'gate/signOff', { versionId: V200, function: fn }, role)).ok).toBe(true);
    }
    await expect(status()).resolves.toMatchObject({ decision: 'PENDING', live: 'green', releasable: false });
    // A project administrator records the GO (the release owner, the PMO lead, may too: the first test opened it in Chinese).
    const pmo = await openGate(person('site-admin'));
    frame = appFrame(pmo);
    await expect(frame.getByTestId('gate-screen').getAttribute('data-overall')).resolves.toBe('green');
    await expect(frame.getByTestId('gate-signed-count').textContent()).resolves.toMatch(/5 of 5/);
    await screenshot(pmo, 'gate', true);
    await frame.getByTestId('gate-tab-decision').click();
    await frame.getByTestId('gate-decide-go').click();
    await frame.getByTestId('gate-decide-submit').click();
    await frame.locator('[data-testid="gate-decision"][data-kind="GO"]').waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('gate-related-work').textContent()).resolves.toMatch(/Go\/No-Go: GREEN, 5 of 5 functions signed, decision GO/);
    const version = wb.site.jira.versions.find((v) => v.id === V200);
    expect(version?.relatedWork.some((w) => w.title.includes('decision GO'))).toBe(true);
    await frame.getByTestId('gate-tab-history').click();
    await expect(status()).resolves.toMatchObject({ decision: 'GO', live: 'green', releasable: true });
    const history = await invokeAs(wb, 'gate/history', { versionId: V200 }, 'pmo');
    expect(history).toMatchObject({ ok: true, data: { chain: { verified: true, length: 1 } } });
    const list = await pageAs(session, person('site-admin'));
    await list.goto(listUrl());
    await appFrame(list).getByTestId(`gate-open-${V200}`).waitFor({ timeout: 30_000 });
    await screenshot(list, 'release-list', true);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
