// The dependency view on every issue, in Chromium: a story on v2.0.0's driving chain shows as critical with its slip
// impact and what waits on it; its links go to the release schedule and the epic panel; after a link change in the
// Jira emulator the snapshot is recomputed and the open view shows the new position without a reload (its poll);
// an issue in no release shows its direct links only; and the view in Chinese.
import type { Page } from 'playwright-core';
import { setIssueSecurity } from '../../workbench/products/jira';
import { PLACEMENT_IDLE_MS } from '../../static/issue-context/placement-facts';
import { editJira, invokeAs } from '../resolvers/release-helpers';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => {
  process.env.LC_RELEASE_REFRESH_SECONDS = '1';
  session = await openSession();
}, 60_000);
afterAll(() => closeSession(session));

const V200 = '10100';
const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user.accountId;
};
const landmarks = () => session.workbench.site.jira.landmarks;

async function openIssue(issueKey: string, accountId = person('risk')): Promise<Page> {
  const page = await pageAs(session, accountId);
  await page.goto(`${session.workbench.url}/jira/browse/${issueKey}`);
  return page;
}

describe('dependency view on an issue', () => {
  beforeAll(async () => {
    // The release's schedule is kept once the app has computed it: a Refresh, an event, or an issue view asking.
    const answer = await invokeAs(session.workbench, 'schedule/refreshRelease', { versionId: V200 }, 'bizops');
    expect(answer.ok).toBe(true);
  }, 60_000);

  it('shows a story on the driving chain as critical, with its slip impact, dates and what waits on it', async () => {
    const { slippageProtection, mmIntegrationTest } = landmarks();
    const page = await openIssue(slippageProtection);
    const view = appFrame(page).getByTestId('issue-context');
    await expect(view.getAttribute('data-placement', { timeout: 30_000 })).resolves.toBe('scheduled');
    await expect(view.getAttribute('data-critical')).resolves.toBe('true');
    await expect(view.getByTestId('critical').textContent()).resolves.toBe('On the critical path');
    await expect(view.getByTestId('slip-impact').textContent()).resolves.toBe('A 1-day slip here moves the release by 1 working day.');
    // Critical is the least float in the release (the release holds with float, so the driving chain has some too).
    await expect(view.getByTestId('total-float').textContent()).resolves.toMatch(/^\d+ d$/);
    await expect(view.getByTestId('early').textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2} → \d{4}-\d{2}-\d{2}$/);
    await expect(view.getByTestId('waited-on-by').locator(`[data-key="${mmIntegrationTest}"]`).count()).resolves.toBe(1);
    await expect(view.getByTestId('release-forecast').textContent()).resolves.toMatch(/^Release forecast: (holds|slips)/);
    await expect(view.getByTestId('computed-at').textContent()).resolves.toMatch(/^Schedule computed .+ ago|just now/);
    await screenshot(page, 'issue-context', true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('speaks Chinese to a zh_CN user', async () => {
    const page = await openIssue(landmarks().slippageProtection, person('risk', 'zh_CN'));
    const view = appFrame(page).getByTestId('issue-context');
    await expect(view.getByTestId('critical').textContent({ timeout: 30_000 })).resolves.toBe('在关键路径上');
    await expect(view.getByTestId('slip-impact').textContent()).resolves.toBe('此处延误 1 天会使版本推迟 1 个工作日。');
    await screenshot(page, 'issue-context-zh', true);
  }, 60_000);

  it('shows what the MM integration test waits on, with status and assignee', async () => {
    const { slippageProtection, mmIntegrationTest } = landmarks();
    const page = await openIssue(mmIntegrationTest);
    const row = appFrame(page).getByTestId('waits-on').locator(`[data-key="${slippageProtection}"]`);
    await expect(row.getAttribute('data-depth', { timeout: 30_000 })).resolves.toBe('1');
    const story = session.workbench.site.jira.issues.find((i) => i.key === slippageProtection);
    const assignee = session.workbench.site.users.find((u) => u.accountId === story?.assigneeId)?.displayName ?? 'Unassigned';
    await expect(row.textContent()).resolves.toContain(assignee);
  }, 60_000);

  it('links to the release schedule and to the epic panel', async () => {
    const { slippageProtection, riskEngineEpic } = landmarks();
    const page = await openIssue(slippageProtection);
    await appFrame(page).getByTestId('open-release-schedule').click({ timeout: 30_000 });
    await page.waitForURL(`**/jira/projects/PERP/release-gates/versions/${V200}/schedule`, { timeout: 10_000 });
    await appFrame(page).getByTestId('forecast').waitFor({ timeout: 30_000 });
    await page.goto(`${session.workbench.url}/jira/browse/${slippageProtection}`);
    await appFrame(page).getByTestId('open-epic-panel').click({ timeout: 30_000 });
    await page.waitForURL(`**/jira/browse/${riskEngineEpic}`, { timeout: 10_000 });
    // The epic keeps its full panel, and no issue view of its own.
    await appFrame(page).getByTestId('forecast').waitFor({ timeout: 30_000 });
    await expect(page.locator('[data-module="issue-dependencies"]').count()).resolves.toBe(0);
  }, 90_000);

  // Runs after the checks on the demo's own chain: the long new predecessor moves the release's critical path.
  it('follows a link change in Jira: the snapshot is recomputed and the view shows the issue on the critical path', async () => {
    const { mmApiEpic } = landmarks();
    const release = await invokeAs(session.workbench, 'schedule/forRelease', { versionId: V200 }, 'bizops');
    const data = release.data as { plan: { tasks: { id: string; epicKey: string | null; statusCategory: string }[] }; schedule: { tasks: { critical: boolean }[] } };
    const target = data.plan.tasks.find((task, i) => task.epicKey === mmApiEpic && task.statusCategory === 'new' && data.schedule.tasks[i]?.critical === false)?.id;
    if (target === undefined) throw new Error('no MM task with float');
    // The page's clock is Playwright's, so the view's next poll is fired on cue rather than waited for.
    const page = await pageAs(session, person('mm'));
    await page.clock.install();
    await page.goto(`${session.workbench.url}/jira/browse/${target}`);
    const view = appFrame(page).getByTestId('issue-context');
    await expect(view.getAttribute('data-critical', { timeout: 30_000 })).resolves.toBe('false');
    const before = await view.getByTestId('computed-at').getAttribute('data-computed-at');

    const made = await editJira(session.workbench, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'MM certification', fixVersions: [{ id: V200 }], parent: { key: mmApiEpic }, timeoriginalestimate: 40 * 8 * 3600 } });
    const { key } = (await made.json()) as { key: string };
    await editJira(session.workbench, 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key }, outwardIssue: { key: target } });
    // The events recompute the release in the background (the app's job); the open view learns it at its next poll.
    await session.workbench.settled();
    await expect(view.getAttribute('data-critical')).resolves.toBe('false');
    await page.clock.fastForward(PLACEMENT_IDLE_MS);
    const updated = appFrame(page).locator('[data-testid="issue-context"][data-critical="true"]');
    await updated.waitFor({ timeout: 30_000 });
    await expect(updated.getByTestId('slip-impact').textContent()).resolves.toBe('A 1-day slip here moves the release by 1 working day.');
    await expect(updated.getByTestId('waits-on').locator(`[data-key="${key}"]`).count()).resolves.toBe(1);
    await expect(updated.getByTestId('stale').count()).resolves.toBe(0);
    expect(Date.parse(await updated.getByTestId('computed-at').getAttribute('data-computed-at') ?? '')).toBeGreaterThan(Date.parse(before ?? ''));
  }, 90_000);

  it('says an issue in no release is in none, and shows its direct links only', async () => {
    const made = await editJira(session.workbench, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'Loose end' } });
    const { key } = (await made.json()) as { key: string };
    await editJira(session.workbench, 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key }, outwardIssue: { key: landmarks().slippageProtection } });
    const page = await openIssue(key);
    const view = appFrame(page).getByTestId('issue-context');
    await expect(view.getAttribute('data-placement', { timeout: 30_000 })).resolves.toBe('no-release');
    await expect(view.getByTestId('no-release').textContent()).resolves.toMatch(/^This issue is in no release/);
    await expect(view.getByTestId('direct-links').locator(`[data-key="${landmarks().slippageProtection}"]`).count()).resolves.toBe(1);
    await expect(view.getByTestId('slip-impact').count()).resolves.toBe(0);
  }, 60_000);

  it('counts, never names, what Jira hides from the viewer, in both languages', async () => {
    const { slippageProtection, mmIntegrationTest } = landmarks();
    const hidden = session.workbench.site.jira.issues.find((i) => i.key === slippageProtection);
    const groupOf = (role: string) => session.workbench.site.users.find((u) => u.role === role)?.groups.at(-1) ?? '';
    setIssueSecurity(session.workbench.site, hidden?.id ?? '', [groupOf('risk'), groupOf('pmo')]);
    try {
      for (const [locale, text] of [['en_US', '1 issue you cannot see'], ['zh_CN', '1 个你无权查看的事务']] as const) {
        const page = await openIssue(mmIntegrationTest, person('mm', locale));
        const waitsOn = appFrame(page).getByTestId('waits-on');
        await expect(waitsOn.getByTestId('hidden').textContent({ timeout: 30_000 })).resolves.toBe(text);
        await expect(waitsOn.locator(`[data-key="${slippageProtection}"]`).count()).resolves.toBe(0);
        await expect(appFrame(page).getByTestId('issue-context').textContent()).resolves.not.toContain(hidden?.summary ?? '');
      }
    } finally {
      setIssueSecurity(session.workbench.site, hidden?.id ?? '', null);
    }
  }, 90_000);
});
