// The campaign a call names, and whether the caller may see it (browse its project) or change its metrics
// (edit its project's issues, as for the campaign record itself): one check every campaign ROI use case starts with.
import { appError, err, ok, type Result } from '../../contract';
import { readCampaign } from '../../adapters/storage/campaigns';
import type { CampaignRecord } from '../../domain/campaign/campaign-record';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';

export async function campaignFor(ctx: UserCallContext, projectKey: string, campaignId: string, need: 'view' | 'edit'): Promise<Result<{ campaign: CampaignRecord; canEdit: boolean }>> {
  const held = await heldProjectPermissions(ctx, projectKey, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  if (!held.ok) return held;
  if (!held.data.has('BROWSE_PROJECTS')) return err(appError('NOT_FOUND', `project ${projectKey}`));
  const canEdit = held.data.has('EDIT_ISSUES');
  if (need === 'edit' && !canEdit) return err(appError('FORBIDDEN', `Importing metrics needs permission to edit issues in ${projectKey}.`, { reason: 'needs-edit-issues' }));
  const campaign = await readCampaign(campaignId);
  if (!campaign.ok) return campaign;
  if (campaign.data === null || campaign.data.projectKey !== projectKey) return err(appError('NOT_FOUND', `campaign ${campaignId} in ${projectKey}`));
  return ok({ campaign: campaign.data, canEdit });
}
