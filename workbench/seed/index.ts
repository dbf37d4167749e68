// The deterministic demo site behind the workbench: users and groups, the PERP Jira project, the PERPOPS
// Confluence space and the launch campaign's metric CSVs. Anchored on DEMO_TODAY; no clock, no Math.random.

import { createConfluenceSpace } from './confluence-space';
import type { DemoSite, DemoUser } from './demo-site';
import { createProgramme } from './jira-programme';
import { createDemoGroups, createDemoUsers } from './users';

export interface DemoSiteOptions {
  /** Total issue count; synthetic workstreams are appended beyond the written 260-issue backlog. */
  readonly scale?: number;
  /**
   * Adds one Blocks link readiness review -> slippage protection, closing the loop
   * slippage protection -> MM integration test -> readiness review -> slippage protection (for cycle tests).
   */
  readonly cycle?: boolean;
  readonly jiraBaseUrl?: string;
  readonly confluenceBaseUrl?: string;
}

export const DEFAULT_SITE_URL = 'https://perp-exchange.atlassian.net';

export function createDemoSite(options: DemoSiteOptions = {}): DemoSite {
  const jiraBaseUrl = options.jiraBaseUrl ?? DEFAULT_SITE_URL;
  const confluenceBaseUrl = options.confluenceBaseUrl ?? DEFAULT_SITE_URL;
  const users = createDemoUsers();
  return {
    cloudId: 'b5a1c0de-2026-4e11-9d2a-7e5f00c0ffee',
    users,
    groups: createDemoGroups(users),
    appAccountId: '557058:f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
    jira: createProgramme(users, jiraBaseUrl, confluenceBaseUrl, {
      ...(options.cycle !== undefined ? { cycle: options.cycle } : {}),
      ...(options.scale !== undefined ? { scale: options.scale } : {}),
    }),
    confluence: createConfluenceSpace(users, confluenceBaseUrl),
  };
}

/** The users for the workbench's user switcher, with what they do. */
export function demoUsers(site: DemoSite): readonly Pick<DemoUser, 'accountId' | 'displayName' | 'role' | 'title' | 'locale'>[] {
  return site.users.map(({ accountId, displayName, role, title, locale }) => ({ accountId, displayName, role, title, locale }));
}

export { DEMO_TODAY } from './calendar';
export { createDemoCampaign, demoCampaign, type DemoCampaign } from './campaign';
export { createDemoImports, demoImports, type DemoImportFile } from './campaign-imports';
export type * from './demo-site';
export { ROLE_GROUPS, userWithRole } from './users';
