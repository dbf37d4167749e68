// Resolvers of the daily business diagnosis keys (`diagnosis/*`): parse (the contract, in define-resolver) ->
// use case -> answer. Keys whose use case is not built yet answer UNAVAILABLE and claim nothing.
import { appError, err } from '../contract';
import type { Handler } from '../edge/define-resolver';
import { makePushToken, readPushToken } from '../services/diagnosis/push';
import { loadAnomalies, loadCountermeasure, loadHealth, loadReport, loadSettings, publishReport, saveSettings, setCause } from '../services/diagnosis';

const notYet = () => Promise.resolve(err(appError('UNAVAILABLE', 'The daily business diagnosis is not built yet.')));

export const diagnosisSettings: Handler<'diagnosis/settings'> = ({ projectKey }, ctx) => loadSettings(ctx, projectKey);
export const diagnosisSaveSettings: Handler<'diagnosis/saveSettings'> = ({ projectKey, settings, expectedRevision }, ctx) => saveSettings(ctx, projectKey, settings, expectedRevision);
export const diagnosisHealth: Handler<'diagnosis/health'> = ({ projectKey, date, days }, ctx) => loadHealth(ctx, projectKey, date, days);
export const diagnosisAnomalies: Handler<'diagnosis/anomalies'> = ({ projectKey, ...query }, ctx) => loadAnomalies(ctx, projectKey, query);
export const diagnosisSetCause: Handler<'diagnosis/setCause'> = ({ projectKey, ...input }, ctx) => setCause(ctx, projectKey, input);
export const diagnosisReport: Handler<'diagnosis/report'> = ({ projectKey, date }, ctx) => loadReport(ctx, projectKey, date);
export const diagnosisPublishReport: Handler<'diagnosis/publishReport'> = ({ projectKey, ...input }, ctx) => publishReport(ctx, projectKey, input);
export const diagnosisSegments: Handler<'diagnosis/segments'> = notYet;
export const diagnosisSegmentList: Handler<'diagnosis/segmentList'> = notYet;
export const diagnosisCompetitors: Handler<'diagnosis/competitors'> = notYet;
export const diagnosisSaveCompetitorSnapshot: Handler<'diagnosis/saveCompetitorSnapshot'> = notYet;
export const diagnosisBeginImport: Handler<'diagnosis/beginImport'> = notYet;
export const diagnosisCountermeasure: Handler<'diagnosis/countermeasure'> = ({ projectKey, ...query }, ctx) => loadCountermeasure(ctx, projectKey, query);
export const diagnosisPushToken: Handler<'diagnosis/pushToken'> = ({ projectKey }, ctx) => readPushToken(ctx, projectKey);
export const diagnosisRotatePushToken: Handler<'diagnosis/rotatePushToken'> = ({ projectKey }, ctx) => makePushToken(ctx, projectKey);
