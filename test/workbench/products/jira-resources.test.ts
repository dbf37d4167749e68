import { createDemoSite, type DemoSite, type DemoVersion } from '../../../workbench/seed';
import { createJiraEmulator } from '../../../workbench/products';
import { call, type JiraErrorBody } from './emulator-client';

const site: DemoSite = createDemoSite();
const user = (role: string): string => site.users.find((u) => u.role === role)?.accountId ?? '';

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const jira = createJiraEmulator(site);

  it('returns all fields by default and only the requested ones with ?fields=', async () => {
    const all = await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-2');
    const allFields = (all.body as { fields: Record<string, unknown> }).fields;
    expect(allFields).toHaveProperty('issuelinks');
    expect(allFields).toHaveProperty('customfield_10016');
    const some = await call(jira.endpoint, 'GET', '/rest/api/3/issue/10002?fields=summary,parent', { as: user('pmo') });
    const body = some.body as { key: string; fields: { summary: string; parent: { key: string; fields: { issuetype: { name: string } } } } };
    expect(body.key).toBe('PERP-2');
    expect(Object.keys(body.fields).sort()).toEqual(['parent', 'summary']);
    expect(body.fields.parent.fields.issuetype.name).toBe('Epic');
  });

  it('answers 404 with the Jira error body for a missing issue', async () => {
    const answer = await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-99999');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });
});

