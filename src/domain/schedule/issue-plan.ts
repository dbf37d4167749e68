// Turns tracked work (issues, their links, the project's planning rules and the app's per-link overrides) into
// a schedulable Plan, recording for every issue where its duration came from. Missing data is never zero:
// an issue with no estimate, points or dates gets the rules' assumed duration, and says so.

import { buildCalendar, dateOfIndex, indexOnOrAfter, indexOnOrBefore, type WorkCalendar } from './calendar';
import { parseIsoDate } from './dates';
import type { IsoDate, LinkType, Plan, PlanLink, PlanTask, Weekday } from './types';

export type StatusCategory = 'new' | 'indeterminate' | 'done';
export type DurationSource = 'estimate' | 'points' | 'dates';
export type DurationOrigin = DurationSource | 'actual' | 'assumed';

export interface WorkItem {
  readonly key: string;
  readonly summary: string;
  readonly statusCategory: StatusCategory;
  readonly estimateSeconds: number | null;
  readonly storyPoints: number | null;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  /** When the work entered its current status category (in progress: when it started). */
  readonly categoryChangedOn: IsoDate | null;
  readonly resolvedOn: IsoDate | null;
  readonly assignee: string | null;
}

/** A link as the tracker holds it: `from` <outward verb> `to`, e.g. A blocks B. */
export interface WorkLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly typeName: string;
}

export interface PlanningRules {
  readonly durationSource: DurationSource;
  readonly hoursPerDay: number;
  readonly daysPerPoint: number;
  readonly assumedDays: number;
  readonly workdays: readonly Weekday[];
  readonly holidays: readonly IsoDate[];
  /** Link type name -> dependency type, or `ignore`; names not listed are ignored. */
  readonly linkTypes: Readonly<Record<string, LinkType | 'ignore'>>;
}

export interface LinkOverride {
  readonly linkId: string;
  readonly type: LinkType;
  readonly lag: number;
}

export interface PlannedLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly jiraType: string;
  readonly type: LinkType;
  readonly lag: number;
  readonly overridden: boolean;
}

export interface IssuePlan {
  readonly plan: Plan;
  readonly durations: ReadonlyMap<string, { readonly days: number; readonly source: DurationOrigin }>;
  readonly links: readonly PlannedLink[];
}

/** The rules a project starts with: estimates at 8 h a day, Monday to Friday, "Blocks" = finish-to-start. */
export const DEFAULT_PLANNING_RULES: PlanningRules = {
  durationSource: 'estimate',
  hoursPerDay: 8,
  daysPerPoint: 1,
  assumedDays: 1,
  workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  holidays: [],
  linkTypes: { Blocks: 'FS' },
};

function workingDaysBetween(calendar: WorkCalendar, start: IsoDate, end: IsoDate): number | undefined {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (from === undefined || to === undefined || to < from) return undefined;
  return Math.max(0, indexOnOrBefore(calendar, to) - indexOnOrAfter(calendar, from) + 1);
}

function plannedDays(item: WorkItem, rules: PlanningRules, calendar: WorkCalendar, source: DurationSource): number | undefined {
  switch (source) {
    case 'estimate':
      return item.estimateSeconds === null || item.estimateSeconds <= 0 ? undefined : Math.ceil(item.estimateSeconds / 3600 / rules.hoursPerDay);
    case 'points':
      return item.storyPoints === null || item.storyPoints <= 0 ? undefined : Math.ceil(item.storyPoints * rules.daysPerPoint);
    case 'dates':
      return item.startDate === null || item.dueDate === null ? undefined : workingDaysBetween(calendar, item.startDate, item.dueDate);
  }
}

const FALLBACKS: readonly DurationSource[] = ['estimate', 'points', 'dates'];

function durationOf(item: WorkItem, rules: PlanningRules, calendar: WorkCalendar): { days: number; source: DurationOrigin } {
  for (const source of [rules.durationSource, ...FALLBACKS.filter((s) => s !== rules.durationSource)]) {
    const days = plannedDays(item, rules, calendar, source);
    if (days !== undefined) return { days, source };
  }
  return { days: rules.assumedDays, source: 'assumed' };
}

