// The SOP surface in Chromium: create an Emergency Order-Cancellation Drill page from the library, run the drill to
// the end as two people each completing their own steps, see the evidence property written (read from the
// Confluence emulator); a CS agent fails the assessment once, passes, and coverage moves; the library in Chinese.
import type { Page } from 'playwright-core';
import { sopEvidence } from '../../src/contract/sop-evidence';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));

const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user;
};
const pageTitled = (title: string) => {
  const page = session.workbench.site.confluence.pages.find((p) => p.title === title);
  if (page === undefined) throw new Error(`no page ${title}`);
  return page;
};
const macroUrl = (pageId: string, moduleKey: string) => {
  const macro = session.workbench.site.confluence.macros.find((m) => m.pageId === pageId && m.moduleKey === moduleKey);
  if (macro === undefined) throw new Error(`no ${moduleKey} on page ${pageId}`);
  return `${session.workbench.url}/wiki/spaces/PERPOPS/pages/${pageId}/macros/${macro.localId}`;
};

async function completeSteps(page: Page, stepIds: readonly string[]): Promise<void> {
  const frame = appFrame(page);
  for (const id of stepIds) {
    await frame.getByTestId(`sop-complete-${id}`).click();
    await frame.getByTestId(`sop-done-${id}`).waitFor({ timeout: 15_000 });
  }
}

