import { createDemoSite, type DemoIssue, type DemoSite } from '../../../workbench/seed';
import { createJiraEmulator } from '../../../workbench/products';
import { call, type JiraErrorBody, type SearchPage } from './emulator-client';

const site: DemoSite = createDemoSite();
const user = (role: string): string => site.users.find((u) => u.role === role)?.accountId ?? '';
const jira = createJiraEmulator(site);
const issues: readonly DemoIssue[] = site.jira.issues;
const byKey = (key: string): DemoIssue => issues.find((i) => i.key === key) as DemoIssue;

async function search(jql: string, extra: Record<string, unknown> = {}, as?: string): Promise<{ status: number; body: unknown }> {
  return call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body: { jql, ...extra }, ...(as !== undefined ? { as } : {}) });
}

async function searchAll(jql: string, fields: string[] = ['summary'], maxResults = 50): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let token: string | undefined;
  let pages = 0;
  for (;;) {
    const answer = await search(jql, { fields, maxResults, ...(token !== undefined ? { nextPageToken: token } : {}) });
    expect(answer.status).toBe(200);
    const page = answer.body as SearchPage;
    pages++;
    keys.push(...page.issues.map((i) => i.key ?? i.id));
    if (page.isLast) {
      expect(page.nextPageToken).toBeUndefined();
      return { keys, pages };
    }
    expect(page.nextPageToken).toEqual(expect.any(String));
    token = page.nextPageToken;
  }
}

