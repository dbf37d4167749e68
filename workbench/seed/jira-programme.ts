// Builds the PERP project from the written backlog: schedules each epic's children in lanes, derives status,
// dates and estimates from "demo today", and adds the Blocks/Relates links (acyclic unless asked otherwise).

import { addDays, addWorkingDays, daysBetween, DEMO_TODAY, jiraTimestamp, nextWorkingDay } from './calendar';
import type {
  DemoJira, DemoLandmark, DemoProject, DemoRole, DemoUser, DemoVersion, PriorityName, ResolutionName, StatusName,
} from './demo-site';
import { CROSS_LINKS, EPICS, type ChildSpec, type EpicSpec } from './programme-backlog';
import { materialise, PROJECT_ID, PROJECT_KEY, type DraftLink, type IssueDraft } from './programme-drafts';
import { appendScaledWork } from './jira-scale';
import { createRandom, type Random } from './random';
import { PROGRAMME_GROUPS, userWithRole, usersWithRole } from './users';

export function createProject(users: readonly DemoUser[]): DemoProject {
  return {
    id: PROJECT_ID,
    key: PROJECT_KEY,
    name: 'Perp Futures V2',
    description: 'Perpetual Futures V2 core trading system rebuild and launch programme.',
    leadAccountId: userWithRole(users, 'pmo').accountId,
    browseGroups: PROGRAMME_GROUPS,
    adminGroups: ['lc-pmo', 'site-admins'],
    roles: [
      { id: 10002, name: 'Administrators', description: 'Project administrators', actorGroups: ['lc-pmo', 'site-admins'], actorAccountIds: [] },
      { id: 10001, name: 'Developers', description: 'Engineers of the programme', actorGroups: ['lc-rnd'], actorAccountIds: [] },
      { id: 10100, name: 'Release managers', description: 'Run the Go/No-Go meeting', actorGroups: [], actorAccountIds: [userWithRole(users, 'pmo').accountId] },
      { id: 10101, name: 'CS leads', description: 'Customer-service leads who sign CS readiness', actorGroups: [], actorAccountIds: [userWithRole(users, 'cs').accountId] },
    ],
  };
}

export function createVersions(users: readonly DemoUser[], confluenceBaseUrl: string): DemoVersion[] {
  const pmo = userWithRole(users, 'pmo').accountId;
  const lead = (role: DemoRole): string => userWithRole(users, role).accountId;
  return [
    {
      id: '10100', projectId: PROJECT_ID, name: 'v2.0.0',
      description: 'Perp Futures V2 core trading system launch: matching engine, risk engine, MM API, mark price and funding, liquidation.',
      startDate: '2026-08-03', releaseDate: '2027-01-29', released: false, archived: false, driverAccountId: pmo,
      approvers: [
        { accountId: lead('rnd'), status: 'APPROVED', description: 'R&D: stability and performance' },
        { accountId: lead('risk'), status: 'PENDING', description: 'Risk: parameters and drills' },
        { accountId: lead('mm'), status: 'PENDING', description: 'Market making: API integration and depth' },
        { accountId: lead('ops'), status: 'PENDING', description: 'Operations: GTM calendar and listing SOP' },
        { accountId: lead('cs'), status: 'DECLINED', description: 'Customer service: knowledge base and assessment', declineReason: 'Assessment not yet run for the night shift.' },
      ],
      relatedWork: [
        { relatedWorkId: '3f1c9a52-7d0e-4b8a-9c61-2a5e0d7b4f10', category: 'Design', title: 'Perp Futures V2 architecture', url: `${confluenceBaseUrl}/wiki/spaces/PERPOPS/pages/1001` },
      ],
    },
    {
      id: '10101', projectId: PROJECT_ID, name: 'v2.1.0', description: 'Multi-asset collateral; post-launch fixes.',
      startDate: '2026-12-14', releaseDate: '2027-03-12', released: false, archived: false, driverAccountId: pmo,
      approvers: [{ accountId: lead('rnd'), status: 'PENDING', description: 'R&D' }],
      relatedWork: [],
    },
    {
      id: '10102', projectId: PROJECT_ID, name: 'v2.2.0', description: 'Portfolio margin.',
      startDate: '2027-03-15', releaseDate: '2027-04-30', released: false, archived: false, driverAccountId: pmo,
      approvers: [],
      relatedWork: [],
    },
  ];
}

