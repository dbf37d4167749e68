// Every resolver of the app, one entry per contract key.
import { appInfo } from './app';
import type { Handlers } from '../edge/define-resolver';
import { scheduleClearLinkOverride, scheduleForEpic, scheduleSaveLinkOverride, scheduleSaveSettings } from './schedule';

export const handlers: Handlers = {
  'app/info': appInfo,
  'schedule/forEpic': scheduleForEpic,
  'schedule/saveLinkOverride': scheduleSaveLinkOverride,
  'schedule/clearLinkOverride': scheduleClearLinkOverride,
  'schedule/saveSettings': scheduleSaveSettings,
};