describe('POST /rest/api/3/search/jql paging', () => {
  it('returns every PERP issue exactly once across nextPageToken pages, isLast at the end', async () => {
    const { keys, pages } = await searchAll('project = PERP ORDER BY key ASC');
    expect(keys).toHaveLength(issues.length);
    expect(new Set(keys).size).toBe(issues.length);
    expect(pages).toBe(Math.ceil(issues.length / 50));
    expect(keys[0]).toBe('PERP-1');
  });

  it('caps pages at 100 when fields are requested and 5000 for ids only', async () => {
    const withFields = (await search('project = PERP', { fields: ['summary'], maxResults: 500 })).body as SearchPage;
    expect(withFields.issues).toHaveLength(100);
    expect(withFields.isLast).toBe(false);
    const idsOnly = (await search('project = PERP', { maxResults: 500 })).body as SearchPage;
    expect(idsOnly.issues).toHaveLength(issues.length);
    expect(idsOnly.isLast).toBe(true);
  });

  it('defaults to 50 results of bare ids', async () => {
    const page = (await search('project = PERP')).body as SearchPage;
    expect(page.issues).toHaveLength(50);
    expect(Object.keys(page.issues[0] ?? {})).toEqual(['id']);
  });

  it('rejects a token replayed against another query', async () => {
    const first = (await search('project = PERP', { maxResults: 10 })).body as SearchPage;
    const answer = await search('issuetype = Bug', { nextPageToken: first.nextPageToken });
    expect(answer.status).toBe(400);
  });

  it('supports the GET form with query parameters', async () => {
    const answer = await call(jira.endpoint, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('issuetype = Epic ORDER BY key')}&fields=summary,duedate&maxResults=5`);
    const page = answer.body as SearchPage;
    expect(answer.status).toBe(200);
    expect(page.issues).toHaveLength(5);
    expect(Object.keys(page.issues[0]?.fields ?? {}).sort()).toEqual(['duedate', 'summary']);
  });
});

describe('field selection', () => {
  it('returns only the requested fields', async () => {
    const page = (await search('key = PERP-2', { fields: ['summary', 'status', 'customfield_10016', 'timeoriginalestimate'] })).body as SearchPage;
    const issue = page.issues[0];
    expect(issue?.key).toBe('PERP-2');
    expect(Object.keys(issue?.fields ?? {}).sort()).toEqual(['customfield_10016', 'status', 'summary', 'timeoriginalestimate']);
    expect(issue?.fields?.status).toMatchObject({ name: expect.any(String) as unknown, statusCategory: { key: expect.stringMatching(/^(new|indeterminate|done)$/) as unknown } });
  });

  it('expands *all and honours exclusions', async () => {
    const page = (await search('key = PERP-2', { fields: ['*all', '-issuelinks'] })).body as SearchPage;
    const fields = page.issues[0]?.fields ?? {};
    expect(fields).toHaveProperty('summary');
    expect(fields).toHaveProperty('customfield_10015');
    expect(fields).toHaveProperty('parent');
    expect(fields).not.toHaveProperty('issuelinks');
  });

  it('renders Blocks links with inward and outward issues', async () => {
    const slippage = site.jira.landmarks.slippageProtection;
    const page = (await search(`key = ${slippage}`, { fields: ['issuelinks'] })).body as SearchPage;
    const links = page.issues[0]?.fields?.issuelinks as { type: { name: string }; outwardIssue?: { key: string; fields: { status: unknown } } }[];
    const blocks = links.find((l) => l.type.name === 'Blocks' && l.outwardIssue?.key === site.jira.landmarks.mmIntegrationTest);
    expect(blocks?.outwardIssue?.fields.status).toBeDefined();
  });
});

describe('JQL subset', () => {
  const epics = issues.filter((i) => i.issueType === 'Epic');
  const firstEpic = epics[0] as DemoIssue;
  const secondEpic = epics[1] as DemoIssue;
  const v200 = site.jira.versions.find((v) => v.name === 'v2.0.0')?.id ?? '';
  const cases: [string, (i: DemoIssue) => boolean][] = [
    [`parent = ${firstEpic.key}`, (i) => i.parentId === firstEpic.id],
    [`parent in (${firstEpic.key}, ${secondEpic.key})`, (i) => i.parentId === firstEpic.id || i.parentId === secondEpic.id],
    ['key in (PERP-1, PERP-2, perp-3)', (i) => ['PERP-1', 'PERP-2', 'PERP-3'].includes(i.key)],
    ['issuekey in (PERP-4)', (i) => i.key === 'PERP-4'],
    ['project = PERP AND fixVersion = "v2.0.0"', (i) => i.fixVersionIds.includes(v200)],
    ['fixVersion in ("v2.1.0", v2.2.0)', (i) => i.fixVersionIds.some((v) => v !== v200)],
    ['issuetype = Epic', (i) => i.issueType === 'Epic'],
    ['issuetype in (Bug, Test)', (i) => i.issueType === 'Bug' || i.issueType === 'Test'],
    ['project = PERP AND issuetype != Epic', (i) => i.issueType !== 'Epic'],
    ['statusCategory != Done', (i) => i.status !== 'Done'],
    ['statusCategory = Done', (i) => i.status === 'Done'],
    ['issuetype = Bug AND priority in (Blocker, Critical) AND statusCategory != Done', (i) => i.issueType === 'Bug' && (i.priority === 'Blocker' || i.priority === 'Critical') && i.status !== 'Done'],
    ['project = PERP AND resolution = Unresolved', (i) => i.resolution === null],
    ['labels = launch-critical', (i) => i.labels.includes('launch-critical')],
    ['(issuetype = Bug OR issuetype = Test) AND NOT statusCategory = Done', (i) => (i.issueType === 'Bug' || i.issueType === 'Test') && i.status !== 'Done'],
    ['project = PERP AND duedate is EMPTY', (i) => i.duedate === null],
    ['project = PERP AND duedate <= "2026-12-31"', (i) => i.duedate !== null && i.duedate <= '2026-12-31'],
  ];
  it.each(cases)('%s', async (jql, expected) => {
    const { keys } = await searchAll(jql, ['summary'], 100);
    expect(keys.sort()).toEqual(issues.filter(expected).map((i) => i.key).sort());
  });

  it('orders by created DESC, rank and key', async () => {
    const created = (await searchAll('issuetype = Epic ORDER BY created DESC', ['created'])).keys;
    const expected = [...epics].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : Number(b.id) - Number(a.id))).map((i) => i.key);
    expect(created).toEqual(expected);
    const ranked = (await searchAll(`parent = ${firstEpic.key} ORDER BY rank`)).keys;
    expect(ranked).toEqual(issues.filter((i) => i.parentId === firstEpic.id).sort((a, b) => a.rank - b.rank).map((i) => i.key));
  });

  it.each([
    ['summary ~ "risk"', /text-search operator/],
    ['sprint = 5', /does not support the field 'sprint'/],
    ['fixVersion in unreleasedVersions()', /does not support the function 'unreleasedVersions\(\)'/],
    ['foo = bar', /Field 'foo' does not exist/],
    ['fixVersion = "v9.9.9"', /The value 'v9.9.9' does not exist for the field 'fixVersion'/],
    ['key = PERP-99999', /An issue with key 'PERP-99999' does not exist for field 'key'/],
    ['project = PERP AND', /Error in the JQL Query/],
    ['ORDER BY key', /Unbounded JQL queries are not allowed/],
    ['project = PERP ORDER BY sprint', /does not support ORDER BY 'sprint'/],
  ])('answers 400 for %s', async (jql, message) => {
    const answer = await search(jql);
    expect(answer.status).toBe(400);
    const body = answer.body as JiraErrorBody;
    expect(body.errors).toEqual({});
    expect(body.errorMessages.join(' ')).toMatch(message);
  });

  it('rejects payloads with unknown properties and bad JSON', async () => {
    const unknown = await search('project = PERP', { startAt: 0 });
    expect(unknown.status).toBe(400);
    expect((unknown.body as JiraErrorBody).errorMessages[0]).toMatch(/Invalid request payload/);
    const bad = await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { rawBody: '{"jql": ' });
    expect(bad.status).toBe(400);
  });

  it('answers 410 on the removed /rest/api/3/search', async () => {
    const answer = await call(jira.endpoint, 'GET', '/rest/api/3/search?jql=project%20%3D%20PERP');
    expect(answer.status).toBe(410);
  });

  it('counts approximately', async () => {
    const answer = await call(jira.endpoint, 'POST', '/rest/api/3/search/approximate-count', { body: { jql: 'issuetype = Epic' } });
    expect(answer.body).toEqual({ count: 10 });
  });
});

describe('search permissions', () => {
  it('hides every PERP issue from the outsider', async () => {
    const outsider = user('outsider');
    const open = await search('statusCategory != Done', { fields: ['summary'] }, outsider);
    expect((open.body as SearchPage).issues).toEqual([]);
    const project = await search('project = PERP', {}, outsider);
    expect(project.status).toBe(400);
    expect((project.body as JiraErrorBody).errorMessages[0]).toMatch(/The value 'PERP' does not exist for the field 'project'/);
  });

  it('shows PERP issues to a function member', async () => {
    const answer = await search('issuetype = Epic', { maxResults: 100 }, user('risk'));
    expect((answer.body as SearchPage).issues).toHaveLength(10);
  });

  it('gives the outsider 404 on a direct get', async () => {
    const answer = await call(jira.endpoint, 'GET', `/rest/api/3/issue/${byKey('PERP-1').key}`, { as: user('outsider') });
    expect(answer.status).toBe(404);
    expect((answer.body as JiraErrorBody).errorMessages[0]).toBe('Issue does not exist or you do not have permission to see it.');
  });
});