const HOURS_PER_DAY = 8;
const FIB = [1, 2, 3, 5, 8, 13] as const;

function storyPointsFor(days: number): number {
  const target = days * 0.8;
  return FIB.reduce((best, p) => (Math.abs(p - target) < Math.abs(best - target) ? p : best), 1);
}

function pickPriority(random: Random): PriorityName {
  const r = random.next();
  if (r < 0.03) return 'Blocker';
  if (r < 0.13) return 'Critical';
  if (r < 0.7) return 'Major';
  if (r < 0.95) return 'Minor';
  return 'Trivial';
}

interface Scheduled {
  readonly spec: ChildSpec;
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

function scheduleEpic(epic: EpicSpec, random: Random): { items: Scheduled[]; laneLinks: [number, number][] } {
  const durations = epic.children.map((c) => c.days ?? (c.type === 'Bug' ? random.int(1, 3) : random.int(2, 6)));
  const window = Math.max(5, Math.round(daysBetween(epic.start, epic.due) * 5 / 7));
  const planned = epic.children.reduce((sum, c, i) => sum + (c.type === 'Bug' ? 0 : durations[i] ?? 0), 0);
  const lanes = Math.min(5, Math.max(2, Math.ceil(planned / window)));
  const cursors: string[] = Array.from({ length: lanes }, () => nextWorkingDay(epic.start));
  const lastInLane: (number | undefined)[] = Array.from({ length: lanes }, () => undefined);
  const items: Scheduled[] = [];
  const laneLinks: [number, number][] = [];
  let laneTurn = 0;
  epic.children.forEach((spec, i) => {
    const days = durations[i] ?? 1;
    if (spec.type === 'Bug') {
      // Bugs are found along the way: dated inside the window, outside the dependency chains.
      const latest = daysBetween(epic.start, spec.open === true ? DEMO_TODAY : epic.due);
      const start = nextWorkingDay(addDays(epic.start, random.int(5, Math.max(6, latest - 3))));
      items.push({ spec, start, end: addWorkingDays(start, days - 1), days });
      return;
    }
    const lane = laneTurn++ % lanes;
    const start = spec.start ?? cursors[lane] ?? epic.start;
    const end = addWorkingDays(start, days - 1);
    cursors[lane] = addWorkingDays(end, 1);
    const previous = lastInLane[lane];
    if (previous !== undefined && (spec.start === undefined ? random.chance(0.8) : true)) laneLinks.push([previous, i]);
    lastInLane[lane] = i;
    items.push({ spec, start, end, days });
  });
  return { items, laneLinks };
}

function statusFor(item: Scheduled, random: Random): StatusName {
  if (item.spec.open === true) return random.chance(0.5) ? 'In Progress' : 'To Do';
  if (item.start > DEMO_TODAY) return 'To Do';
  if (item.end < DEMO_TODAY) {
    const r = random.next();
    if (r < 0.06) return 'In Progress'; // late: planned to be finished, still open
    if (r < 0.1) return 'In Review';
    return 'Done';
  }
  return item.start < DEMO_TODAY && random.chance(0.3) ? 'In Review' : 'In Progress';
}

function assigneeFor(epic: EpicSpec, spec: ChildSpec, status: StatusName, users: readonly DemoUser[], random: Random): string | null {
  if (status === 'To Do' && random.chance(0.2)) return null;
  const qaLead = users.find((u) => u.title === 'QA lead');
  if (spec.type === 'Test' && qaLead && random.chance(0.6)) return qaLead.accountId;
  const team = usersWithRole(users, epic.role);
  return random.pick(team.length > 0 ? team : users).accountId;
}

function childDraft(epic: EpicSpec, item: Scheduled, users: readonly DemoUser[], random: Random): IssueDraft {
  const { spec } = item;
  const status = statusFor(item, random);
  const earliest = addDays(epic.start, -10);
  const proposed = addDays(item.start, -random.int(3, 20));
  const createdDate = proposed < earliest ? earliest : proposed;
  const created = jiraTimestamp(createdDate < DEMO_TODAY ? createdDate : addDays(DEMO_TODAY, -random.int(1, 30)), random.int(9 * 60, 18 * 60));
  const done = status === 'Done';
  const resolution: ResolutionName | null = done ? (spec.type === 'Bug' && spec.priority === 'Minor' && random.chance(0.3) ? "Won't Do" : 'Done') : null;
  const resolvedOn = item.end < DEMO_TODAY ? item.end : addDays(DEMO_TODAY, -1);
  const resolutiondate = done ? jiraTimestamp(resolvedOn, random.int(14 * 60, 20 * 60)) : null;
  const startedOn = item.start <= DEMO_TODAY ? item.start : DEMO_TODAY;
  const statuscategorychangedate = resolutiondate ?? (status === 'To Do' ? created : jiraTimestamp(startedOn, random.int(9 * 60, 12 * 60)));
  const landmark = spec.landmark !== undefined;
  const hasEstimate = landmark || spec.type === 'Bug' ? spec.type !== 'Bug' || random.chance(0.6) : random.chance(0.9);
  const laterVersion = epic.version === 'v2.0.0' && spec.type === 'Bug' && status !== 'Done' && (spec.priority === 'Minor' || spec.priority === 'Trivial');
  const version = /portfolio margin/i.test(spec.summary) ? 'v2.2.0' : laterVersion ? 'v2.1.0' : epic.version;
  const labels = [epic.label];
  if (landmark) labels.push('launch-critical');
  if (spec.type === 'Test') labels.push('qa');
  return {
    ref: spec.ref,
    landmark: spec.landmark,
    epicRef: epic.ref,
    fields: {
      projectId: PROJECT_ID,
      issueType: spec.type,
      summary: spec.summary,
      status,
      resolution,
      priority: spec.priority ?? pickPriority(random),
      assigneeId: assigneeFor(epic, spec, status, users, random),
      reporterId: userWithRole(users, random.chance(0.5) ? 'pmo' : epic.role).accountId,
      created,
      updated: statuscategorychangedate > created ? statuscategorychangedate : created,
      resolutiondate,
      statuscategorychangedate,
      duedate: landmark || random.chance(0.75) ? item.end : null,
      startDate: landmark || (spec.type !== 'Bug' && random.chance(0.65)) ? item.start : null,
      originalEstimateSeconds: hasEstimate ? item.days * HOURS_PER_DAY * 3600 : null,
      storyPoints: spec.type === 'Story' && random.chance(0.85) ? storyPointsFor(item.days) : null,
      fixVersionIds: [version],
      labels,
      properties: {},
    },
  };
}

function epicDraft(epic: EpicSpec, children: readonly IssueDraft[], users: readonly DemoUser[]): IssueDraft {
  const statuses = children.map((c) => c.fields.status);
  const status: StatusName = statuses.every((s) => s === 'Done') ? 'Done' : statuses.some((s) => s !== 'To Do') ? 'In Progress' : 'To Do';
  const plannedOn = addDays(epic.start, -14);
  const created = jiraTimestamp(plannedOn < DEMO_TODAY ? plannedOn : addDays(DEMO_TODAY, -20), 10 * 60);
  const firstStart = children.find((c) => c.fields.status !== 'To Do');
  return {
    ref: epic.ref,
    landmark: epic.landmark,
    epicRef: null,
    fields: {
      projectId: PROJECT_ID, issueType: 'Epic', summary: epic.summary, status, resolution: status === 'Done' ? 'Done' : null,
      priority: 'Major', assigneeId: userWithRole(users, epic.role).accountId, reporterId: userWithRole(users, 'pmo').accountId,
      created, updated: firstStart?.fields.statuscategorychangedate ?? created, resolutiondate: null,
      statuscategorychangedate: firstStart?.fields.statuscategorychangedate ?? created,
      duedate: epic.due, startDate: epic.start, originalEstimateSeconds: null, storyPoints: null,
      fixVersionIds: [epic.version], labels: [epic.label], properties: {},
    },
  };
}

/** Issue drafts plus links between draft indexes, for the written backlog. */
export function draftProgramme(users: readonly DemoUser[], random: Random): { drafts: IssueDraft[]; links: DraftLink[] } {
  const drafts: IssueDraft[] = [];
  const links: DraftLink[] = [];
  for (const epic of EPICS) {
    const { items, laneLinks } = scheduleEpic(epic, random);
    const children = items.map((item) => childDraft(epic, item, users, random));
    drafts.push(epicDraft(epic, children, users));
    const base = drafts.length;
    drafts.push(...children);
    for (const [from, to] of laneLinks) links.push({ type: 'Blocks', from: base + from, to: base + to });
    // A few "relates to" links between a bug and the story it was found in: not dependencies.
    items.forEach((item, i) => {
      if (item.spec.type === 'Bug' && random.chance(0.4)) {
        const target = random.int(0, items.length - 1);
        if (target !== i) links.push({ type: 'Relates', from: base + i, to: base + target });
      }
    });
  }
  const byRef = new Map<string, number>();
  drafts.forEach((d, i) => { if (d.ref !== undefined && d.epicRef !== null) byRef.set(d.ref, i); });
  for (const link of CROSS_LINKS) {
    const from = byRef.get(link.from);
    const to = byRef.get(link.to);
    if (from === undefined || to === undefined) throw new Error(`unknown backlog ref in ${link.from} -> ${link.to}`);
    links.push({ type: link.type, from, to });
  }
  return { drafts, links };
}

export interface ProgrammeOptions {
  /** Add one Blocks link that closes a loop (readiness review -> slippage protection). */
  readonly cycle?: boolean;
  /** Total issue count to reach with synthetic workstreams appended (no effect below the written backlog's size). */
  readonly scale?: number;
}

/** The Perp Futures V2 programme: 10 epics, 250 children, links, three releases (plus bulk when scaled). */
export function createProgramme(users: readonly DemoUser[], baseUrl: string, confluenceBaseUrl: string, options: ProgrammeOptions = {}): DemoJira {
  const random = createRandom(0x5eed0100);
  const versions = createVersions(users, confluenceBaseUrl);
  const { drafts, links } = draftProgramme(users, random);
  const landmarkDrafts = new Map<DemoLandmark, number>();
  const refDrafts = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.landmark !== undefined) landmarkDrafts.set(d.landmark, i);
    if (d.ref !== undefined && d.epicRef !== null) refDrafts.set(d.ref, i);
  });
  if (options.scale !== undefined) appendScaledWork(drafts, links, Math.floor(options.scale) - drafts.length, users, createRandom(0x5eed0200));
  if (options.cycle === true) {
    links.push({ type: 'Blocks', from: refDrafts.get('readiness-review') as number, to: refDrafts.get('slippage') as number });
  }
  const materialised = materialise(drafts, links, PROJECT_KEY, new Map(versions.map((v) => [v.name, v.id])));
  const keyOf = (landmark: DemoLandmark): string => {
    const index = landmarkDrafts.get(landmark);
    const issue = materialised.issues.find((i) => i.id === (index === undefined ? '' : materialised.idByDraft[index]));
    if (!issue) throw new Error(`landmark ${landmark} missing from the backlog`);
    return issue.key;
  };
  return {
    baseUrl,
    project: createProject(users),
    versions,
    issues: materialised.issues,
    links: materialised.links,
    landmarks: {
      slippageProtection: keyOf('slippageProtection'),
      mmIntegrationTest: keyOf('mmIntegrationTest'),
      releaseReadiness: keyOf('releaseReadiness'),
      matchingEngineEpic: keyOf('matchingEngineEpic'),
      riskEngineEpic: keyOf('riskEngineEpic'),
      mmApiEpic: keyOf('mmApiEpic'),
    },
  };
}

