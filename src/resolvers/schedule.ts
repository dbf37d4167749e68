// Resolvers of the `schedule/*` keys: parse (the contract, in define-resolver) -> use case -> answer.
import { ok } from '../contract';
import type { Handler } from '../edge/define-resolver';
import { clearLinkOverride, loadEpicSchedule, saveLinkOverride, saveScheduleSettings } from '../services/schedule';

export const scheduleForEpic: Handler<'schedule/forEpic'> = (input, ctx) => loadEpicSchedule(ctx, input.issueKey);

export const scheduleSaveLinkOverride: Handler<'schedule/saveLinkOverride'> = ({ issueKey, linkId, type, lag }, ctx) =>
  saveLinkOverride(ctx, issueKey, { linkId, type, lag });

export const scheduleClearLinkOverride: Handler<'schedule/clearLinkOverride'> = async ({ issueKey, linkId }, ctx) => {
  const cleared = await clearLinkOverride(ctx, issueKey, linkId);
  return cleared.ok ? ok({ linkId: cleared.data }) : cleared;
};

export const scheduleSaveSettings: Handler<'schedule/saveSettings'> = ({ issueKey, settings, expectedVersion }, ctx) =>
  saveScheduleSettings(ctx, issueKey, settings, expectedVersion);
