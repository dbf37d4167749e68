import { createDemoSite, type DemoSite } from '../../../workbench/seed';
import { createJiraEmulator, type JiraProductEvent } from '../../../workbench/products/jira';
import { call } from './emulator-client';

const user = (site: DemoSite, role: string): string => site.users.find((u) => u.role === role)?.accountId ?? '';

describe('POST /rest/api/3/issue/bulkfetch', () => {
  const site = createDemoSite();
  const jira = createJiraEmulator(site);
  const keys = site.jira.issues.slice(0, 5).map((i) => i.key);

  it('answers the asked issues with only the asked fields, ids or keys, each once', async () => {
    const first = site.jira.issues[0]!;
    const answer = await call(jira.endpoint, 'POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: [...keys, first.id], fields: ['summary', 'status'] }, as: user(site, 'pmo') });
    expect(answer.status).toBe(200);
    const body = answer.body as { issues: { key: string; fields: Record<string, unknown> }[]; issueErrors: unknown[] };
    expect(body.issues.map((i) => i.key)).toEqual(keys);
    expect(Object.keys(body.issues[0]?.fields ?? {}).sort()).toEqual(['status', 'summary']);
    expect(body.issueErrors).toEqual([]);
  });

  it('leaves out issues that do not exist or that the caller may not browse, as the search does', async () => {
    const missing = await call(jira.endpoint, 'POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: ['PERP-999999', keys[0]], fields: ['summary'] } });
    expect((missing.body as { issues: unknown[] }).issues).toHaveLength(1);
    const hidden = await call(jira.endpoint, 'POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: keys, fields: ['summary'] }, as: user(site, 'outsider') });
    expect(hidden).toMatchObject({ status: 200, body: { issues: [] } });
  });

  it('refuses more than 100 issues, or none', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `PERP-${String(i + 1)}`);
    await expect(call(jira.endpoint, 'POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: many } })).resolves.toMatchObject({ status: 400 });
    await expect(call(jira.endpoint, 'POST', '/rest/api/3/issue/bulkfetch', { body: { issueIdsOrKeys: [] } })).resolves.toMatchObject({ status: 400 });
  });
});

describe('issue and link writes', () => {
  const site = createDemoSite();
  const events: JiraProductEvent[] = [];
  const jira = createJiraEmulator(site, { onProductEvent: (event) => { events.push(event); } });
  const pmo = user(site, 'pmo');
  const [a, b] = jira.site.jira.issues.filter((i) => i.issueType === 'Story');
  beforeEach(() => { events.length = 0; });

  it('links two issues and removes the link, raising the link events with both ends', async () => {
    const made = await call(jira.endpoint, 'POST', '/rest/api/3/issueLink', { body: { type: { name: 'Blocks' }, inwardIssue: { key: a?.key }, outwardIssue: { key: b?.key } }, as: pmo });
    expect(made.status).toBe(201);
    const id = made.headers.get('Location')?.split('/').at(-1) ?? '';
    await expect(call(jira.endpoint, 'GET', `/rest/api/3/issueLink/${id}`)).resolves.toMatchObject({ status: 200, body: { inwardIssue: { key: a?.key }, outwardIssue: { key: b?.key } } });
    const found = await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body: { jql: `key = ${b?.key ?? ''}`, fields: ['issuelinks'] } });
    expect(JSON.stringify(found.body)).toContain(`"id":"${id}"`);
    await expect(call(jira.endpoint, 'DELETE', `/rest/api/3/issueLink/${id}`, { as: pmo })).resolves.toMatchObject({ status: 204 });
    await expect(call(jira.endpoint, 'GET', `/rest/api/3/issueLink/${id}`)).resolves.toMatchObject({ status: 404 });
    expect(events).toEqual([
      expect.objectContaining({ eventType: 'avi:jira:created:issuelink', id, sourceIssueId: a?.id, destinationIssueId: b?.id, issueLinkType: expect.objectContaining({ name: 'Blocks' }) as unknown }),
      expect.objectContaining({ eventType: 'avi:jira:deleted:issuelink', id, sourceIssueId: a?.id, destinationIssueId: b?.id }),
    ]);
  });

  it('edits the release and epic of an issue, with a changelog; refuses the outsider', async () => {
    const epic = jira.site.jira.issues.find((i) => i.issueType === 'Epic' && i.id !== a?.parentId);
    await expect(call(jira.endpoint, 'PUT', `/rest/api/3/issue/${a?.key ?? ''}`, { body: { fields: { fixVersions: [{ name: 'v2.2.0' }], parent: { key: epic?.key } } }, as: pmo })).resolves.toMatchObject({ status: 204 });
    expect(a).toMatchObject({ fixVersionIds: ['10102'], parentId: epic?.id });
    expect(events).toEqual([expect.objectContaining({
      eventType: 'avi:jira:updated:issue', issue: expect.objectContaining({ id: a?.id, key: a?.key }) as unknown,
      changelog: { id: expect.any(String) as unknown, items: expect.arrayContaining([expect.objectContaining({ fieldId: 'fixVersions', to: '10102' }), expect.objectContaining({ fieldId: 'parent', to: epic?.id })]) as unknown },
    })]);
    await expect(call(jira.endpoint, 'PUT', `/rest/api/3/issue/${a?.key ?? ''}`, { body: { fields: { summary: 'x' } }, as: user(site, 'outsider') })).resolves.toMatchObject({ status: 404 });
  });

  it('creates and deletes an issue, raising created, then the removed links and deleted', async () => {
    const made = await call(jira.endpoint, 'POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'PERP' }, issuetype: { name: 'Task' }, summary: 'New work', fixVersions: [{ id: '10100' }] } }, as: pmo });
    expect(made.status).toBe(201);
    const { key, id } = made.body as { key: string; id: string };
    await call(jira.endpoint, 'POST', '/rest/api/3/issueLink', { body: { type: { name: 'Blocks' }, inwardIssue: { key }, outwardIssue: { key: b?.key } }, as: pmo });
    await expect(call(jira.endpoint, 'DELETE', `/rest/api/3/issue/${key}`, { as: pmo })).resolves.toMatchObject({ status: 204 });
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink', 'avi:jira:deleted:issue']);
    expect(events[0]).toMatchObject({ issue: { id, key, fields: { fixVersions: [expect.objectContaining({ id: '10100' })] } } });
    await expect(call(jira.endpoint, 'GET', `/rest/api/3/issue/${key}`)).resolves.toMatchObject({ status: 404 });
  });
});
