// Every resolver of the app, one entry per contract key.
import { appInfo } from './app';
import type { Handlers } from '../edge/define-resolver';
import { campaignOverrideFlag, campaignRoi } from './campaign-roi';
import { campaignDelete, campaignList, campaignSave } from './campaigns';
import {
  gateCalendar, gateDecide, gateExportMinutes, gateForRelease, gateHistory, gateList, gateMarkCounterparty, gateMarkCriterion,
  gateRotateToken, gateSaveCriteria, gateSaveTemplate, gateSignOff, gateTemplate,
} from './gate';
import {
  diagnosisAnomalies, diagnosisBeginImport, diagnosisCompetitors, diagnosisCountermeasure, diagnosisHealth, diagnosisPublishReport, diagnosisPushToken,
  diagnosisReport, diagnosisRotatePushToken, diagnosisSaveCompetitorSnapshot, diagnosisSaveSettings, diagnosisSegmentList, diagnosisSegments,
  diagnosisSetCause, diagnosisSettings,
} from './diagnosis';
import { metricsBeginImport, metricsCommitImport, metricsPutImportPart } from './metrics';
import { scheduleForIssue, scheduleForRelease, scheduleRefreshRelease } from './release-schedule';
import {
  sopAcknowledgeHandler, sopActionIssueOptionsHandler, sopActionItemsHandler, sopAddActionItemHandler, sopAttestationHandler, sopCreateActionIssueHandler, sopCompleteStepHandler, sopCreatePageHandler, sopFinishRunHandler, sopGroupMembersHandler, sopInstallTemplatesHandler,
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
  'gate/list': gateList,
  'gate/forRelease': gateForRelease,
  'gate/saveCriteria': gateSaveCriteria,
  'gate/template': gateTemplate,
  'gate/saveTemplate': gateSaveTemplate,
  'gate/markCriterion': gateMarkCriterion,
  'gate/markCounterparty': gateMarkCounterparty,
  'gate/signOff': gateSignOff,
  'gate/decide': gateDecide,
  'gate/history': gateHistory,
  'gate/rotateToken': gateRotateToken,
  'gate/exportMinutes': gateExportMinutes,
  'gate/calendar': gateCalendar,
  'campaign/list': campaignList,
  'campaign/save': campaignSave,
  'campaign/delete': campaignDelete,
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
  'sop/actionItems': sopActionItemsHandler,
  'sop/addActionItem': sopAddActionItemHandler,
  'sop/createActionIssue': sopCreateActionIssueHandler,
  'sop/actionIssueOptions': sopActionIssueOptionsHandler,
  'campaign/roi': campaignRoi,
  'campaign/overrideFlag': campaignOverrideFlag,
  'metrics/beginImport': metricsBeginImport,
  'metrics/putImportPart': metricsPutImportPart,
  'metrics/commitImport': metricsCommitImport,
  'diagnosis/settings': diagnosisSettings,
  'diagnosis/saveSettings': diagnosisSaveSettings,
  'diagnosis/health': diagnosisHealth,
  'diagnosis/anomalies': diagnosisAnomalies,
  'diagnosis/setCause': diagnosisSetCause,
  'diagnosis/report': diagnosisReport,
  'diagnosis/publishReport': diagnosisPublishReport,
  'diagnosis/segments': diagnosisSegments,
  'diagnosis/segmentList': diagnosisSegmentList,
  'diagnosis/competitors': diagnosisCompetitors,
  'diagnosis/saveCompetitorSnapshot': diagnosisSaveCompetitorSnapshot,
  'diagnosis/beginImport': diagnosisBeginImport,
  'diagnosis/countermeasure': diagnosisCountermeasure,
  'diagnosis/pushToken': diagnosisPushToken,
  'diagnosis/rotatePushToken': diagnosisRotatePushToken,
};
