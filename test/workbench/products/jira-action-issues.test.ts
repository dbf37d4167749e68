// What a post-mortem action item needs of the Jira emulator, as the real REST API has it: an issue created with an
// assignee, labels and a due date; remote links (one per global id); transitions between statuses; the users
// assignable in a project; the projects the caller may create issues in.
import { createDemoSite, type DemoSite } from '../../../workbench/seed';
import { createJiraEmulator, type JiraProductEvent } from '../../../workbench/products/jira';
import { call, type JiraErrorBody } from './emulator-client';

const user = (site: DemoSite, role: string): string => site.users.find((u) => u.role === role)?.accountId ?? '';

describe('action-item issues in the Jira emulator', () => {
  const site = createDemoSite();
  const events: JiraProductEvent[] = [];
  const jira = createJiraEmulator(site, { onProductEvent: (event) => { events.push(event); } });
  const pmo = user(site, 'pmo');
  const risk = user(site, 'risk');
  const outsider = user(site, 'outsider');
  const create = (fields: Record<string, unknown>, as = pmo) => call(jira.endpoint, 'POST', '/rest/api/3/issue', {
    body: { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'Alert on settlement delay > 2 min', ...fields } }, as,
  });

  it('creates an issue with its assignee, due date and labels, and reads them back', async () => {
    const made = await create({ assignee: { accountId: risk }, duedate: '2026-12-20', labels: ['post-mortem'] });
    expect(made.status).toBe(201);
    const key = (made.body as { key: string }).key;
    const read = await call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}?fields=assignee,duedate,labels,status`, { as: pmo });
    expect(read.body).toMatchObject({ key, fields: { assignee: { accountId: risk }, duedate: '2026-12-20', labels: ['post-mortem'], status: { name: 'To Do', statusCategory: { key: 'new' } } } });
  });

  it('refuses an assignee who cannot be assigned issues in the project, naming the field', async () => {
    const before = jira.site.jira.issues.length;
    const refused = await create({ assignee: { accountId: outsider } });
    expect(refused.status).toBe(400);
    expect((refused.body as JiraErrorBody).errors.assignee).toMatch(/cannot be assigned/);
    const unknown = await create({ assignee: { accountId: 'no-such-account' } });
    expect(unknown.status).toBe(400);
    expect(jira.site.jira.issues).toHaveLength(before);
  });

  it('adds a remote link, updates it by global id instead of adding a second, and lists it', async () => {
    const key = ((await create({})).body as { key: string }).key;
    const link = { globalId: 'launch-control:postmortem:1011:a1', application: { type: 'com.atlassian.confluence', name: 'Confluence' }, relationship: 'mentioned in', object: { url: 'https://perp.example/wiki/pages/1011', title: 'Post-mortem' } };
    const first = await call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/remotelink`, { body: link, as: pmo });
    expect(first.status).toBe(201);
    const again = await call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/remotelink`, { body: { ...link, object: { ...link.object, title: 'Post-mortem (renamed)' } }, as: pmo });
    expect(again).toMatchObject({ status: 200, body: { id: (first.body as { id: number }).id } });
    const listed = await call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}/remotelink`, { as: pmo });
    expect(listed.body).toEqual([expect.objectContaining({ globalId: link.globalId, relationship: 'mentioned in', object: { url: link.object.url, title: 'Post-mortem (renamed)' } })]);
    await expect(call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}/remotelink?globalId=${encodeURIComponent(link.globalId)}`, { as: pmo })).resolves.toMatchObject({ status: 200, body: { globalId: link.globalId } });
    await expect(call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/remotelink`, { body: { object: { url: 'not a url', title: 'x' } }, as: pmo })).resolves.toMatchObject({ status: 400 });
    await expect(call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/remotelink`, { body: link, as: outsider })).resolves.toMatchObject({ status: 404 });
  });

  it('lists the transitions to other statuses and moves the issue, resolving it on Done, with the update event', async () => {
    const key = ((await create({})).body as { key: string }).key;
    const listed = await call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}/transitions`, { as: risk });
    const transitions = (listed.body as { transitions: { id: string; to: { name: string; statusCategory: { key: string } } }[] }).transitions;
    expect(transitions.map((t) => t.to.name)).toEqual(['In Progress', 'In Review', 'Done']);
    const done = transitions.find((t) => t.to.statusCategory.key === 'done');
    events.length = 0;
    await expect(call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: done?.id } }, as: risk })).resolves.toMatchObject({ status: 204 });
    const read = await call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}?fields=status,resolution`, { as: risk });
    expect(read.body).toMatchObject({ fields: { status: { name: 'Done', statusCategory: { key: 'done' } }, resolution: { name: 'Done' } } });
    expect(events).toEqual([expect.objectContaining({ eventType: 'avi:jira:updated:issue', changelog: expect.objectContaining({ items: [expect.objectContaining({ field: 'status', toString: 'Done' })] }) as unknown })]);
    await expect(call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: done?.id } }, as: risk })).resolves.toMatchObject({ status: 400 });
    await expect(call(jira.endpoint, 'POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: '11' } }, as: outsider })).resolves.toMatchObject({ status: 404 });
  });

  it('searches the users assignable in a project by name, never the outsider', async () => {
    const all = await call(jira.endpoint, 'GET', '/rest/api/3/user/assignable/search?project=PERP', { as: pmo });
    const ids = (all.body as { accountId: string }[]).map((u) => u.accountId);
    expect(ids).toContain(risk);
    expect(ids).not.toContain(outsider);
    const marcus = await call(jira.endpoint, 'GET', '/rest/api/3/user/assignable/search?project=PERP&query=marc', { as: pmo });
    expect((marcus.body as { displayName: string }[]).map((u) => u.displayName)).toEqual(['Marcus Feld']);
    await expect(call(jira.endpoint, 'GET', '/rest/api/3/user/assignable/search', { as: pmo })).resolves.toMatchObject({ status: 400 });
    await expect(call(jira.endpoint, 'GET', '/rest/api/3/user/assignable/search?project=NOPE', { as: pmo })).resolves.toMatchObject({ status: 404 });
  });

  it('lists the projects the caller may create issues in', async () => {
    await expect(call(jira.endpoint, 'GET', '/rest/api/3/project/search?action=create', { as: pmo })).resolves.toMatchObject({ status: 200, body: { total: 1, values: [{ key: 'PERP' }] } });
    await expect(call(jira.endpoint, 'GET', '/rest/api/3/project/search?action=create', { as: outsider })).resolves.toMatchObject({ status: 200, body: { total: 0, values: [] } });
    await expect(call(jira.endpoint, 'GET', '/rest/api/3/project/search?action=fly', { as: pmo })).resolves.toMatchObject({ status: 400 });
  });
});
