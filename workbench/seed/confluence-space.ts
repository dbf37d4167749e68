// The PERPOPS Confluence space: a page tree (home, architecture, SOP library, post-mortems, drill reports, campaigns),
// page versions with authors and dates, labels, empty content properties, three v1 page templates, and the app's
// macros placed on the pages.

import { isoTimestamp } from './calendar';
import type { DemoConfluence, DemoPage, DemoPageVersion, DemoRole, DemoTemplate, DemoUser } from './demo-site';
import { createMacroInstances } from './macro-instances';
import * as body from './sop-bodies';
import { PROGRAMME_GROUPS, userWithRole } from './users';

export const SPACE_ID = '98305';
export const SPACE_KEY = 'PERPOPS';

interface PageSpec {
  readonly id: string;
  readonly parentId: string | null;
  readonly title: string;
  readonly body: string;
  readonly role: DemoRole;
  readonly labels: readonly string[];
  /** ISO dates of each version, oldest first; the last is the current version. */
  readonly edits: readonly string[];
}

const PAGES: readonly PageSpec[] = [
  { id: '1000', parentId: null, title: 'PERP Operations', body: body.HOME_BODY, role: 'pmo', labels: [], edits: ['2026-07-01'] },
  { id: '1001', parentId: '1000', title: 'Perp Futures V2 architecture', body: body.ARCHITECTURE_BODY, role: 'rnd', labels: ['architecture', 'v2'], edits: ['2026-07-20', '2026-08-14', '2026-10-02'] },
  { id: '1002', parentId: '1000', title: 'SOP library', body: body.SOP_LIBRARY_BODY, role: 'pmo', labels: ['sop'], edits: ['2026-07-06', '2026-11-02'] },
  { id: '1003', parentId: '1002', title: 'Circuit breaker drill runbook', body: body.CIRCUIT_BREAKER_BODY, role: 'risk', labels: ['sop', 'runbook', 'drill', 'risk'], edits: ['2026-08-10', '2026-10-15', '2026-11-12'] },
  { id: '1004', parentId: '1002', title: 'Emergency order cancellation SOP', body: body.EMERGENCY_CANCEL_BODY, role: 'risk', labels: ['sop', 'runbook', 'risk'], edits: ['2026-08-12', '2026-09-30'] },
  { id: '1005', parentId: '1002', title: 'New symbol listing SOP', body: body.LISTING_SOP_BODY, role: 'ops', labels: ['sop', 'listing', 'operations'], edits: ['2026-06-15', '2026-07-20'] },
  { id: '1006', parentId: '1002', title: 'CS knowledge base: perpetual futures FAQ', body: body.CS_FAQ_BODY, role: 'cs', labels: ['sop', 'cs-kb', 'faq'], edits: ['2026-10-19', '2026-11-09', '2026-11-23'] },
  { id: '1007', parentId: '1002', title: 'Funding settlement failure runbook', body: body.FUNDING_RUNBOOK_BODY, role: 'risk', labels: ['sop', 'runbook'], edits: ['2026-10-05'] },
  { id: '1008', parentId: '1002', title: 'Insurance fund depletion and ADL runbook', body: body.ADL_RUNBOOK_BODY, role: 'risk', labels: ['sop', 'runbook'], edits: ['2026-10-28'] },
  { id: '1009', parentId: '1002', title: 'Matcher failover and journal replay runbook', body: body.FAILOVER_RUNBOOK_BODY, role: 'rnd', labels: ['sop', 'runbook'], edits: ['2026-11-06'] },
  { id: '1010', parentId: '1000', title: 'Post-mortems', body: '<p>Blameless post-mortems for incidents on the perpetual futures platform.</p>', role: 'pmo', labels: [], edits: ['2026-07-06'] },
  { id: '1011', parentId: '1010', title: 'Post-mortem: 2026-09-18 funding settlement delay', body: body.POSTMORTEM_FUNDING_BODY, role: 'rnd', labels: ['post-mortem', 'funding'], edits: ['2026-09-21', '2026-09-25'] },
  { id: '1012', parentId: '1010', title: 'Post-mortem: 2026-10-27 mark price divergence on SOLUSDT', body: body.POSTMORTEM_MARK_BODY, role: 'risk', labels: ['post-mortem', 'mark-price'], edits: ['2026-10-29'] },
  { id: '1013', parentId: '1000', title: 'Drill reports', body: '<p>Results of risk and operations drills.</p>', role: 'pmo', labels: [], edits: ['2026-07-06'] },
  { id: '1014', parentId: '1013', title: 'Drill report: circuit breaker 2026-10-14', body: body.DRILL_REPORT_BODY, role: 'risk', labels: ['drill', 'risk'], edits: ['2026-10-14'] },
  { id: '1015', parentId: '1000', title: '永续合约 V2 上线沟通计划', body: body.COMMS_PLAN_ZH_BODY, role: 'ops', labels: ['launch', 'zh'], edits: ['2026-11-18'] },
  { id: '1016', parentId: '1000', title: 'Campaigns', body: '<p>Launch campaigns of the perpetual futures business, each with its ROI.</p>', role: 'bizops', labels: ['campaign'], edits: ['2026-11-20'] },
  { id: '1017', parentId: '1016', title: 'Perp V2 launch trading competition', body: '<p>Four weeks of trading competition on BTCUSDT, ETHUSDT and SOLUSDT from 2027-02-01, with a first-week SOLUSDT taker fee waiver.</p>', role: 'bizops', labels: ['campaign', 'trading-competition'], edits: ['2026-11-20', '2026-11-24'] },
  { id: '1018', parentId: '1016', title: 'Perp V2 new-user airdrop', body: '<p>A USDT airdrop for new perpetual futures accounts that trade in their first week.</p>', role: 'bizops', labels: ['campaign', 'airdrop'], edits: ['2026-11-22'] },
  { id: '1019', parentId: '1000', title: 'Daily business diagnosis', body: '<p>The business-operations morning review of the perpetual futures business: KPIs, anomalies with their drivers, and the daily report.</p>', role: 'bizops', labels: ['business-health', 'daily-report'], edits: ['2026-11-25'] },
];

