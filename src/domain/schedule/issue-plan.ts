// Turns tracked work (issues, their links, the project's schedule settings and the app's per-link overrides) into
// a schedulable plan whose tasks are the issues themselves, each saying where its duration came from. Missing
// data is never zero: an issue with no estimate, points or dates gets the settings' assumed duration, and says so.

import { buildCalendar, dateOfIndex, indexOnOrAfter, indexOnOrBefore, type WorkCalendar } from './calendar';
import { parseIsoDate } from './dates';
import { DEFAULT_WORKDAYS, LINK_TYPES, type CalendarSpec, type IsoDate, type LinkType, type Plan, type PlanLink, type PlanTask, type Weekday } from './types';

export const STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/** Where a project's durations come from first (the others are tried next, then the assumed duration). */
export const DURATION_SOURCES = ['estimate', 'points', 'dates'] as const;
export type DurationSource = (typeof DURATION_SOURCES)[number];

/** Where one task's duration came from: a duration source, the actual dates of done work, or the assumption. */
export const DURATION_BASES = [...DURATION_SOURCES, 'actual', 'assumed'] as const;
export type DurationBasis = (typeof DURATION_BASES)[number];

/** How a Jira issue-link type counts in the schedule: as a dependency of a link type, or not at all. */
export const LINK_MAPPINGS = [...LINK_TYPES, 'ignore'] as const;
export type LinkMapping = (typeof LINK_MAPPINGS)[number];

export interface WorkItem {
  readonly key: string;
  readonly summary: string;
  /** The status's own name ("In Review"); its category decides how it is scheduled. */
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly estimateSeconds: number | null;
  readonly storyPoints: number | null;
  readonly startDate: IsoDate | null;
  readonly dueDate: IsoDate | null;
  /** When the work entered its current status category (in progress: when it started). */
  readonly categoryChangedOn: IsoDate | null;
  readonly resolvedOn: IsoDate | null;
  /** Account id of the assignee. */
  readonly assignee: string | null;
  readonly assigneeName: string | null;
  /** Outside the scope being scheduled (an epic, a release): linked from or to work inside it. */
  readonly external: boolean;
}

/** A link as the tracker holds it: `from` <outward verb> `to`, e.g. A blocks B, with Jira's issue-link type. */
export interface WorkLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly issueLinkType: string;
}

export interface ScheduleSettings {
  readonly durationSource: DurationSource;
  readonly hoursPerDay: number;
  readonly daysPerPoint: number;
  /** Working days assumed for an issue with no estimate, points or dates (shown as an assumption). */
  readonly assumedDays: number;
  readonly workdays: readonly Weekday[];
  readonly holidays: readonly IsoDate[];
  /** Jira issue-link type name -> link type, or `ignore`; names not listed are ignored. */
  readonly linkTypes: Readonly<Record<string, LinkMapping>>;
}

/** A link type and lag the app keeps for one Jira issue link, where Jira has no field for them. */
export interface LinkOverride {
  readonly linkId: string;
  readonly type: LinkType;
  readonly lag: number;
}

/** One issue as a task of the plan: the task itself plus what the screens show of the issue. */
export interface IssueTask extends PlanTask {
  /** The issue's summary. */
  readonly name: string;
  readonly status: string;
  readonly statusCategory: StatusCategory;
  readonly assigneeName?: string;
  readonly external: boolean;
  readonly durationBasis: DurationBasis;
}

/** One Jira issue link as a dependency of the plan, with its Jira id and type and whether the app overrides it. */
export interface IssueLink extends PlanLink {
  readonly id: string;
  readonly issueLinkType: string;
  readonly overridden: boolean;
}

export interface IssuePlan extends Plan {
  readonly calendar: Required<CalendarSpec>;
  readonly tasks: readonly IssueTask[];
  readonly links: readonly IssueLink[];
}

/** The settings a project starts with: estimates at 8 h a day, Monday to Friday, "Blocks" = finish-to-start. */
export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  durationSource: 'estimate',
  hoursPerDay: 8,
  daysPerPoint: 1,
  assumedDays: 1,
  workdays: DEFAULT_WORKDAYS,
  holidays: [],
  linkTypes: { Blocks: 'FS' },
};

