// The scheduling use cases: an epic's schedule, its link overrides and its project's settings.
export { loadEpicSchedule, type EpicSchedule } from './load-epic-schedule';
export { clearLinkOverride, saveLinkOverride } from './link-overrides';
export { saveScheduleSettings } from './schedule-settings';