describe('SOP library and drills', () => {
  it('creates a drill page from a template, runs it as two people, and writes the evidence', async () => {
    const pmo = await pageAs(session, person('pmo', 'zh_CN').accountId);
    await pmo.goto(`${session.workbench.url}/wiki/spaces/PERPOPS/apps/sop-library`);
    const library = appFrame(pmo);
    await library.getByTestId('sop-templates').waitFor({ timeout: 20_000 });
    await library.getByTestId('sop-preview-emergency-order-cancellation-drill').click();
    await library.getByTestId('sop-preview-language').selectOption('en-US');
    await expect(library.getByTestId('sop-preview-body').textContent({ timeout: 15_000 })).resolves.toContain('Freeze order entry');
    await library.getByRole('button', { name: '关闭' }).first().click();

    await library.getByTestId('sop-create-emergency-order-cancellation-drill').click();
    await library.getByTestId('sop-create-title').fill('EOC drill before v2.0.0');
    const risk = person('risk');
    await library.getByTestId('sop-create-approver').selectOption(risk.accountId);
    await library.getByTestId('sop-create-submit').click();
    await library.getByTestId('sop-notice').waitFor({ timeout: 15_000 });
    await screenshot(pmo, 'sop-library-zh', true);

    const created = pageTitled('EOC drill before v2.0.0');
    const steps = ['decide-scope', 'freeze', 'cancel-all', 'reconcile', 'notify-mm', 'notify-users', 'unfreeze'];
    const first = await pageAs(session, risk.accountId);
    await first.goto(macroUrl(created.id, 'sop-runbook'));
    await appFrame(first).getByTestId('sop-start-run').click({ timeout: 20_000 });
    await completeSteps(first, steps.slice(0, 4));

    const rnd = person('rnd', 'zh_CN');
    const second = await pageAs(session, person('rnd').accountId);
    await second.goto(macroUrl(created.id, 'sop-runbook'));
    await appFrame(second).getByTestId('sop-live-run').waitFor({ timeout: 20_000 });
    await completeSteps(second, steps.slice(4));
    expect(rnd.accountId).not.toBe(risk.accountId);
    await appFrame(first).getByTestId('sop-done-unfreeze').filter({ hasText: person('rnd').displayName }).waitFor({ timeout: 15_000 });
    await screenshot(first, 'sop-runbook', true);

    await appFrame(second).getByTestId('sop-finish-passed').click();
    await appFrame(second).getByTestId('sop-evidence').filter({ hasText: 'last drill Passed' }).waitFor({ timeout: 15_000 });
    const evidence = sopEvidence.parse(pageTitled('EOC drill before v2.0.0').properties.find((p) => p.key === 'launch-control.evidence')?.value);
    expect(evidence).toMatchObject({ kind: 'drill', sopVersion: 1, drill: { result: 'passed' } });

    await pmo.reload();
    await appFrame(pmo).getByTestId('sop-tab-pages').click({ timeout: 20_000 });
    const row = appFrame(pmo).getByTestId('sop-page-row').filter({ hasText: 'EOC drill before v2.0.0' });
    await expect(row.getByTestId('sop-drill-cell').getAttribute('data-overdue', { timeout: 15_000 })).resolves.toBe('false');
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('lets a CS agent fail the assessment once, pass, and moves the roster coverage', async () => {
    const pmo = person('pmo', 'zh_CN');
    const created = await session.workbench.functions.invoke('sop/createPage', {
      spaceKey: 'PERPOPS', templateId: 'cs-launch-knowledge-base', locale: 'en-US', title: 'CS launch knowledge base v2.0.0',
      approverId: person('cs', 'zh_CN').accountId, rosterGroup: 'lc-cs',
    }, { accountId: pmo.accountId, locale: 'zh_CN', moduleKey: 'sop-library', extension: {} }) as { ok: boolean };
    expect(created.ok).toBe(true);
    const kb = pageTitled('CS launch knowledge base v2.0.0');
    const agent = person('cs');
    const page = await pageAs(session, agent.accountId);
    await page.goto(macroUrl(kb.id, 'sop-attestation'));
    const frame = appFrame(page);
    await expect(frame.getByTestId('sop-coverage').getAttribute('data-passed', { timeout: 20_000 })).resolves.toBe('0');
    await frame.getByTestId('sop-acknowledge').click();
    await frame.getByTestId('sop-quiz').waitFor({ timeout: 15_000 });
    await frame.getByTestId('sop-question-expiry').locator('[data-option="weekly"]').check();
    await frame.getByTestId('sop-submit-quiz').click();
    await frame.locator('[data-testid="sop-attempt-result"][data-passed="false"]').waitFor({ timeout: 15_000 });

    const right: Readonly<Record<string, readonly string[]>> = {
      expiry: ['never'], 'funding-interval': ['8h'], 'funding-direction': ['longs-pay'], 'liquidation-price': ['mark'], adl: ['insurance-short'],
      escalate: ['vip-liquidation', 'security-report'],
    };
    for (const [question, options] of Object.entries(right)) {
      for (const option of options) await frame.getByTestId(`sop-question-${question}`).locator(`[data-option="${option}"]`).check();
    }
    await frame.getByTestId('sop-submit-quiz').click();
    await frame.locator('[data-testid="sop-attempt-result"][data-passed="true"]').waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('sop-coverage').getAttribute('data-passed')).resolves.toBe('1');
    const missing = await frame.getByTestId('sop-missing').textContent();
    for (const other of session.workbench.site.users.filter((u) => u.role === 'cs' && u.accountId !== agent.accountId)) expect(missing).toContain(other.displayName);
    await screenshot(page, 'sop-attestation', true);
    const evidence = sopEvidence.parse(pageTitled('CS launch knowledge base v2.0.0').properties.find((p) => p.key === 'launch-control.evidence')?.value);
    expect(evidence.attestation).toMatchObject({ passed: 1, roster: 3 });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the SOP status in the byline and lets only the approver approve', async () => {
    const kb = pageTitled('CS launch knowledge base v2.0.0');
    const owner = await pageAs(session, person('pmo', 'zh_CN').accountId);
    await owner.goto(`${session.workbench.url}/wiki/spaces/PERPOPS/pages/${kb.id}/byline/sop-status-byline`);
    await expect(appFrame(owner).getByTestId('sop-state').textContent({ timeout: 20_000 })).resolves.toBe('草稿');
    await owner.goto(macroUrl(kb.id, 'sop-status'));
    await appFrame(owner).getByTestId('sop-action-submit').click({ timeout: 20_000 });
    await appFrame(owner).getByTestId('sop-state').filter({ hasText: '审核中' }).waitFor({ timeout: 15_000 });
    await expect(appFrame(owner).getByTestId('sop-action-approve').count()).resolves.toBe(0);
    const approver = await pageAs(session, person('cs', 'zh_CN').accountId);
    await approver.goto(macroUrl(kb.id, 'sop-status'));
    await appFrame(approver).getByTestId('sop-action-approve').click({ timeout: 20_000 });
    await appFrame(approver).getByTestId('sop-state').filter({ hasText: '已批准' }).waitFor({ timeout: 15_000 });
    await screenshot(approver, 'sop-status-zh', true);
  }, 120_000);

  it('shows the library in English with the SOP pages and their due dates', async () => {
    const page = await pageAs(session, person('ops').accountId);
    await page.goto(`${session.workbench.url}/wiki/spaces/PERPOPS/apps/sop-library`);
    await appFrame(page).getByTestId('sop-templates').waitFor({ timeout: 20_000 });
    await screenshot(page, 'sop-library', true);
    await appFrame(page).getByTestId('sop-tab-pages').click();
    await appFrame(page).getByTestId('sop-pages').waitFor({ timeout: 15_000 });
    await screenshot(page, 'sop-pages', true);
  }, 60_000);
});
