// Resolvers of the campaign keys (`campaign/*`): the project's campaigns, shared by the gate's calendar and the
// campaign ROI macro. Parse (the contract, in define-resolver) -> use case -> answer.
import type { Handler } from '../edge/define-resolver';
import { deleteCampaign, projectCampaigns, saveCampaign } from '../services/campaigns/campaigns';

export const campaignList: Handler<'campaign/list'> = ({ projectKey }, ctx) => projectCampaigns(ctx, projectKey);

export const campaignSave: Handler<'campaign/save'> = ({ projectKey, id, name, type, start, end, releaseIds, expectedVersion }, ctx) =>
  saveCampaign(ctx, projectKey, id, { name, type, start, end, releaseIds }, expectedVersion);

export const campaignDelete: Handler<'campaign/delete'> = ({ projectKey, id, expectedVersion }, ctx) => deleteCampaign(ctx, projectKey, id, expectedVersion);
