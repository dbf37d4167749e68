// Resolvers of the campaign ROI keys: parse (the contract, in define-resolver) -> use case -> answer.
import type { Handler } from '../edge/define-resolver';
import { loadCampaignRoi, overrideFlag } from '../services/campaign';

export const campaignRoi: Handler<'campaign/roi'> = ({ projectKey, campaignId, model, audit }, ctx) => loadCampaignRoi(ctx, projectKey, campaignId, model, audit);

export const campaignOverrideFlag: Handler<'campaign/overrideFlag'> = ({ projectKey, campaignId, account, verdict, reason }, ctx) =>
  overrideFlag(ctx, projectKey, campaignId, account, verdict, reason);
