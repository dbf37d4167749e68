// Resolvers of the release-wide schedule keys: parse (the contract, in define-resolver) -> use case -> answer.
import type { Handler } from '../edge/define-resolver';
import { loadReleaseSchedule, placeIssue } from '../services/schedule';

export const scheduleForRelease: Handler<'schedule/forRelease'> = ({ versionId }, ctx) => loadReleaseSchedule(ctx, versionId, 'view');

export const scheduleRefreshRelease: Handler<'schedule/refreshRelease'> = ({ versionId }, ctx) => loadReleaseSchedule(ctx, versionId, 'refresh');

export const scheduleForIssue: Handler<'schedule/forIssue'> = ({ issueKey }, ctx) => placeIssue(ctx, issueKey);
