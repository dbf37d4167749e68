import { createDemoSite, type DemoSite } from '../../../workbench/seed';
import { createConfluenceEmulator } from '../../../workbench/products';
import { call, type V2ErrorBody, type V2List } from './emulator-client';

const site: DemoSite = createDemoSite();
const user = (role: string): string => site.users.find((u) => u.role === role)?.accountId ?? '';
const SPACE = '98305';

interface PageBody { id: string; title: string; version: { number: number; authorId: string }; body: { storage?: { value: string } }; parentId: string | null }
interface Property { id: string; key: string; value: unknown; version: { number: number } }

describe('spaces', () => {
  const confluence = createConfluenceEmulator(site);

  it('finds PERPOPS by key, and hides it from the outsider', async () => {
    const found = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/spaces?keys=PERPOPS', { as: user('cs') })).body as V2List<{ id: string; key: string; name: string }>;
    expect(found.results).toEqual([expect.objectContaining({ id: SPACE, key: 'PERPOPS', name: 'PERP Operations' })]);
    const hidden = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/spaces?keys=PERPOPS', { as: user('outsider') })).body as V2List<unknown>;
    expect(hidden.results).toEqual([]);
  });
});

describe('pages', () => {
  it('pages through the space with _links.next cursors, each page once', async () => {
    const confluence = createConfluenceEmulator(site);
    const ids: string[] = [];
    let next: string | undefined = `/wiki/api/v2/pages?space-id=${SPACE}&limit=4`;
    let calls = 0;
    while (next !== undefined) {
      const answer = await call(confluence.endpoint, 'GET', next);
      const list = answer.body as V2List<{ id: string }>;
      ids.push(...list.results.map((p) => p.id));
      next = list._links.next;
      if (next !== undefined) expect(answer.headers.get('Link')).toContain('rel="next"');
      calls++;
    }
    expect(new Set(ids).size).toBe(site.confluence.pages.length);
    expect(ids).toHaveLength(site.confluence.pages.length);
    expect(calls).toBe(Math.ceil(site.confluence.pages.length / 4));
  });

  it('filters by exact title and returns the storage body on request', async () => {
    const confluence = createConfluenceEmulator(site);
    const title = encodeURIComponent('Circuit breaker drill runbook');
    const list = (await call(confluence.endpoint, 'GET', `/wiki/api/v2/pages?space-id=${SPACE}&title=${title}&body-format=storage`)).body as V2List<PageBody>;
    expect(list.results).toHaveLength(1);
    expect(list.results[0]?.body.storage?.value).toContain('<h1>Circuit breaker drill runbook</h1>');
    const page = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages/1003')).body as PageBody;
    expect(page.body).toEqual({});
    expect(page.version.number).toBe(3);
  });

  it('404s pages for a user without space access, in the v2 error shape', async () => {
    const confluence = createConfluenceEmulator(site);
    const answer = await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages/1003', { as: user('outsider') });
    expect(answer.status).toBe(404);
    expect((answer.body as V2ErrorBody).errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('creates a page under the SOP library and rejects a duplicate title', async () => {
    const confluence = createConfluenceEmulator(site);
    const body = { spaceId: SPACE, title: 'Auto-deleveraging drill', parentId: '1002', body: { representation: 'storage', value: '<p>Drill</p>' } };
    const created = await call(confluence.endpoint, 'POST', '/wiki/api/v2/pages', { body, as: user('risk') });
    expect(created.status).toBe(200);
    const page = created.body as PageBody;
    expect(page).toMatchObject({ title: 'Auto-deleveraging drill', parentId: '1002', version: { number: 1, authorId: user('risk') } });
    const children = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages/1002/children?limit=50')).body as V2List<{ id: string }>;
    expect(children.results.map((c) => c.id)).toContain(page.id);
    expect((await call(confluence.endpoint, 'POST', '/wiki/api/v2/pages', { body })).status).toBe(400);
    expect((await call(confluence.endpoint, 'POST', '/wiki/api/v2/pages', { rawBody: '{oops' })).status).toBe(400);
    expect((await call(confluence.endpoint, 'POST', '/wiki/api/v2/pages', { body: { ...body, title: 'x' }, as: user('outsider') })).status).toBe(404);
  });

  it('updates a page only with the next version number (409 otherwise)', async () => {
    const confluence = createConfluenceEmulator(site);
    const update = (number: number) => ({ id: '1004', status: 'current', title: 'Emergency order cancellation SOP', body: { representation: 'storage', value: '<p>v3</p>' }, version: { number, message: 'Reviewed' } });
    const conflict = await call(confluence.endpoint, 'PUT', '/wiki/api/v2/pages/1004', { body: update(2) });
    expect(conflict.status).toBe(409);
    expect((conflict.body as V2ErrorBody).errors[0]?.detail).toMatch(/Current version is: 2/);
    const ok = await call(confluence.endpoint, 'PUT', '/wiki/api/v2/pages/1004', { body: update(3) });
    expect(ok.status).toBe(200);
    expect((ok.body as PageBody).version.number).toBe(3);
    const versions = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages/1004/versions')).body as V2List<{ number: number }>;
    expect(versions.results.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('lists labels', async () => {
    const confluence = createConfluenceEmulator(site);
    const labels = (await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages/1003/labels')).body as V2List<{ name: string }>;
    expect(labels.results.map((l) => l.name)).toEqual(['sop', 'runbook', 'drill', 'risk']);
  });
});

describe('content properties', () => {
  it('creates, reads, updates with version + 1, rejects stale versions with 409, and deletes', async () => {
    const confluence = createConfluenceEmulator(site);
    const base = '/wiki/api/v2/pages/1003/properties';
    expect(((await call(confluence.endpoint, 'GET', base)).body as V2List<unknown>).results).toEqual([]);
    const created = await call(confluence.endpoint, 'POST', base, { body: { key: 'launch-control.drill', value: { lastRun: '2026-11-20', passed: true } } });
    expect(created.status).toBe(200);
    const property = created.body as Property;
    expect(property.version.number).toBe(1);
    expect((await call(confluence.endpoint, 'POST', base, { body: { key: 'launch-control.drill', value: 1 } })).status).toBe(409);
    const byKey = (await call(confluence.endpoint, 'GET', `${base}?key=launch-control.drill`)).body as V2List<Property>;
    expect(byKey.results.map((p) => p.id)).toEqual([property.id]);
    const path = `${base}/${property.id}`;
    const stale = await call(confluence.endpoint, 'PUT', path, { body: { key: 'launch-control.drill', value: { passed: false }, version: { number: 1 } } });
    expect(stale.status).toBe(409);
    const skipped = await call(confluence.endpoint, 'PUT', path, { body: { key: 'launch-control.drill', value: { passed: false }, version: { number: 3 } } });
    expect(skipped.status).toBe(409);
    const ok = await call(confluence.endpoint, 'PUT', path, { body: { key: 'launch-control.drill', value: { passed: false }, version: { number: 2 } } });
    expect(ok.body).toMatchObject({ value: { passed: false }, version: { number: 2 } });
    expect((await call(confluence.endpoint, 'GET', path)).body).toMatchObject({ version: { number: 2 } });
    expect((await call(confluence.endpoint, 'GET', path, { as: user('outsider') })).status).toBe(404);
    expect((await call(confluence.endpoint, 'DELETE', path)).status).toBe(204);
    expect((await call(confluence.endpoint, 'GET', path)).status).toBe(404);
  });
});

describe('v1 people and templates', () => {
  const confluence = createConfluenceEmulator(site);

  it('lists group members by name and by id, and a user\'s groups', async () => {
    const members = (await call(confluence.endpoint, 'GET', '/wiki/rest/api/group/member?name=lc-cs')).body as { results: { accountId: string }[]; size: number };
    expect(members.results.map((m) => m.accountId).sort()).toEqual(site.users.filter((u) => u.role === 'cs').map((u) => u.accountId).sort());
    const groupId = site.groups.find((g) => g.name === 'lc-cs')?.groupId ?? '';
    const byId = (await call(confluence.endpoint, 'GET', `/wiki/rest/api/group/${groupId}/membersByGroupId`)).body as { size: number };
    expect(byId.size).toBe(members.size);
    const memberOf = (await call(confluence.endpoint, 'GET', `/wiki/rest/api/user/memberof?accountId=${user('risk')}`)).body as { results: { name: string }[] };
    expect(memberOf.results.map((g) => g.name)).toContain('lc-risk');
    const unknown = await call(confluence.endpoint, 'GET', '/wiki/rest/api/group/member?name=nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404 });
  });

  it('answers the current user', async () => {
    const me = (await call(confluence.endpoint, 'GET', '/wiki/rest/api/user/current', { as: user('cs') })).body as { accountId: string; displayName: string };
    expect(me.accountId).toBe(user('cs'));
    const app = (await call(confluence.endpoint, 'GET', '/wiki/rest/api/user/current')).body as { accountType: string };
    expect(app.accountType).toBe('app');
  });

  it('lists the space\'s page templates, with bodies on expand=body', async () => {
    const list = (await call(confluence.endpoint, 'GET', '/wiki/rest/api/template/page?spaceKey=PERPOPS&expand=body')).body as { results: { name: string; body?: { storage: { value: string } } }[] };
    expect(list.results.map((t) => t.name)).toEqual(['Runbook', 'Drill', 'Post-mortem']);
    expect(list.results[0]?.body?.storage.value).toContain('Runbook');
    const hidden = (await call(confluence.endpoint, 'GET', '/wiki/rest/api/template/page?spaceKey=PERPOPS', { as: user('outsider') })).body as { results: unknown[] };
    expect(hidden.results).toEqual([]);
  });
});
