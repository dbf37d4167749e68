// The post-mortem action items through the real Forge resolver (src/index.ts via getDefinitions()), against the
// workbench's Confluence and Jira emulators and store: items added and checked, an item's Jira issue created as
// the user with its assignee, due date and link back to the page, once even when two people create it at once,
// and the live Jira status of every linked issue read in one bulk request, with overdue items flagged.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIsoDate, parseIsoDate } from '../../src/domain/schedule';
import { DEMO_TODAY } from '../../workbench/seed/calendar';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import type { Envelope } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-pm-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const first = (role: string) => workbench.site.users.find((u) => u.role === role)?.accountId ?? '';
const invoke = (key: string, payload: unknown, accountId: string) =>
  workbench.functions.invoke(key, payload, { accountId, locale: 'en_US', moduleKey: 'postmortem-actions', extension: { content: { id: '1011' } } }) as Promise<Envelope>;
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the test names the shape it reads
const data = <T>(answer: Envelope): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.data as T;
};
const inDays = (n: number) => formatIsoDate((parseIsoDate(DEMO_TODAY) ?? 0) + n);
const asUser = (accountId: string, method: string, path: string, body?: unknown) =>
  workbench.jira.endpoint({ method, path, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), principal: { kind: 'user', accountId } });

interface Item { id: string; summary: string; status: string; overdue: boolean; daysOverdue: number; effectiveDue: string; issue?: { state: string; key?: string; statusName?: string; assigneeId?: string; backLinked: boolean } }
interface View { today: string; kinds: string[]; items: Item[]; counts: { open: number; done: number; overdue: number }; people: { accountId: string; displayName: string }[] }

const PAGE = '1011';
async function addItem(summary: string, due = inDays(7), kind = 'prevent'): Promise<Item> {
  const view = data<View>(await invoke('sop/addActionItem', { pageId: PAGE, kind, summary, ownerId: first('risk'), due }, first('pmo')));
  const item = view.items.find((i) => i.summary === summary);
  if (item === undefined) throw new Error(`no item ${summary}`);
  return item;
}
const createIssue = (itemId: string, by = first('pmo'), assigneeId = first('risk')) =>
  invoke('sop/createActionIssue', { pageId: PAGE, itemId, projectKey: 'PERP', assigneeId }, by);