function workingDaysBetween(calendar: WorkCalendar, start: IsoDate, end: IsoDate): number | undefined {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (from === undefined || to === undefined || to < from) return undefined;
  return Math.max(0, indexOnOrBefore(calendar, to) - indexOnOrAfter(calendar, from) + 1);
}

function plannedDays(item: WorkItem, settings: ScheduleSettings, calendar: WorkCalendar, source: DurationSource): number | undefined {
  switch (source) {
    case 'estimate':
      return item.estimateSeconds === null || item.estimateSeconds <= 0 ? undefined : Math.ceil(item.estimateSeconds / 3600 / settings.hoursPerDay);
    case 'points':
      return item.storyPoints === null || item.storyPoints <= 0 ? undefined : Math.ceil(item.storyPoints * settings.daysPerPoint);
    case 'dates':
      return item.startDate === null || item.dueDate === null ? undefined : workingDaysBetween(calendar, item.startDate, item.dueDate);
  }
}

const FALLBACKS: readonly DurationSource[] = ['estimate', 'points', 'dates'];

function durationOf(item: WorkItem, settings: ScheduleSettings, calendar: WorkCalendar): { days: number; basis: DurationBasis } {
  for (const source of [settings.durationSource, ...FALLBACKS.filter((s) => s !== settings.durationSource)]) {
    const days = plannedDays(item, settings, calendar, source);
    if (days !== undefined) return { days, basis: source };
  }
  return { days: settings.assumedDays, basis: 'assumed' };
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
 * Builds the plan of `items` (scheduled from `today`, against `deadline` if any) under `settings`, with the app's
 * per-link `overrides` of type and lag. Links to issues not in `items` are dropped; so are ignored link types.
 */
export function buildIssuePlan(input: {
  readonly items: readonly WorkItem[];
  readonly links: readonly WorkLink[];
  readonly settings: ScheduleSettings;
  readonly overrides: ReadonlyMap<string, LinkOverride>;
  readonly today: IsoDate;
  readonly deadline: IsoDate | undefined;
}): IssuePlan {
  const { items, settings, overrides, today, deadline } = input;
  const calendarSpec = { start: today, workdays: settings.workdays, holidays: settings.holidays };
  const built = buildCalendar(calendarSpec);
  const calendar = built.kind === 'calendar' ? built.calendar : undefined;
  const tasks = items.map((item): IssueTask => {
    const planned = calendar === undefined ? { days: settings.assumedDays, basis: 'assumed' as const } : durationOf(item, settings, calendar);
    const actuals = calendar === undefined ? {} : actualsOf(item, planned.days, calendar);
    const duration = calendar !== undefined && actuals.actualStart !== undefined && actuals.actualFinish !== undefined
      ? { days: workingDaysBetween(calendar, actuals.actualStart, actuals.actualFinish) ?? planned.days, basis: 'actual' as const }
      : planned;
    return {
      id: item.key, name: item.summary, duration: duration.days, ...actuals,
      ...(item.assignee === null ? {} : { assignee: item.assignee }),
      ...(item.assigneeName === null ? {} : { assigneeName: item.assigneeName }),
      status: item.status, statusCategory: item.statusCategory, external: item.external, durationBasis: duration.basis,
    };
  });
  const known = new Set(items.map((item) => item.key));
  const seen = new Set<string>();
  const links: IssueLink[] = [];
  for (const link of input.links) {
    if (seen.has(link.id) || !known.has(link.from) || !known.has(link.to)) continue;
    seen.add(link.id);
    const override = overrides.get(link.id);
    const mapped = Object.hasOwn(settings.linkTypes, link.issueLinkType) ? settings.linkTypes[link.issueLinkType] ?? 'ignore' : 'ignore';
    if (override === undefined && mapped === 'ignore') continue;
    links.push({
      id: link.id, from: link.from, to: link.to, issueLinkType: link.issueLinkType,
      type: override?.type ?? (mapped === 'ignore' ? 'FS' : mapped), lag: override?.lag ?? 0, overridden: override !== undefined,
    });
  }
  return { calendar: calendarSpec, ...(deadline === undefined ? {} : { deadline }), tasks, links };
}
