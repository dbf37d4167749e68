// Every resolver call of the app: function key -> zod input and output schemas.
// Both sides import this map: the back end registers one handler per key, the page calls keys by name.
import type { z } from 'zod';
import { appInfo } from './app';
import { campaignDelete, campaignList, campaignSave } from './campaign';
import { campaignOverrideFlag, campaignRoi } from './campaign-roi';
import {
  diagnosisAnomalies, diagnosisBeginImport, diagnosisCompetitors, diagnosisCountermeasure, diagnosisHealth, diagnosisPublishReport, diagnosisPushToken,
  diagnosisReport, diagnosisRotatePushToken, diagnosisSaveCompetitorSnapshot, diagnosisSaveSettings, diagnosisSegmentList, diagnosisSegments,
  diagnosisSetCause, diagnosisSettings,
} from './diagnosis';
import { metricsBeginImport, metricsCommitImport, metricsPutImportPart } from './metrics';
import {
  gateCalendar, gateDecide, gateExportMinutes, gateForRelease, gateHistory, gateList, gateMarkCounterparty, gateMarkCriterion,
  gateRotateToken, gateSaveCriteria, gateSaveTemplate, gateSignOff, gateTemplate,
} from './gate';
import { scheduleForIssue, scheduleForRelease, scheduleRefreshRelease } from './release-schedule';
import {
  sopAcknowledge, sopActionIssueOptions, sopActionItems, sopAddActionItem, sopAttestation, sopCompleteStep, sopCreateActionIssue, sopCreatePage,
  sopFinishRun, sopGroupMembers, sopInstallTemplates, sopLibrary, sopRunbook, sopStartRun, sopStatus, sopStatusAction, sopSubmitAttempt,
  sopTemplatePreview, sopTemplates,
} from './sop';
import { scheduleClearLinkOverride, scheduleForEpic, scheduleSaveLinkOverride, scheduleSaveSettings } from './schedule';

export const contract = {
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
  'sop/templates': sopTemplates,
  'sop/templatePreview': sopTemplatePreview,
  'sop/createPage': sopCreatePage,
  'sop/installTemplates': sopInstallTemplates,
  'sop/library': sopLibrary,
  'sop/status': sopStatus,
  'sop/statusAction': sopStatusAction,
  'sop/runbook': sopRunbook,
  'sop/startRun': sopStartRun,
  'sop/completeStep': sopCompleteStep,
  'sop/finishRun': sopFinishRun,
  'sop/attestation': sopAttestation,
  'sop/acknowledge': sopAcknowledge,
  'sop/submitAttempt': sopSubmitAttempt,
  'sop/groupMembers': sopGroupMembers,
  'sop/actionItems': sopActionItems,
  'sop/addActionItem': sopAddActionItem,
  'sop/createActionIssue': sopCreateActionIssue,
  'sop/actionIssueOptions': sopActionIssueOptions,
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
} as const;

export type Contract = typeof contract;
export type ContractKey = keyof Contract;
export type InputOf<K extends ContractKey> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ContractKey> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ContractKey> = z.output<Contract[K]['output']>;

/** A value as domain code holds it (readonly all the way down): what handlers answer and the page sends. */
export type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [P in keyof T]: DeepReadonly<T[P]> } : T;

export { ERROR_CODES, ERROR_REASONS, appError, appErrorSchema, type AppError, type ErrorCode, type ErrorReason } from './errors';
export type { EpicSchedule } from './schedule';
export type { ActionItemsView, ActionItemView, AttestationView, RunView, SopPage, SopStatusView, TemplatePreview } from './sop';
export { RELEASE_PARTS, STALE_REASONS, type IssuePlacement, type ReleasePart, type ReleaseSchedule, type StaleReason } from './release-schedule';
export { err, ok, resultSchema, type Result } from './result';
export type { GateView } from './gate';
export type { Anomaly, CompetitorChange, DiagnosisSettings, ReportItem } from './diagnosis';
