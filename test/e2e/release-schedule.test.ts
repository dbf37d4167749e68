// The release schedule screen in Chromium: v2.0.0's driving chain crosses epics (slippage protection -> MM
// integration test -> readiness review), a what-if on a risk-engine story moves the release forecast and undo puts it
// back, Refresh recomputes, a failing Jira read shows the kept schedule as stale and names the part, a release with
// no kept schedule shows the error, the way back to the gate, and the screen in Chinese.
import type { Page } from 'playwright-core';
import { invokeAs } from '../resolvers/release-helpers';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));
afterEach(() => { session.workbench.jira.faults.clear(); });

const V200 = '10100';
const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user.accountId;
};
const landmarks = () => session.workbench.site.jira.landmarks;
const scheduleUrl = (versionId: string) => `${session.workbench.url}/jira/projects/PERP/release-gates/versions/${versionId}/schedule`;

async function open(accountId: string, versionId = V200): Promise<Page> {
  const page = await pageAs(session, accountId);
  await page.goto(scheduleUrl(versionId));
  return page;
}

describe('release schedule screen', () => {
  it('shows v2.0.0 as one critical path across epics, with the release date and the schedule\'s age', async () => {
    const page = await open(person('bizops'));
    const frame = appFrame(page);
    const banner = frame.getByTestId('forecast');
    await expect(banner.textContent({ timeout: 30_000 })).resolves.toMatch(/Holds|Slips/);
    const chips = frame.getByTestId('critical-chain').locator('[data-key]');
    const chain = await Promise.all([0, 1, 2].map((i) => chips.nth(i).getAttribute('data-key')));
    const { slippageProtection, mmIntegrationTest, releaseReadiness } = landmarks();
    expect(chain.slice(0, 3)).toEqual([slippageProtection, mmIntegrationTest, releaseReadiness]);
    await expect(frame.getByTestId('chain-epics').textContent()).resolves.toMatch(/across [2-9] epics/);
    await expect(frame.getByTestId('release-title').textContent()).resolves.toBe('Release schedule: v2.0.0');
    await expect(frame.getByTestId('release-date').textContent()).resolves.toMatch(/^Release date \d{4}-\d{2}-\d{2}$/);
    await expect(frame.getByTestId('computed-at').textContent()).resolves.toMatch(/^Computed (just now|\d+ seconds ago)$/);
    await expect(frame.getByTestId('stale').count()).resolves.toBe(0);
    // The network groups by epic, the table has an Epic column.
    await frame.getByTestId('view-table').click();
    await expect(frame.getByRole('columnheader', { name: /Epic/ }).count()).resolves.toBeGreaterThan(0);
    await frame.getByTestId('view-network').click();
    // Grouped by epic: each epic one box, the links between epics folded.
    await frame.getByTestId('collapse-epics').click();
    await frame.getByTestId('network-group').first().waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('network-group').count()).resolves.toBeGreaterThan(1);
    await screenshot(page, 'release-schedule', true);
    await frame.getByTestId('view-gantt').click();
    await screenshot(page, 'release-schedule-gantt', true);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('moves the release forecast with a what-if on a risk-engine story, and undo puts it back', async () => {
    const page = await open(person('risk'));
    const frame = appFrame(page);
    await frame.getByTestId('view-table').click({ timeout: 30_000 });
    const before = await frame.getByTestId('forecast').textContent();
    await frame.getByTestId('cpm-filter').fill(landmarks().slippageProtection);
    const editor = frame.getByTestId('cpm-row').first().getByTestId('edit-duration');
    const current = Number(await editor.inputValue());
    await editor.fill(String(current + 30));
    await editor.press('Enter');
    await expect(frame.getByTestId('whatif-delta').textContent({ timeout: 5_000 })).resolves.toMatch(/30/);
    await expect(frame.getByTestId('forecast').textContent()).resolves.not.toBe(before);
    await expect(frame.getByTestId('forecast').textContent()).resolves.toMatch(/Slips by/);
    await frame.getByTestId('undo').click();
    await expect(frame.getByTestId('forecast').textContent()).resolves.toBe(before);
  }, 90_000);

  it('recomputes on Refresh', async () => {
    const page = await open(person('bizops'));
    const frame = appFrame(page);
    const stamp = frame.getByTestId('computed-at');
    await stamp.waitFor({ timeout: 30_000 });
    const first = await stamp.getAttribute('data-computed-at');
    await frame.getByTestId('refresh-release').click();
    await frame.locator(`[data-testid="computed-at"]:not([data-computed-at="${first ?? ''}"])`).waitFor({ timeout: 20_000 });
    expect(Date.parse(await stamp.getAttribute('data-computed-at') ?? '')).toBeGreaterThan(Date.parse(first ?? ''));
    await expect(frame.getByTestId('refresh-release').isEnabled()).resolves.toBe(true);
  }, 60_000);

  it('shows the kept schedule as stale, naming the part Jira did not answer, when a refresh cannot read the release in full', async () => {
    // The snapshot the app keeps (a Refresh); the screen itself shows the viewer's own read, which is never kept.
    const refreshed = await invokeAs(session.workbench, 'schedule/refreshRelease', { versionId: V200 }, 'bizops');
    const kept = (refreshed.data as { computedAt?: string } | undefined)?.computedAt;
    expect(kept).toEqual(expect.any(String));
    const page = await open(person('bizops'));
    const frame = appFrame(page);
    await frame.getByTestId('forecast').waitFor({ timeout: 30_000 });
    const shown = await frame.getByTestId('computed-at').getAttribute('data-computed-at');
    session.workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/issue/bulkfetch', status: 500 });
    await frame.getByTestId('refresh-release').click();
    const failed = frame.getByTestId('refresh-failed');
    await expect(failed.locator('[data-error-code="UNAVAILABLE"]').textContent({ timeout: 20_000 })).resolves.toMatch(/could not be read in full/);
    await expect(failed.getByTestId('failed-part').textContent()).resolves.toBe('Could not read: the issues\' fields.');
    // The schedule stays on screen, from before.
    await expect(frame.getByTestId('forecast').count()).resolves.toBe(1);
    await expect(frame.getByTestId('computed-at').getAttribute('data-computed-at')).resolves.toBe(shown);
    // Opened again while Jira still fails: the kept schedule, marked as not current, never as current.
    await page.reload();
    const stale = appFrame(page).getByTestId('stale');
    await expect(stale.getAttribute('data-stale-reason', { timeout: 30_000 })).resolves.toBe('refresh-failed');
    await expect(stale.textContent()).resolves.toMatch(/could not read the issues' fields from Jira/);
    await expect(appFrame(page).getByTestId('computed-at').getAttribute('data-computed-at')).resolves.toBe(kept);
    session.workbench.jira.faults.clear();
    await page.reload();
    await appFrame(page).getByTestId('forecast').waitFor({ timeout: 30_000 });
    await expect(appFrame(page).getByTestId('stale').count()).resolves.toBe(0);
  }, 90_000);

  it('shows UNAVAILABLE, not a partial schedule, for a release with no kept schedule that Jira cannot give in full', async () => {
    session.workbench.jira.faults.add({ method: 'POST', path: '/rest/api/3/search/jql', status: 503, retryAfterSeconds: 0 });
    const other = session.workbench.site.jira.versions.find((v) => v.name === 'v2.2.0');
    if (other === undefined) throw new Error('no v2.2.0');
    const page = await open(person('bizops'), other.id);
    const alert = appFrame(page).locator('[data-error-code="UNAVAILABLE"]');
    await expect(alert.textContent({ timeout: 30_000 })).resolves.toMatch(/could not be read in full|could not be reached/);
    await expect(appFrame(page).getByTestId('forecast').count()).resolves.toBe(0);
    session.workbench.jira.faults.clear();
    // Retry, with Jira answering again: the release is scheduled.
    await alert.getByRole('button').click();
    await appFrame(page).getByTestId('release-title').waitFor({ timeout: 30_000 });
  }, 90_000);

  it('goes back to the release gate', async () => {
    const page = await open(person('bizops'));
    await appFrame(page).getByTestId('back-to-gate').click({ timeout: 30_000 });
    await page.waitForURL(/\/release-gates\/versions\/10100$/, { timeout: 10_000 });
  }, 60_000);

  it('speaks Chinese to a zh_CN user', async () => {
    const page = await open(person('pmo', 'zh_CN'));
    const frame = appFrame(page);
    await expect(frame.getByTestId('release-title').textContent({ timeout: 30_000 })).resolves.toBe('版本排期:v2.0.0');
    await expect(frame.getByTestId('computed-at').textContent()).resolves.toMatch(/^计算于(刚刚|\d+秒钟前)$/);
    await expect(frame.getByTestId('refresh-release').textContent()).resolves.toMatch(/刷新/);
    await screenshot(page, 'release-schedule-zh', true);
  }, 60_000);
});
