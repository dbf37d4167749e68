// Resolvers of the campaign keys (`campaign/*`): the project's campaigns, shared by the gate's calendar and the
// campaign ROI macro. Until the use cases arrive each key answers UNAVAILABLE and claims nothing.
import { appError, err } from '../contract';
import type { Handler } from '../edge/define-resolver';

const notYet = () => Promise.resolve(err(appError('UNAVAILABLE', 'Campaigns are not built yet.')));

export const campaignList: Handler<'campaign/list'> = notYet;
export const campaignSave: Handler<'campaign/save'> = notYet;
export const campaignDelete: Handler<'campaign/delete'> = notYet;