const TEMPLATES: readonly Omit<DemoTemplate, 'spaceKey'>[] = [
  { templateId: '2001', name: 'Runbook', description: 'Operational runbook with trigger, roles, steps and pass criteria.', labels: ['runbook', 'sop'], body: body.RUNBOOK_TEMPLATE_BODY },
  { templateId: '2002', name: 'Drill', description: 'Drill plan and result log.', labels: ['drill'], body: body.DRILL_TEMPLATE_BODY },
  { templateId: '2003', name: 'Post-mortem', description: 'Blameless post-mortem with timeline, root cause and actions.', labels: ['post-mortem'], body: body.POSTMORTEM_TEMPLATE_BODY },
];

function versionsOf(spec: PageSpec, users: readonly DemoUser[]): DemoPageVersion[] {
  const owner = userWithRole(users, spec.role).accountId;
  const pmo = userWithRole(users, 'pmo').accountId;
  return spec.edits.map((date, i) => ({
    number: i + 1,
    createdAt: isoTimestamp(date, 120 + i * 37),
    authorId: i % 2 === 1 ? pmo : owner,
    message: i === 0 ? '' : i === spec.edits.length - 1 ? 'Reviewed and updated' : 'Minor corrections',
    minorEdit: false,
    title: spec.title,
    body: spec.body,
  }));
}

export function createConfluenceSpace(users: readonly DemoUser[], baseUrl: string): DemoConfluence {
  const pages: DemoPage[] = PAGES.map((spec, i) => {
    const versions = versionsOf(spec, users);
    const first = versions[0] as DemoPageVersion;
    return {
      id: spec.id,
      spaceId: SPACE_ID,
      parentId: spec.parentId,
      title: spec.title,
      status: 'current',
      authorId: first.authorId,
      ownerId: userWithRole(users, spec.role).accountId,
      createdAt: first.createdAt,
      position: i,
      versions,
      labels: [...spec.labels],
      properties: [],
    };
  });
  return {
    baseUrl,
    spaces: [{
      id: SPACE_ID,
      key: SPACE_KEY,
      name: 'PERP Operations',
      description: 'SOPs, runbooks, drills and post-mortems for the Perpetual Futures business.',
      authorId: userWithRole(users, 'pmo').accountId,
      createdAt: isoTimestamp('2026-07-01', 60),
      homepageId: '1000',
      viewGroups: PROGRAMME_GROUPS,
    }],
    pages,
    templates: TEMPLATES.map((t) => ({ ...t, spaceKey: SPACE_KEY })),
    macros: createMacroInstances(),
  };
}
