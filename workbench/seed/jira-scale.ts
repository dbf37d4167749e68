// Synthetic bulk for performance work: extra workstream epics and children appended to the written backlog,
// with 2-3 links per issue that always point from an earlier draft to a later one (so no cycles).

import { addDays, DEMO_TODAY, isWeekend, jiraTimestamp } from './calendar';
import type { DemoUser, IssueTypeName, StatusName } from './demo-site';
import { PROJECT_ID, type DraftLink, type IssueDraft } from './programme-drafts';
import type { Random } from './random';

const CHILDREN_PER_EPIC = 250;
const CALENDAR_START = '2026-03-02';
/** Working-day index of the first synthetic start date (about 2026-06-01). */
const FIRST_START = 65;
const VERBS = ['Implement', 'Harden', 'Test', 'Document', 'Migrate', 'Refactor', 'Instrument', 'Review'] as const;
const COMPONENTS = ['order gateway', 'matching shard', 'risk check', 'funding job', 'ledger', 'market-data feed', 'liquidation queue', 'MM session', 'admin console', 'settlement batch'] as const;
const VERSIONS = ['v2.0.0', 'v2.1.0', 'v2.2.0'] as const;

function workingDays(from: string, count: number): string[] {
  const days: string[] = [];
  let d = from;
  while (days.length < count) {
    if (!isWeekend(d)) days.push(d);
    d = addDays(d, 1);
  }
  return days;
}

/** Appends `extra` synthetic issues (epics included) to `drafts` and links to `links`, in place. */
export function appendScaledWork(drafts: IssueDraft[], links: DraftLink[], extra: number, users: readonly DemoUser[], random: Random): void {
  if (extra <= 0) return;
  const epicCount = Math.max(1, Math.ceil(extra / (CHILDREN_PER_EPIC + 1)));
  const childCount = extra - epicCount;
  // Dates come from a precomputed working-day table: date arithmetic per issue would dominate at 100k issues.
  const calendar = workingDays(CALENDAR_START, 480);
  const dayAt = (i: number): string => calendar[Math.min(calendar.length - 1, Math.max(0, i))] as string;
  const todayIndex = calendar.findIndex((d) => d >= DEMO_TODAY);
  const pmo = users.find((u) => u.role === 'pmo') ?? users[0];
  const pmoId = pmo?.accountId ?? '';
  const assignable = users.filter((u) => u.role !== 'outsider');
  for (let e = 0; e < epicCount; e++) {
    const created = jiraTimestamp(dayAt(FIRST_START - 5), 9 * 60 + (e % 480));
    drafts.push({
      ref: `ws-${String(e + 1)}`, epicRef: null, fields: {
        projectId: PROJECT_ID, issueType: 'Epic', summary: `Workstream ${String(e + 1)}: ${COMPONENTS[e % COMPONENTS.length] ?? 'platform'} scale-out`,
        status: 'In Progress', resolution: null, priority: 'Major', assigneeId: pmoId, reporterId: pmoId,
        created, updated: created, resolutiondate: null, statuscategorychangedate: created, duedate: dayAt(FIRST_START + 300), startDate: dayAt(FIRST_START),
        originalEstimateSeconds: null, storyPoints: null, fixVersionIds: [VERSIONS[e % VERSIONS.length] as string], labels: ['workstream'], properties: {},
      },
    });
  }
  const childBase = drafts.length;
  // Links of one issue come from at most three earlier issues: dedupe against those alone.
  const sources: number[] = [];
  const addLink = (type: DraftLink['type'], from: number, to: number): void => {
    if (from >= to || sources.includes(from)) return;
    sources.push(from);
    links.push({ type, from, to });
  };
  for (let i = 0; i < childCount; i++) {
    const epic = i % epicCount;
    const position = Math.floor(i / epicCount); // order inside the epic
    const startIndex = FIRST_START + Math.floor((position / CHILDREN_PER_EPIC) * 280) + random.int(0, 5);
    const days = random.int(1, 8);
    const endIndex = startIndex + days - 1;
    const start = dayAt(startIndex);
    const end = dayAt(endIndex);
    const status: StatusName = endIndex < todayIndex ? 'Done' : startIndex <= todayIndex ? 'In Progress' : 'To Do';
    const created = jiraTimestamp(dayAt(Math.min(startIndex - random.int(2, 20), todayIndex - 1)), 9 * 60 + (i % 540));
    const resolutiondate = status === 'Done' ? jiraTimestamp(end, 17 * 60) : null;
    const type: IssueTypeName = random.chance(0.1) ? 'Bug' : random.chance(0.15) ? 'Test' : random.chance(0.5) ? 'Story' : 'Task';
    drafts.push({
      epicRef: `ws-${String(epic + 1)}`, fields: {
        projectId: PROJECT_ID, issueType: type, summary: `${random.pick(VERBS)} ${random.pick(COMPONENTS)} (item ${String(i + 1)})`,
        status, resolution: status === 'Done' ? 'Done' : null, priority: random.chance(0.05) ? 'Critical' : 'Major',
        assigneeId: random.pick(assignable).accountId, reporterId: pmoId,
        created, updated: resolutiondate ?? created, resolutiondate,
        statuscategorychangedate: resolutiondate ?? (status === 'To Do' ? created : jiraTimestamp(start, 10 * 60)),
        duedate: random.chance(0.7) ? end : null, startDate: random.chance(0.6) ? start : null,
        originalEstimateSeconds: random.chance(0.9) ? days * 8 * 3600 : null, storyPoints: type === 'Story' ? random.pick([1, 2, 3, 5, 8]) : null,
        fixVersionIds: [VERSIONS[epic % VERSIONS.length] as string], labels: ['workstream'], properties: {},
      },
    });
    const self = childBase + i;
    sources.length = 0;
    // Previous item of the same epic, a nearby earlier one of the same epic, sometimes one anywhere earlier.
    if (i >= epicCount) addLink('Blocks', self - epicCount, self);
    if (i >= epicCount * 3) addLink('Blocks', self - epicCount * random.int(2, Math.min(10, Math.floor(i / epicCount))), self);
    if (i > 0 && random.chance(0.5)) addLink(random.chance(0.85) ? 'Blocks' : 'Relates', childBase + random.int(Math.max(0, i - 2000), i - 1), self);
  }
}