/**
 * Done work keeps its actual dates: it finished on its resolution date (or, without one, when it entered Done)
 * and started on its start date, or as long before as its planned length. Work in progress keeps its actual
 * start: when it entered In Progress, else its start date.
 */
function actualsOf(item: WorkItem, days: number, calendar: WorkCalendar): Pick<PlanTask, 'actualStart' | 'actualFinish'> {
  if (item.statusCategory === 'indeterminate') {
    const started = item.categoryChangedOn ?? item.startDate;
    return started === null ? {} : { actualStart: started };
  }
  const finished = item.resolvedOn ?? item.categoryChangedOn;
  if (item.statusCategory !== 'done' || finished === null) return {};
  const finishDay = parseIsoDate(finished);
  if (finishDay === undefined) return {};
  const startDay = item.startDate === null ? undefined : parseIsoDate(item.startDate);
  const actualStart = startDay !== undefined && startDay <= finishDay
    ? item.startDate ?? finished
    : dateOfIndex(calendar, indexOnOrBefore(calendar, finishDay) - Math.max(0, days - 1));
  return { actualStart, actualFinish: finished };
}

/**
 * Builds the plan of `items` (scheduled from `today`, against `deadline` if any) under `rules`, with the app's
 * per-link `overrides` of type and lag. Links to issues not in `items` are dropped; so are ignored link types.
 */
export function buildIssuePlan(input: {
  readonly items: readonly WorkItem[];
  readonly links: readonly WorkLink[];
  readonly rules: PlanningRules;
  readonly overrides: ReadonlyMap<string, LinkOverride>;
  readonly today: IsoDate;
  readonly deadline: IsoDate | undefined;
}): IssuePlan {
  const { items, rules, overrides, today, deadline } = input;
  const calendarSpec = { start: today, workdays: rules.workdays, holidays: rules.holidays };
  const built = buildCalendar(calendarSpec);
  const calendar = built.kind === 'calendar' ? built.calendar : undefined;
  const durations = new Map<string, { days: number; source: DurationOrigin }>();
  const tasks: PlanTask[] = items.map((item) => {
    const planned = calendar === undefined ? { days: rules.assumedDays, source: 'assumed' as const } : durationOf(item, rules, calendar);
    const actuals = calendar === undefined ? {} : actualsOf(item, planned.days, calendar);
    const duration = calendar !== undefined && actuals.actualStart !== undefined && actuals.actualFinish !== undefined
      ? { days: workingDaysBetween(calendar, actuals.actualStart, actuals.actualFinish) ?? planned.days, source: 'actual' as const }
      : planned;
    durations.set(item.key, duration);
    return { id: item.key, name: item.summary, duration: duration.days, ...actuals, ...(item.assignee === null ? {} : { assignee: item.assignee }) };
  });
  const known = new Set(items.map((item) => item.key));
  const seen = new Set<string>();
  const links: PlannedLink[] = [];
  for (const link of input.links) {
    if (seen.has(link.id) || !known.has(link.from) || !known.has(link.to)) continue;
    seen.add(link.id);
    const override = overrides.get(link.id);
    const mapped = Object.hasOwn(rules.linkTypes, link.typeName) ? rules.linkTypes[link.typeName] ?? 'ignore' : 'ignore';
    if (override === undefined && mapped === 'ignore') continue;
    links.push({
      id: link.id, from: link.from, to: link.to, jiraType: link.typeName,
      type: override?.type ?? (mapped === 'ignore' ? 'FS' : mapped), lag: override?.lag ?? 0, overridden: override !== undefined,
    });
  }
  const planLinks: PlanLink[] = links.map(({ from, to, type, lag }) => ({ from, to, type, lag }));
  const plan: Plan = { calendar: calendarSpec, ...(deadline === undefined ? {} : { deadline }), tasks, links: planLinks };
  return { plan, durations, links };
}
