// Resolvers of the release-wide schedule keys: parse (the contract, in define-resolver) -> use case -> answer.
import { appError, err } from '../contract';
import type { Handler } from '../edge/define-resolver';

const notYet = () => Promise.resolve(err(appError('UNAVAILABLE', 'The release schedule is not built yet.')));

export const scheduleForRelease: Handler<'schedule/forRelease'> = notYet;
export const scheduleRefreshRelease: Handler<'schedule/refreshRelease'> = notYet;
export const scheduleForIssue: Handler<'schedule/forIssue'> = notYet;
