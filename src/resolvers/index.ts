// Every resolver of the app, one entry per contract key.
import { appInfo } from './app';
import type { Handlers } from '../edge/define-resolver';
import { scheduleForIssue, scheduleForRelease, scheduleRefreshRelease } from './release-schedule';
import { scheduleClearLinkOverride, scheduleForEpic, scheduleSaveLinkOverride, scheduleSaveSettings } from './schedule';

export const handlers: Handlers = {
  'app/info': appInfo,
  'schedule/forEpic': scheduleForEpic,
  'schedule/saveLinkOverride': scheduleSaveLinkOverride,
  'schedule/clearLinkOverride': scheduleClearLinkOverride,
  'schedule/saveSettings': scheduleSaveSettings,
  'schedule/forRelease': scheduleForRelease,
  'schedule/refreshRelease': scheduleRefreshRelease,
  'schedule/forIssue': scheduleForIssue,
};
