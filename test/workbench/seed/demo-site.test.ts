import { createDemoSite, DEMO_TODAY, demoUsers, type DemoIssueLink, type DemoSite } from '../../../workbench/seed';

const site: DemoSite = createDemoSite();

/** Issue ids on some cycle of Blocks links, by iterative DFS (no recursion: scaled sites are large). */
function blocksCycleExists(links: readonly DemoIssueLink[]): boolean {
  const next = new Map<string, string[]>();
  for (const l of links) if (l.type === 'Blocks') next.set(l.fromIssueId, [...(next.get(l.fromIssueId) ?? []), l.toIssueId]);
  const state = new Map<string, 1 | 2>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [string, number];
      const successors = next.get(top[0]) ?? [];
      if (top[1] >= successors.length) { state.set(top[0], 2); stack.pop(); continue; }
      const succ = successors[top[1]++] as string;
      const s = state.get(succ);
      if (s === 1) return true;
      if (s === undefined) { state.set(succ, 1); stack.push([succ, 0]); }
    }
  }
  return false;
}

describe('createDemoSite', () => {
  it('is deterministic', () => {
    expect(createDemoSite()).toEqual(site);
  });

  it('has the expected shape', () => {
    const issues = site.jira.issues;
    const summary = {
      epics: issues.filter((i) => i.issueType === 'Epic').length,
      children: issues.filter((i) => i.parentId !== null).length,
      issues: issues.length,
      blocks: site.jira.links.filter((l) => l.type === 'Blocks').length,
      relates: site.jira.links.filter((l) => l.type === 'Relates').length,
      users: site.users.length,
      versions: site.jira.versions.map((v) => `${v.name} ${v.releaseDate ?? ''}`),
      pages: site.confluence.pages.length,
      templates: site.confluence.templates.length,
      macros: site.confluence.macros.map((m) => `${m.pageId} ${m.moduleKey}`),
    };
    expect(summary).toMatchInlineSnapshot(`
{
  "blocks": 168,
  "children": 250,
  "epics": 10,
  "issues": 260,
  "macros": [
    "1003 sop-runbook",
    "1003 sop-status",
    "1004 sop-runbook",
    "1004 sop-attestation",
    "1006 sop-attestation",
    "1006 sop-status",
    "1011 postmortem-actions",
    "1012 postmortem-actions",
    "1017 campaign-roi",
    "1018 campaign-roi",
    "1019 business-health",
  ],
  "pages": 20,
  "relates": 12,
  "templates": 3,
  "users": 17,
  "versions": [
    "v2.0.0 2027-01-29",
    "v2.1.0 2027-03-12",
    "v2.2.0 2027-04-30",
  ],
}
`);
  });

  it('keys issues PERP-1.. in order of creation, all created before demo today', () => {
    site.jira.issues.forEach((issue, i) => {
      expect(issue.key).toBe(`PERP-${String(i + 1)}`);
      expect(issue.created.slice(0, 10) < DEMO_TODAY).toBe(true);
    });
  });

  it('has the slippage protection -> MM integration test -> release readiness chain', () => {
    const { landmarks, issues, links } = site.jira;
    const idOf = (key: string): string => issues.find((i) => i.key === key)?.id ?? '';
    const blocks = (from: string, to: string): boolean => links.some((l) => l.type === 'Blocks' && l.fromIssueId === idOf(from) && l.toIssueId === idOf(to));
    expect(blocks(landmarks.slippageProtection, landmarks.mmIntegrationTest)).toBe(true);
    expect(blocks(landmarks.mmIntegrationTest, landmarks.releaseReadiness)).toBe(true);
    const slippage = issues.find((i) => i.key === landmarks.slippageProtection);
    expect(slippage?.summary).toMatch(/slippage protection/i);
    expect(issues.find((i) => i.id === slippage?.parentId)?.summary).toMatch(/Risk engine/);
  });

  it('has realistic data for the gate and the schedule', () => {
    const children = site.jira.issues.filter((i) => i.parentId !== null);
    expect(children.filter((i) => i.status === 'Done').every((i) => i.resolutiondate !== null && i.resolution !== null)).toBe(true);
    expect(children.some((i) => i.originalEstimateSeconds === null)).toBe(true);
    expect(children.some((i) => i.storyPoints !== null)).toBe(true);
    expect(children.filter((i) => i.issueType === 'Bug' && i.status !== 'Done' && (i.priority === 'Blocker' || i.priority === 'Critical')).length).toBeGreaterThan(0);
    expect(new Set(children.map((i) => i.status))).toEqual(new Set(['To Do', 'In Progress', 'In Review', 'Done']));
    // Mostly within epics, some across.
    const parent = new Map(site.jira.issues.map((i) => [i.id, i.parentId]));
    const across = site.jira.links.filter((l) => l.type === 'Blocks' && parent.get(l.fromIssueId) !== parent.get(l.toIssueId));
    expect(across.length).toBeGreaterThan(5);
    expect(across.length).toBeLessThan(site.jira.links.length / 4);
  });

  it('has no Blocks cycle by default, and one with { cycle: true }', () => {
    expect(blocksCycleExists(site.jira.links)).toBe(false);
    expect(blocksCycleExists(createDemoSite({ cycle: true }).jira.links)).toBe(true);
  });

  it('has users in five functions plus PMO, analyst, admin and outsider', () => {
    const roles = demoUsers(site).map((u) => u.role);
    for (const role of ['rnd', 'risk', 'mm', 'ops', 'cs', 'pmo', 'bizops', 'site-admin', 'outsider']) expect(roles).toContain(role);
    for (const u of site.users) expect(u.accountId).toMatch(/^712020:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(site.users.map((u) => u.locale))).toEqual(new Set(['en_US', 'zh_CN']));
    const outsider = site.users.find((u) => u.role === 'outsider');
    expect(outsider?.groups.some((g) => site.jira.project.browseGroups.includes(g))).toBe(false);
  });
});

describe('createDemoSite({ scale })', () => {
  it('generates 10,000 issues fast, acyclic, with 2-3 links per issue, leaving the written backlog in place', () => {
    const started = performance.now();
    const big = createDemoSite({ scale: 10_000 });
    const elapsed = performance.now() - started;
    expect(big.jira.issues).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(2_000);
    const perIssue = big.jira.links.length / big.jira.issues.length;
    expect(perIssue).toBeGreaterThan(2);
    expect(perIssue).toBeLessThan(3);
    expect(blocksCycleExists(big.jira.links)).toBe(false);
    const summaryOf = (s: typeof site, key: string): string | undefined => s.jira.issues.find((i) => i.key === key)?.summary;
    for (const [name, key] of Object.entries(site.jira.landmarks)) {
      expect([name, summaryOf(big, big.jira.landmarks[name as keyof typeof site.jira.landmarks])]).toEqual([name, summaryOf(site, key)]);
    }
    expect(new Set(big.jira.issues.map((i) => i.key)).size).toBe(10_000);
  });

  it('leaves the default seed unchanged below its size', () => {
    expect(createDemoSite({ scale: 100 })).toEqual(site);
  });
});