describe('post-mortem action items', () => {
  it('starts empty, with the template\'s kinds and the caller\'s today', async () => {
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    expect(view).toMatchObject({ today: DEMO_TODAY, kinds: ['prevent', 'detect', 'mitigate'], items: [], counts: { open: 0, done: 0, overdue: 0 } });
  });

  it('adds an item with its owner and due date, open and not overdue, with no issue yet', async () => {
    const item = await addItem('Fix snapshot boundary handling');
    expect(item).toMatchObject({ status: 'open', overdue: false, effectiveDue: inDays(7) });
    expect(item.issue).toBeUndefined();
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('cs')));
    expect(view.people.map((p) => p.accountId)).toContain(first('risk'));
  });

  it('refuses a bad item, naming what is wrong, and keeps nothing of it', async () => {
    const add = (change: Record<string, unknown>) => invoke('sop/addActionItem', { pageId: PAGE, kind: 'detect', summary: 'x', ownerId: first('risk'), due: inDays(3), ...change }, first('pmo'));
    await expect(add({ kind: 'blame' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'sop-action-unknown-kind', details: { fields: ['kind'] } } });
    await expect(add({ due: inDays(-1) })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'sop-action-due-in-past', details: { fields: ['due'] } } });
    await expect(add({ due: '2026-13-01' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['due'] } } });
    await expect(add({ summary: '   ' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['summary'] } } });
    await expect(add({ ownerId: 'nobody-here' })).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['ownerId'] } } });
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    expect(view.items.map((i) => i.summary)).toEqual(['Fix snapshot boundary handling']);
  });

  it('hides the items of a page from someone who cannot see it', async () => {
    const answer = await invoke('sop/actionItems', { pageId: PAGE }, first('outsider'));
    expect(answer.ok).toBe(false);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(answer.error?.code);
  });

  it('offers the projects the caller may create issues in and the people assignable there', async () => {
    const options = data<{ projects: { key: string }[]; projectKey: string; assignees: { accountId: string; displayName: string }[] }>(await invoke('sop/actionIssueOptions', {}, first('pmo')));
    expect(options.projects.map((p) => p.key)).toEqual(['PERP']);
    expect(options.projectKey).toBe('PERP');
    expect(options.assignees.map((a) => a.accountId)).toContain(first('risk'));
    expect(options.assignees.map((a) => a.accountId)).not.toContain(first('outsider'));
    const marcus = data<{ assignees: { displayName: string }[] }>(await invoke('sop/actionIssueOptions', { projectKey: 'PERP', query: 'marcus' }, first('pmo')));
    expect(marcus.assignees.map((a) => a.displayName)).toEqual(['Marcus Feld']);
    await expect(invoke('sop/actionIssueOptions', { projectKey: 'perp!' }, first('pmo'))).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { fields: ['projectKey'] } } });
    await expect(invoke('sop/actionIssueOptions', {}, first('outsider'))).resolves.toMatchObject({ ok: true, data: { projects: [], assignees: [] } });
  });

  it('creates the item\'s Jira issue as the user: summary, assignee, due date, label, and a link back to the page', async () => {
    const item = await addItem('Alert on settlement delay > 2 min', inDays(14), 'detect');
    const answer = data<{ issueKey: string; view: View }>(await createIssue(item.id));
    const issue = workbench.site.jira.issues.find((i) => i.key === answer.issueKey);
    expect(issue).toMatchObject({ summary: 'Alert on settlement delay > 2 min', assigneeId: first('risk'), duedate: inDays(14), reporterId: first('pmo'), labels: ['post-mortem-action'] });
    const links = await (await asUser(first('pmo'), 'GET', `/rest/api/3/issue/${answer.issueKey}/remotelink`)).json() as { globalId: string; object: { url: string; title: string } }[];
    expect(links).toEqual([expect.objectContaining({ globalId: `launch-control:postmortem:${PAGE}:${item.id}`, object: expect.objectContaining({ url: expect.stringContaining(`/wiki/spaces/PERPOPS/pages/${PAGE}/`) as unknown }) as unknown })]);
    expect(answer.view.items.find((i) => i.id === item.id)).toMatchObject({ status: 'open', issue: { state: 'linked', key: answer.issueKey, statusName: 'To Do', assigneeId: first('risk'), backLinked: true } });
    await expect(createIssue(item.id)).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'sop-action-issue-exists' } });
  });

  it('makes one issue, not two, when two people create the same item\'s issue at once', async () => {
    const item = await addItem('Update the CS delay notice', inDays(5), 'mitigate');
    const before = workbench.site.jira.issues.filter((i) => i.summary === 'Update the CS delay notice').length;
    const answers = await Promise.all([createIssue(item.id, first('pmo')), createIssue(item.id, first('rnd')), createIssue(item.id, first('risk'))]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const refused of answers.filter((a) => !a.ok)) expect(refused.error).toMatchObject({ code: 'CONFLICT', reason: 'sop-action-issue-exists' });
    expect(workbench.site.jira.issues.filter((i) => i.summary === 'Update the CS delay notice')).toHaveLength(before + 1);
  });

  it('gives the claim up when Jira refuses the issue, so the item can be created again at once', async () => {
    const item = await addItem('Staleness check per venue', inDays(10));
    await expect(createIssue(item.id, first('pmo'), first('outsider'))).resolves.toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', reason: 'jira-refused' } });
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    expect(view.items.find((i) => i.id === item.id)?.issue).toBeUndefined();
    await expect(createIssue(item.id)).resolves.toMatchObject({ ok: true });
  });

  it('shows each linked issue\'s live Jira status, read in one bulk request, and flags what is overdue', async () => {
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    const linked = view.items.filter((i) => i.issue?.state === 'linked');
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const [done, late] = linked;
    const transition = async (key: string, to: string) => {
      const listed = await (await asUser(first('risk'), 'GET', `/rest/api/3/issue/${key}/transitions`)).json() as { transitions: { id: string; to: { name: string } }[] };
      const id = listed.transitions.find((t) => t.to.name === to)?.id;
      expect((await asUser(first('risk'), 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } })).status).toBe(204);
    };
    await transition(done?.issue?.key ?? '', 'Done');
    await transition(late?.issue?.key ?? '', 'In Progress');
    // Someone pulls the due date in, in Jira: the macro counts the issue's date, not the one the page was given.
    expect((await asUser(first('pmo'), 'PUT', `/rest/api/3/issue/${late?.issue?.key ?? ''}`, { fields: { duedate: inDays(-3) } })).status).toBe(204);

    workbench.jira.resetCounts();
    const live = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    const counts = workbench.jira.counts();
    expect(counts).toEqual({ 'POST /rest/api/3/issue/bulkfetch': 1 });
    expect(live.items.find((i) => i.id === done?.id)).toMatchObject({ status: 'done', overdue: false, issue: { statusName: 'Done' } });
    expect(live.items.find((i) => i.id === late?.id)).toMatchObject({ status: 'in-progress', overdue: true, daysOverdue: 3, effectiveDue: inDays(-3), issue: { statusName: 'In Progress' } });
    expect(live.counts).toMatchObject({ done: 1, overdue: 1, open: live.items.length - 1 });
  });

  it('says unknown, never open or done, for a linked issue Jira no longer answers', async () => {
    const view = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    const victim = view.items.find((i) => i.status === 'open' && i.issue?.state === 'linked');
    const admin = workbench.site.users.find((u) => u.groups.includes('site-admins'))?.accountId ?? '';
    expect((await asUser(admin, 'DELETE', `/rest/api/3/issue/${victim?.issue?.key ?? ''}`)).status).toBe(204);
    const after = data<View>(await invoke('sop/actionItems', { pageId: PAGE }, first('pmo')));
    expect(after.items.find((i) => i.id === victim?.id)).toMatchObject({ status: 'unknown', overdue: false, issue: { state: 'linked', key: victim?.issue?.key } });
  });
});
