// Every resolver of the app, one entry per contract key.
import { appInfo } from './app';
import type { Handlers } from '../edge/define-resolver';
import { scheduleForIssue, scheduleForRelease, scheduleRefreshRelease } from './release-schedule';
import {
  sopAcknowledgeHandler, sopAttestationHandler, sopCompleteStepHandler, sopCreatePageHandler, sopFinishRunHandler, sopGroupMembersHandler, sopInstallTemplatesHandler,
  sopLibraryHandler, sopRunbookHandler, sopStartRunHandler, sopStatusActionHandler, sopStatusHandler, sopSubmitAttemptHandler,
  sopTemplatePreviewHandler, sopTemplatesHandler,
} from './sop';
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
  'sop/templates': sopTemplatesHandler,
  'sop/templatePreview': sopTemplatePreviewHandler,
  'sop/createPage': sopCreatePageHandler,
  'sop/installTemplates': sopInstallTemplatesHandler,
  'sop/library': sopLibraryHandler,
  'sop/status': sopStatusHandler,
  'sop/statusAction': sopStatusActionHandler,
  'sop/runbook': sopRunbookHandler,
  'sop/startRun': sopStartRunHandler,
  'sop/completeStep': sopCompleteStepHandler,
  'sop/finishRun': sopFinishRunHandler,
  'sop/attestation': sopAttestationHandler,
  'sop/acknowledge': sopAcknowledgeHandler,
  'sop/submitAttempt': sopSubmitAttemptHandler,
  'sop/groupMembers': sopGroupMembersHandler,
};
