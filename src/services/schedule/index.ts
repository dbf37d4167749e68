// The scheduling use cases: an epic's schedule, its link overrides and its project's settings; a release's schedule,
// its background recomputation and the changes that call for one; one issue's place in its release.
export { loadEpicSchedule, type EpicSchedule } from './load-epic-schedule';
export { clearLinkOverride, saveLinkOverride } from './link-overrides';
export { saveScheduleSettings } from './schedule-settings';
export { INLINE_LIMIT, loadReleaseSchedule, runReleaseJob } from './release-schedule';
export { placeIssue, type IssueView } from './issue-placement';
export { noteWorkChange, type WorkChange } from './release-changes';
