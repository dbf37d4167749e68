// Resolvers of the release gate keys (`gate/*`): parse (the contract, in define-resolver) -> use case -> answer.
// The page's address (`extension.location`) is handed on so the link on the release page points back at it.
import type { Handler } from '../edge/define-resolver';
import type { ResolverCaller } from '../edge/forge-context';
import {
  decide, exportMinutes, listGates, loadCalendar, loadGate, loadHistory, loadTemplate, markCounterparty, markCriterion, rotateStatusToken,
  saveCriteria, saveTemplate, signOff, afterChange,
} from '../services/gate';

const locationOf = (caller: ResolverCaller): string | undefined => (typeof caller.extension.location === 'string' ? caller.extension.location : undefined);

export const gateList: Handler<'gate/list'> = ({ projectKey }, ctx) => listGates(ctx, projectKey);
export const gateForRelease: Handler<'gate/forRelease'> = ({ versionId }, ctx, caller) => loadGate(ctx, versionId, locationOf(caller));
export const gateSaveCriteria: Handler<'gate/saveCriteria'> = async ({ versionId, criteria, expectedVersion }, ctx, caller) => {
  const saved = await saveCriteria(ctx, versionId, criteria, expectedVersion);
  return saved.ok ? afterChange(ctx, versionId, locationOf(caller)) : saved;
};
export const gateTemplate: Handler<'gate/template'> = ({ projectKey }, ctx) => loadTemplate(ctx, projectKey);
export const gateSaveTemplate: Handler<'gate/saveTemplate'> = ({ projectKey, ...input }, ctx) => saveTemplate(ctx, projectKey, input);
export const gateMarkCriterion: Handler<'gate/markCriterion'> = ({ versionId, criterionId, expectedVersion, ...mark }, ctx, caller) =>
  markCriterion(ctx, versionId, criterionId, mark, expectedVersion, locationOf(caller));
export const gateMarkCounterparty: Handler<'gate/markCounterparty'> = ({ versionId, criterionId, counterparty, row, expectedVersion }, ctx, caller) =>
  markCounterparty(ctx, versionId, criterionId, counterparty, row, expectedVersion, locationOf(caller));
export const gateSignOff: Handler<'gate/signOff'> = ({ versionId, function: fn }, ctx, caller) => signOff(ctx, versionId, fn, locationOf(caller));
export const gateDecide: Handler<'gate/decide'> = ({ versionId, ...input }, ctx, caller) => decide(ctx, versionId, input, locationOf(caller));
export const gateHistory: Handler<'gate/history'> = ({ versionId }, ctx) => loadHistory(ctx, versionId);
export const gateRotateToken: Handler<'gate/rotateToken'> = ({ projectKey }, ctx) => rotateStatusToken(ctx, projectKey);
export const gateExportMinutes: Handler<'gate/exportMinutes'> = ({ versionId, spaceKey }, ctx) => exportMinutes(ctx, versionId, spaceKey);
export const gateCalendar: Handler<'gate/calendar'> = ({ projectKey }, ctx) => loadCalendar(ctx, projectKey);
