import { createDemoSite } from '../../../workbench/seed';
import { createConfluenceEmulator, createJiraEmulator } from '../../../workbench/products';
import { call } from './emulator-client';

const site = createDemoSite();

describe('request counts', () => {
  it('counts per endpoint template and resets', async () => {
    const jira = createJiraEmulator(site);
    await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-1?fields=summary');
    await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-2');
    await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body: { jql: 'issuetype = Epic' } });
    await call(jira.endpoint, 'GET', '/rest/api/3/nope');
    expect(jira.counts()).toEqual({
      'GET /rest/api/3/issue/{issueIdOrKey}': 2,
      'GET /rest/api/3/nope': 1,
      'POST /rest/api/3/search/jql': 1,
    });
    jira.resetCounts();
    expect(jira.counts()).toEqual({});
  });

  it('keeps the most requests answered at once: one after another is 1, three together are 3', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const jira = createJiraEmulator(site, { sleep: () => gate });
    await call(jira.endpoint, 'GET', '/rest/api/3/field');
    await call(jira.endpoint, 'GET', '/rest/api/3/field');
    expect(jira.maxInFlight()).toBe(1);
    jira.resetCounts();
    expect(jira.maxInFlight()).toBe(0);
    jira.faults.add({ path: '/rest/api/3/field', delayMs: 1 });
    const together = [1, 2, 3].map(() => call(jira.endpoint, 'GET', '/rest/api/3/field'));
    await Promise.resolve();
    release();
    await Promise.all(together);
    expect(jira.maxInFlight()).toBe(3);
    // A failed answer leaves the count too.
    jira.faults.clear();
    jira.resetCounts();
    jira.faults.add({ path: '/rest/api/3/field', status: 500 });
    await call(jira.endpoint, 'GET', '/rest/api/3/field');
    await call(jira.endpoint, 'GET', '/rest/api/3/field');
    expect(jira.maxInFlight()).toBe(1);
  });
});

describe('fault injection', () => {
  it('answers 429 with Retry-After the given number of times, then succeeds', async () => {
    const jira = createJiraEmulator(site);
    jira.faults.add({ method: 'POST', path: '/rest/api/3/search/jql', status: 429, retryAfterSeconds: 7, times: 2 });
    const body = { jql: 'issuetype = Epic' };
    const first = await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body });
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('7');
    expect(first.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect((await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body })).status).toBe(429);
    expect((await call(jira.endpoint, 'POST', '/rest/api/3/search/jql', { body })).status).toBe(200);
    expect(jira.counts()['POST /rest/api/3/search/jql']).toBe(3);
  });

  it('keeps failing with 500 until cleared, and only on matching paths', async () => {
    const jira = createJiraEmulator(site);
    jira.faults.add({ path: /\/issue\/PERP-1(\?|$)/, status: 500 });
    for (let i = 0; i < 3; i++) expect((await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-1')).status).toBe(500);
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-2')).status).toBe(200);
    jira.faults.clear();
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/issue/PERP-1')).status).toBe(200);
  });

  it('delays answers (slow but successful) through the sleep it is given', async () => {
    const slept: number[] = [];
    const jira = createJiraEmulator(site, { sleep: (ms) => { slept.push(ms); return Promise.resolve(); } });
    jira.faults.add({ path: '/rest/api/3/field', delayMs: 1500, times: 1 });
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/field')).status).toBe(200);
    expect((await call(jira.endpoint, 'GET', '/rest/api/3/field')).status).toBe(200);
    expect(slept).toEqual([1500]);
  });

  it('really waits with the default sleep', async () => {
    const jira = createJiraEmulator(site);
    jira.faults.add({ path: '/rest/api/3/field', delayMs: 60, times: 1 });
    const started = performance.now();
    await call(jira.endpoint, 'GET', '/rest/api/3/field');
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('answers Confluence faults in the v2 error shape', async () => {
    const confluence = createConfluenceEmulator(site);
    confluence.faults.add({ path: '/wiki/api/v2/pages', status: 503, retryAfterSeconds: 3, times: 1 });
    const answer = await call(confluence.endpoint, 'GET', '/wiki/api/v2/pages?space-id=98305');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('Retry-After')).toBe('3');
    expect(answer.body).toEqual({ errors: [{ status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Service Unavailable', detail: 'Service unavailable.' }] });
  });
});

describe('unknown endpoints', () => {
  it('names the missing endpoint in a 404, and 405s a known path with the wrong method', async () => {
    const jira = createJiraEmulator(site);
    const missing = await call(jira.endpoint, 'GET', '/rest/api/3/dashboard');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toContain('GET /rest/api/3/dashboard');
    expect((await call(jira.endpoint, 'DELETE', '/rest/api/3/field')).status).toBe(405);
    const confluence = createConfluenceEmulator(site);
    const v1 = await call(confluence.endpoint, 'GET', '/wiki/rest/api/content');
    expect(v1.status).toBe(404);
    expect(v1.body).toMatchObject({ statusCode: 404, message: expect.stringContaining('/wiki/rest/api/content') as unknown });
  });
});
