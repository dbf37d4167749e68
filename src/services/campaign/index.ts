// Campaign ROI: the model and audit of a campaign, and the analyst's flag overrides.
export { loadCampaignRoi, type AuditSettings, type CampaignRoi } from './campaign-roi';
export { overrideFlag } from './flag-overrides';
