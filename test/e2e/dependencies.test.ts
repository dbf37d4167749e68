// The epic panel in Chromium: every demo epic schedules, the views render, what-if edits move the forecast and
// undo restores it, the table sorts, filters and exports, and a failing Jira reaches the page as an error.
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));
afterEach(() => { session.workbench.jira.faults.clear(); });

const english = (role: string) => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === 'en_US');
  if (user === undefined) throw new Error(`no English ${role}`);
  return user.accountId;
};
const epics = () => session.workbench.site.jira.issues.filter((i) => i.issueType === 'Epic');
const riskEpic = () => {
  const slippage = session.workbench.site.jira.issues.find((i) => i.key === session.workbench.site.jira.landmarks.slippageProtection);
  const epic = session.workbench.site.jira.issues.find((i) => i.id === slippage?.parentId);
  if (epic === undefined) throw new Error('no risk epic');
  return epic.key;
};

describe('dependencies panel', () => {
  it('forecasts every demo epic', async () => {
    const page = await pageAs(session, english('rnd'));
    for (const epic of epics()) {
      await page.goto(`${session.workbench.url}/jira/browse/${epic.key}`);
      const banner = appFrame(page).getByTestId('forecast');
      await expect(banner.textContent({ timeout: 20_000 })).resolves.toMatch(/holds|slips|No deadline/i);
    }
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('shows the network, the Gantt and the CPM table, and photographs them', async () => {
    const page = await pageAs(session, english('risk'));
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    const frame = appFrame(page);
    await frame.getByTestId('forecast').waitFor({ timeout: 20_000 });
    await screenshot(page, 'dependencies-panel', true);
    await frame.getByTestId('view-gantt').click();
    await screenshot(page, 'dependencies-gantt', true);
    await frame.getByTestId('view-table').click();
    await expect(frame.getByTestId('cpm-row').count()).resolves.toBeGreaterThan(5);
    await screenshot(page, 'dependencies-table', true);
  }, 60_000);

  it('filters to the critical path and by text', async () => {
    const page = await pageAs(session, english('risk'));
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    const frame = appFrame(page);
    await frame.getByTestId('view-table').click({ timeout: 20_000 });
    const all = await frame.getByTestId('cpm-row').count();
    await frame.getByTestId('critical-only').click();
    const critical = await frame.getByTestId('cpm-row').count();
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(all);
    await frame.getByTestId('critical-only').click();
    const landmark = session.workbench.site.jira.landmarks.slippageProtection;
    await frame.getByTestId('cpm-filter').fill(landmark);
    await expect(frame.getByTestId('cpm-row').count()).resolves.toBe(1);
  }, 60_000);

  it('moves the forecast with a what-if duration and undoes it', async () => {
    const page = await pageAs(session, english('risk'));
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    const frame = appFrame(page);
    await frame.getByTestId('view-table').click({ timeout: 20_000 });
    const before = await frame.getByTestId('forecast').textContent();
    await frame.getByTestId('critical-only').click();
    const editor = frame.getByTestId('cpm-row').first().getByTestId('edit-duration');
    const current = Number(await editor.inputValue());
    await editor.fill(String(current + 40));
    await editor.press('Enter');
    await expect(frame.getByTestId('whatif-delta').textContent({ timeout: 5_000 })).resolves.toMatch(/\+40|40/);
    expect(await frame.getByTestId('forecast').textContent()).not.toBe(before);
    await expect(frame.getByTestId('forecast').textContent()).resolves.toMatch(/Slips by/);
    await screenshot(page, 'dependencies-whatif', true);
    await frame.getByTestId('undo').click();
    await expect(frame.getByTestId('forecast').textContent()).resolves.toBe(before);
  }, 60_000);

  it('exports the CPM table as CSV', async () => {
    const page = await pageAs(session, english('risk'));
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    const frame = appFrame(page);
    await frame.getByTestId('view-table').click({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-csv').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(csv.split(/\r?\n/).filter((l) => l !== '').length).toBeGreaterThan(5);
    expect(csv).toContain(session.workbench.site.jira.landmarks.slippageProtection);
  }, 60_000);

  it('shows Jira being unavailable as an error, not as an empty plan', async () => {
    session.workbench.jira.faults.add({ path: '/rest/api/3/search/jql', status: 500 });
    const page = await pageAs(session, english('risk'));
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    const alert = appFrame(page).locator('[data-error-code="UNAVAILABLE"]');
    await expect(alert.textContent({ timeout: 20_000 })).resolves.toMatch(/could not be reached/);
    await expect(appFrame(page).getByTestId('forecast').count()).resolves.toBe(0);
  }, 60_000);

  it('keeps a link type for a Jira link, and uses Jira\'s link again', async () => {
    const { slippageProtection, mmIntegrationTest } = session.workbench.site.jira.landmarks;
    const page = await pageAs(session, english('risk'));
    const inspect = async () => {
      const frame = appFrame(page);
      await frame.getByTestId('view-table').click({ timeout: 20_000 });
      await frame.getByTestId('cpm-filter').fill(slippageProtection);
      await frame.getByTestId('cpm-row').first().click();
      return frame.getByTestId('inspector').locator(`[data-testid="link-editor"][data-from="${slippageProtection}"][data-to="${mmIntegrationTest}"]`);
    };
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    let link = await inspect();
    await expect(link.getByTestId('clear-link').count()).resolves.toBe(0);
    await link.getByTestId('edit-link-type').selectOption('SS');
    await link.getByTestId('keep-link').click();
    await link.getByTestId('clear-link').waitFor({ timeout: 10_000 });

    await page.reload();
    link = await inspect();
    await expect(link.getByTestId('edit-link-type').inputValue()).resolves.toBe('SS');
    await link.getByTestId('clear-link').click();
    // The panel loads the schedule again, a fresh what-if session with nothing selected.
    await appFrame(page).getByTestId('inspector').waitFor({ state: 'detached', timeout: 20_000 });
    link = await inspect();
    await expect(link.getByTestId('edit-link-type').inputValue()).resolves.toBe('FS');
    await expect(link.getByTestId('clear-link').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('lets a project administrator change the schedule settings; anyone else reads them', async () => {
    const admin = session.workbench.site.users.find((u) => u.role === 'site-admin');
    if (admin === undefined) throw new Error('no site admin');
    const open = async (accountId: string) => {
      const page = await pageAs(session, accountId);
      await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
      const frame = appFrame(page);
      await frame.getByTestId('open-settings').click({ timeout: 20_000 });
      return { page, frame, dialog: frame.getByTestId('settings-dialog') };
    };
    const reader = await open(english('cs'));
    await expect(reader.dialog.getByTestId('settings-hoursPerDay').isDisabled()).resolves.toBe(true);
    await expect(reader.dialog.getByTestId('save-settings').isDisabled()).resolves.toBe(true);
    await expect(reader.dialog.getByTestId('settings-note').textContent()).resolves.toMatch(/Only project administrators/);

    const allowed = await open(admin.accountId);
    await allowed.dialog.getByTestId('settings-hoursPerDay').fill('0');
    await allowed.dialog.getByTestId('settings-hoursPerDay').blur();
    await expect(allowed.dialog.getByTestId('settings-field-error').count()).resolves.toBeGreaterThan(0);
    await allowed.dialog.getByTestId('settings-hoursPerDay').fill('4');
    await allowed.dialog.getByTestId('settings-workday-Sat').check();
    await screenshot(allowed.page, 'dependencies-settings', true);
    await allowed.dialog.getByTestId('settings-hoursPerDay').press('Enter');
    await allowed.frame.getByTestId('settings-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await expect(allowed.frame.getByTestId('settings-summary').textContent({ timeout: 20_000 })).resolves.toMatch(/6/);
  }, 90_000);

  it('speaks Chinese to a Chinese-speaking planner', async () => {
    const user = session.workbench.site.users.find((u) => u.role === 'pmo' && u.locale === 'zh_CN');
    if (user === undefined) throw new Error('no Chinese PMO');
    const page = await pageAs(session, user.accountId);
    await page.goto(`${session.workbench.url}/jira/browse/${riskEpic()}`);
    await expect(appFrame(page).getByTestId('forecast').textContent({ timeout: 20_000 })).resolves.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'dependencies-panel-zh', true);
  }, 60_000);
});
