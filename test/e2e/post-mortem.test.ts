// The post-mortem action items macro in Chromium: add an item with its owner and due date, create it as a Jira
// issue with an assignee picked in the dialog, see the issue's live status change when someone moves it in Jira
// (and the item flagged overdue when Jira's due date passes), in English and in Chinese.
import { formatIsoDate, parseIsoDate } from '../../src/domain/schedule';
import { DEMO_TODAY } from '../../workbench/seed/calendar';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));

const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user;
};
const named = (displayName: string) => {
  const user = session.workbench.site.users.find((u) => u.displayName === displayName);
  if (user === undefined) throw new Error(`no ${displayName}`);
  return user;
};
const macroUrl = (pageId: string) => {
  const macro = session.workbench.site.confluence.macros.find((m) => m.pageId === pageId && m.moduleKey === 'postmortem-actions');
  if (macro === undefined) throw new Error(`no post-mortem macro on page ${pageId}`);
  return `${session.workbench.url}/wiki/spaces/PERPOPS/pages/${pageId}/macros/${macro.localId}`;
};
const inDays = (n: number) => formatIsoDate((parseIsoDate(DEMO_TODAY) ?? 0) + n);
const jiraAs = async (accountId: string, method: string, path: string, body?: unknown) =>
  session.workbench.jira.endpoint({ method, path, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), principal: { kind: 'user', accountId } });

describe('post-mortem action items', () => {
  const summary = 'Alert on settlement delay over 2 minutes';

  it('adds an item, creates it as a Jira issue with an assignee, and shows the issue\'s live status', async () => {
    const risk = person('risk');
    const page = await pageAs(session, risk.accountId);
    await page.goto(macroUrl('1011'));
    const frame = appFrame(page);
    await frame.getByTestId('pm-empty').waitFor({ timeout: 20_000 });

    // Nothing is added without a due date: the form says what is missing.
    await frame.getByTestId('pm-add-summary').fill(summary);
    await frame.getByTestId('pm-add-submit').click();
    await frame.getByText('Choose a due date.').waitFor({ timeout: 10_000 });
    await frame.getByTestId('pm-add-kind').selectOption('detect');
    await frame.getByTestId('pm-add-owner').selectOption(named('Priya Raman').accountId);
    await frame.getByTestId('pm-add-due').fill(inDays(10));
    await frame.getByTestId('pm-add-submit').click();
    const row = frame.getByTestId('pm-row').filter({ hasText: summary });
    await row.getByTestId('pm-create').click({ timeout: 15_000 });

    const dialog = frame.getByTestId('pm-create-issue');
    await dialog.getByTestId('pm-assignee-search').fill('tom');
    const tomas = named('Tomás Herrera');
    // The search answers asynchronously: wait for the person to be offered, never count what is there at once.
    await dialog.getByTestId('pm-assignee').locator(`option[value="${tomas.accountId}"]`).waitFor({ state: 'attached', timeout: 15_000 });
    await dialog.getByTestId('pm-assignee').selectOption(tomas.accountId, { timeout: 15_000 });
    await dialog.getByTestId('pm-create-issue-submit').click();
    await frame.getByTestId('pm-notice').waitFor({ timeout: 15_000 });

    const issue = session.workbench.site.jira.issues.find((i) => i.summary === summary);
    expect(issue).toMatchObject({ assigneeId: tomas.accountId, duedate: inDays(10), reporterId: risk.accountId });
    const key = issue?.key ?? '';
    await row.getByTestId('pm-issue').filter({ hasText: key }).waitFor({ timeout: 15_000 });
    await expect(row.getByTestId('pm-status').getAttribute('data-status')).resolves.toBe('open');

    // Someone works the issue in Jira and pulls its due date in: the macro shows both on its next refresh.
    const listed = await (await jiraAs(tomas.accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json() as { transitions: { id: string; to: { name: string } }[] };
    const start = listed.transitions.find((t) => t.to.name === 'In Progress')?.id;
    expect((await jiraAs(tomas.accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: start } })).status).toBe(204);
    expect((await jiraAs(tomas.accountId, 'PUT', `/rest/api/3/issue/${key}`, { fields: { duedate: inDays(-2) } })).status).toBe(204);
    await row.locator('[data-testid="pm-status"][data-status="in-progress"]').waitFor({ timeout: 25_000 });
    await expect(row.getByTestId('pm-due').getAttribute('data-overdue')).resolves.toBe('true');
    await expect(row.getByTestId('pm-due').textContent()).resolves.toContain('Overdue by 2 days');
    await expect(frame.getByTestId('pm-summary').getAttribute('data-overdue')).resolves.toBe('1');
    await screenshot(page, 'sop-post-mortem', true);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('shows the same items in Chinese, and hides done ones as the macro is set to, until asked', async () => {
    const pmo = person('pmo', 'zh_CN');
    const page = await pageAs(session, pmo.accountId);
    await page.goto(macroUrl('1011'));
    const frame = appFrame(page);
    const row = frame.getByTestId('pm-row').filter({ hasText: summary });
    await expect(row.getByTestId('pm-status').textContent({ timeout: 20_000 })).resolves.toContain('进行中');
    await expect(row.getByTestId('pm-due').textContent()).resolves.toContain('已逾期 2 天');

    const key = session.workbench.site.jira.issues.find((i) => i.summary === summary)?.key ?? '';
    const listed = await (await jiraAs(pmo.accountId, 'GET', `/rest/api/3/issue/${key}/transitions`)).json() as { transitions: { id: string; to: { name: string } }[] };
    const done = listed.transitions.find((t) => t.to.name === 'Done')?.id;
    expect((await jiraAs(pmo.accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: done } })).status).toBe(204);
    // This macro instance is set to hide done items (showDone: false), so the item leaves the table until asked for.
    await expect(frame.getByTestId('pm-show-done').isChecked()).resolves.toBe(false);
    await frame.getByTestId('pm-summary').and(frame.locator('[data-overdue="0"]')).waitFor({ timeout: 25_000 });
    await expect(row.count()).resolves.toBe(0);
    await frame.getByTestId('pm-show-done').check();
    await expect(row.getByTestId('pm-status').getAttribute('data-status')).resolves.toBe('done');
    await expect(row.getByTestId('pm-status').textContent()).resolves.toContain('已完成');
    await screenshot(page, 'sop-post-mortem-zh');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
