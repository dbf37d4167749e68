// Resolvers of the daily business diagnosis keys (`diagnosis/*`): parse (the contract, in define-resolver) ->
// use case -> answer. Imports of the diagnosis formats go through the metric import pipeline with no campaign.
import type { Handler } from '../edge/define-resolver';
import { makePushToken, readPushToken } from '../services/diagnosis/push';
import {
  loadAnomalies, loadCompetitors, loadCountermeasure, loadHealth, loadReport, loadSegmentList, loadSegments, loadSettings, publishReport,
  saveCompetitorSnapshot, saveSettings, setCause,
} from '../services/diagnosis';
import { beginImport } from '../services/metrics';

export const diagnosisSettings: Handler<'diagnosis/settings'> = ({ projectKey }, ctx) => loadSettings(ctx, projectKey);
export const diagnosisSaveSettings: Handler<'diagnosis/saveSettings'> = ({ projectKey, settings, expectedRevision }, ctx) => saveSettings(ctx, projectKey, settings, expectedRevision);
export const diagnosisHealth: Handler<'diagnosis/health'> = ({ projectKey, date, days }, ctx) => loadHealth(ctx, projectKey, date, days);
export const diagnosisAnomalies: Handler<'diagnosis/anomalies'> = ({ projectKey, ...query }, ctx) => loadAnomalies(ctx, projectKey, query);
export const diagnosisSetCause: Handler<'diagnosis/setCause'> = ({ projectKey, ...input }, ctx) => setCause(ctx, projectKey, input);
export const diagnosisReport: Handler<'diagnosis/report'> = ({ projectKey, date }, ctx) => loadReport(ctx, projectKey, date);
export const diagnosisPublishReport: Handler<'diagnosis/publishReport'> = ({ projectKey, ...input }, ctx) => publishReport(ctx, projectKey, input);
export const diagnosisSegments: Handler<'diagnosis/segments'> = ({ projectKey, ...query }, ctx) => loadSegments(ctx, projectKey, query);
export const diagnosisSegmentList: Handler<'diagnosis/segmentList'> = ({ projectKey, ...query }, ctx) => loadSegmentList(ctx, projectKey, query);
export const diagnosisCompetitors: Handler<'diagnosis/competitors'> = ({ projectKey, from, to }, ctx) => loadCompetitors(ctx, projectKey, from, to);
export const diagnosisSaveCompetitorSnapshot: Handler<'diagnosis/saveCompetitorSnapshot'> = ({ projectKey, ...form }, ctx) => saveCompetitorSnapshot(ctx, projectKey, form);
export const diagnosisBeginImport: Handler<'diagnosis/beginImport'> = (input, ctx) => beginImport(ctx, { ...input, campaignId: '' });
export const diagnosisCountermeasure: Handler<'diagnosis/countermeasure'> = ({ projectKey, ...query }, ctx) => loadCountermeasure(ctx, projectKey, query);
export const diagnosisPushToken: Handler<'diagnosis/pushToken'> = ({ projectKey }, ctx) => readPushToken(ctx, projectKey);
export const diagnosisRotatePushToken: Handler<'diagnosis/rotatePushToken'> = ({ projectKey }, ctx) => makePushToken(ctx, projectKey);
