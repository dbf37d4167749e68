// Resolvers of the release gate keys (`gate/*`): parse (the contract, in define-resolver) -> use case -> answer.
// The use cases arrive step by step; until each does, its key answers UNAVAILABLE and claims nothing.
import { appError, err } from '../contract';
import type { Handler } from '../edge/define-resolver';

const notYet = () => Promise.resolve(err(appError('UNAVAILABLE', 'The release gate is not built yet.')));

export const gateList: Handler<'gate/list'> = notYet;
export const gateForRelease: Handler<'gate/forRelease'> = notYet;
export const gateSaveCriteria: Handler<'gate/saveCriteria'> = notYet;
export const gateTemplate: Handler<'gate/template'> = notYet;
export const gateSaveTemplate: Handler<'gate/saveTemplate'> = notYet;
export const gateMarkCriterion: Handler<'gate/markCriterion'> = notYet;
export const gateMarkCounterparty: Handler<'gate/markCounterparty'> = notYet;
export const gateSignOff: Handler<'gate/signOff'> = notYet;
export const gateDecide: Handler<'gate/decide'> = notYet;
export const gateHistory: Handler<'gate/history'> = notYet;
export const gateRotateToken: Handler<'gate/rotateToken'> = notYet;
export const gateExportMinutes: Handler<'gate/exportMinutes'> = notYet;
export const gateCalendar: Handler<'gate/calendar'> = notYet;
