// Every surface opens in Chromium inside its Jira or Confluence host page, makes one resolver round trip
// through the bridge, and is photographed (test-results/screenshots; docs/screenshots under `npm run screenshots`).
import { appFrame, closeSession, openSession, pageAs, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));

const userWithRole = (role: string) => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === 'en_US');
  if (user === undefined) throw new Error(`no demo user with role ${role}`);
  return user;
};

describe('workbench surfaces', () => {
  it('lists every surface on a front page readable without JavaScript', async () => {
    const response = await fetch(`${session.workbench.url}/`);
    const text = await response.text();
    expect(response.status).toBe(200);
    for (const needle of ['v2.0.0', 'release-gates/', '/jira/browse/', 'sop-library', '/macros/']) expect(text).toContain(needle);
    const page = await pageAs(session, userWithRole('bizops').accountId);
    await page.goto(session.workbench.url);
    await screenshot(page, 'workbench-home', true);
  });

  const campaignMacro = () => {
    const macro = session.workbench.site.confluence.macros.find((m) => m.moduleKey === 'campaign-roi');
    if (macro === undefined) throw new Error('the demo places no campaign ROI macro');
    return `/wiki/spaces/PERPOPS/pages/${macro.pageId}/macros/${macro.localId}`;
  };

  it('campaign ROI: a macro not set up yet says so, and how to set it up', async () => {
    const page = await pageAs(session, userWithRole('bizops').accountId);
    await page.goto(session.workbench.url + campaignMacro());
    await expect(appFrame(page).getByTestId('cr-not-configured').textContent({ timeout: 15_000 })).resolves.toMatch(/Edit the macro|编辑宏/);
  });

  it('release gates: the project page lists releases or says why it cannot, after a resolver round trip', async () => {
    const pmo = userWithRole('bizops');
    const page = await pageAs(session, pmo.accountId);
    await page.goto(`${session.workbench.url}/jira/projects/PERP/release-gates`);
    const frame = appFrame(page);
    await frame.locator('[data-testid="gate-list"], [data-testid="gate-list-error"]').first().waitFor({ timeout: 15_000 });
    await expect(frame.getByText(/Not built yet|尚未构建/).count()).resolves.toBe(0);
  });

  it('speaks Chinese to a zh_CN user', async () => {
    const user = session.workbench.site.users.find((u) => u.locale === 'zh_CN' && u.role !== 'outsider');
    if (user === undefined) throw new Error('the demo has no zh_CN user');
    const page = await pageAs(session, user.accountId);
    await page.goto(`${session.workbench.url}/wiki/spaces/PERPOPS/apps/sop-library`);
    await expect(appFrame(page).getByRole('heading').first().textContent({ timeout: 15_000 })).resolves.toBe('SOP 库');
  });
});