describe('issue properties', () => {
  it('creates (201), updates (200), reads, lists and deletes (204)', async () => {
    const jira = createJiraEmulator(site);
    const path = '/rest/api/3/issue/PERP-5/properties/launch-control.override';
    expect((await call(jira.endpoint, 'PUT', path, { body: { lagDays: 2 } })).status).toBe(201);
    expect((await call(jira.endpoint, 'PUT', path, { body: { lagDays: 3 } })).status).toBe(200);
    expect((await call(jira.endpoint, 'GET', path)).body).toEqual({ key: 'launch-control.override', value: { lagDays: 3 } });
    const list = (await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-5/properties')).body as { keys: { key: string }[] };
    expect(list.keys.map((k) => k.key)).toEqual(['launch-control.override']);
    expect((await call(jira.endpoint, 'DELETE', path)).status).toBe(204);
    expect((await call(jira.endpoint, 'GET', path)).status).toBe(404);
    expect((await call(jira.endpoint, 'PUT', path, { rawBody: 'not json' })).status).toBe(400);
  });
});

describe('metadata', () => {
  const jira = createJiraEmulator(site);

  it('lists system and custom fields with schemas', async () => {
    const fields = (await call(jira.endpoint, 'GET', '/rest/api/3/field')).body as { id: string; name: string; schema?: { custom?: string } }[];
    const byId = new Map(fields.map((f) => [f.id, f]));
    expect(byId.get('customfield_10016')?.name).toBe('Story point estimate');
    expect(byId.get('customfield_10015')?.name).toBe('Start date');
    expect(byId.get('customfield_10020')?.schema?.custom).toBe('com.pyxis.greenhopper.jira:gh-sprint');
    expect(byId.has('timeoriginalestimate')).toBe(true);
  });

  it('lists issue link types with inward and outward names', async () => {
    const body = (await call(jira.endpoint, 'GET', '/rest/api/3/issueLinkType')).body as { issueLinkTypes: { name: string; inward: string; outward: string }[] };
    expect(body.issueLinkTypes.map((t) => t.name).sort()).toEqual(['Blocks', 'Cloners', 'Duplicate', 'Relates']);
    expect(body.issueLinkTypes.find((t) => t.name === 'Blocks')).toMatchObject({ inward: 'is blocked by', outward: 'blocks' });
  });
});

describe('projects and releases', () => {
  it('returns the project and 404s it for the outsider', async () => {
    const jira = createJiraEmulator(site);
    const project = await call(jira.endpoint, 'GET', '/rest/api/3/project/PERP', { as: user('cs') });
    expect(project.body).toMatchObject({ id: '10000', key: 'PERP', name: 'Perp Futures V2', style: 'classic' });
    const hidden = await call(jira.endpoint, 'GET', '/rest/api/3/project/PERP', { as: user('outsider') });
    expect(hidden.status).toBe(404);
  });

  it('lists versions with approvers and driver on expand', async () => {
    const jira = createJiraEmulator(site);
    const versions = (await call(jira.endpoint, 'GET', '/rest/api/3/project/PERP/versions?expand=approvers,driver,issuesstatus')).body as (Record<string, unknown> & { name: string })[];
    expect(versions.map((v) => v.name)).toEqual(['v2.0.0', 'v2.1.0', 'v2.2.0']);
    const v2 = versions[0];
    expect(v2).toMatchObject({ releaseDate: '2027-01-29', released: false, driver: user('pmo') });
    expect(v2?.approvers).toEqual(expect.arrayContaining([expect.objectContaining({ accountId: user('risk'), status: 'PENDING' })]));
    expect(v2?.issuesStatusForFixVersion).toMatchObject({ done: expect.any(Number) as unknown, toDo: expect.any(Number) as unknown });
    const plain = (await call(jira.endpoint, 'GET', '/rest/api/3/version/10100')).body as Record<string, unknown>;
    expect(plain).not.toHaveProperty('approvers');
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/version/99999')).status).toBe(404);
  });

  it('creates, updates, lists and deletes related work', async () => {
    const jira = createJiraEmulator(site);
    const base = '/rest/api/3/version/10101/relatedwork';
    expect((await call(jira.endpoint, 'GET', base)).body).toEqual([]);
    const created = await call(jira.endpoint, 'POST', base, { body: { category: 'Other', title: 'Release gate: AMBER', url: 'https://perp-exchange.atlassian.net/jira/software/projects/PERP/apps/gate' } });
    expect(created.status).toBe(201);
    const item = created.body as { relatedWorkId: string; title: string };
    expect(item.relatedWorkId).toMatch(/^[0-9a-f-]{36}$/);
    const updated = await call(jira.endpoint, 'PUT', base, { body: { relatedWorkId: item.relatedWorkId, category: 'Other', title: 'Release gate: GO', url: 'https://example.com/gate' } });
    expect(updated.body).toMatchObject({ title: 'Release gate: GO' });
    expect(((await call(jira.endpoint, 'GET', base)).body as unknown[])).toHaveLength(1);
    expect((await call(jira.endpoint, 'POST', base, { body: { category: 'Other', title: 'no url' } })).status).toBe(400);
    expect((await call(jira.endpoint, 'POST', base, { body: { category: 'Other', url: 'https://x.example' }, as: user('outsider') })).status).toBe(404);
    expect((await call(jira.endpoint, 'DELETE', `/rest/api/3/version/10101/relatedwork/${item.relatedWorkId}`)).status).toBe(204);
    expect((await call(jira.endpoint, 'GET', base)).body).toEqual([]);
  });

  it('releases a version for a project admin and tells the listener', async () => {
    const released: DemoVersion[] = [];
    const jira = createJiraEmulator(site, { onVersionReleased: (v) => { released.push(v); } });
    const denied = await call(jira.endpoint, 'PUT', '/rest/api/3/version/10100', { body: { released: true }, as: user('rnd') });
    expect(denied.status).toBe(403);
    const ok = await call(jira.endpoint, 'PUT', '/rest/api/3/version/10100', { body: { released: true, releaseDate: '2027-01-29' }, as: user('pmo') });
    expect(ok.status).toBe(200);
    expect(released.map((v) => v.name)).toEqual(['v2.0.0']);
    expect(site.jira.versions[0]?.released).toBe(false); // the emulator works on its own copy
  });
});

describe('users and permissions', () => {
  const jira = createJiraEmulator(site);

  it('answers myself for users and for the app', async () => {
    const me = (await call(jira.endpoint, 'GET', '/rest/api/3/myself?expand=groups', { as: user('pmo') })).body as { accountId: string; locale: string; groups: { items: { name: string }[] } };
    expect(me.accountId).toBe(user('pmo'));
    expect(me.locale).toBe('zh_CN');
    expect(me.groups.items.map((g) => g.name)).toContain('lc-pmo');
    const app = (await call(jira.endpoint, 'GET', '/rest/api/3/myself')).body as { accountType: string };
    expect(app.accountType).toBe('app');
  });

  it('looks users up one at a time, in bulk, and their groups', async () => {
    const one = await call(jira.endpoint, 'GET', `/rest/api/3/user?accountId=${user('mm')}&expand=groups`);
    expect(one.body).toMatchObject({ accountId: user('mm'), displayName: 'Olivia Grant' });
    const groups = (await call(jira.endpoint, 'GET', `/rest/api/3/user/groups?accountId=${user('cs')}`)).body as { name: string }[];
    expect(groups.map((g) => g.name)).toContain('lc-cs');
    const ids = site.users.slice(0, 12).map((u) => `accountId=${u.accountId}`).join('&');
    const bulk = (await call(jira.endpoint, 'GET', `/rest/api/3/user/bulk?${ids}`)).body as { values: unknown[]; total: number; isLast: boolean };
    expect(bulk).toMatchObject({ total: 12, isLast: false });
    expect(bulk.values).toHaveLength(10);
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/user?accountId=712020:nobody')).status).toBe(404);
  });

  it('answers mypermissions per principal', async () => {
    const path = '/rest/api/3/mypermissions?projectKey=PERP&permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS';
    type Perms = { permissions: Record<string, { havePermission: boolean }> };
    const have = async (as?: string): Promise<[boolean, boolean]> => {
      const body = (await call(jira.endpoint, 'GET', path, as === undefined ? {} : { as })).body as Perms;
      return [body.permissions.BROWSE_PROJECTS?.havePermission ?? false, body.permissions.ADMINISTER_PROJECTS?.havePermission ?? false];
    };
    expect(await have(user('pmo'))).toEqual([true, true]);
    expect(await have(user('risk'))).toEqual([true, false]);
    expect(await have(user('outsider'))).toEqual([false, false]);
    expect(await have()).toEqual([true, true]);
    const missing = await call(jira.endpoint, 'GET', '/rest/api/3/mypermissions?projectKey=PERP');
    expect(missing.status).toBe(400);
    expect((missing.body as JiraErrorBody).errorMessages[0]).toMatch(/permissions/);
  });
});
