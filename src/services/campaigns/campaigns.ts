// Use cases of the project's campaigns: list (anyone who may browse the project), save and delete (people who
// may edit its issues). The one campaign record serves the gate's calendar and the campaign ROI macro.
import { appError, err, ok, type Result } from '../../contract';
import { deleteCampaign as removeCampaign, listCampaigns, readCampaign, saveCampaign as writeCampaign, type CampaignFields } from '../../adapters/storage/campaigns';
import type { CampaignRecord } from '../../domain/campaign/campaign-record';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions, requireProjectPermission } from '../guards';

export async function projectCampaigns(ctx: UserCallContext, projectKey: string): Promise<Result<{ campaigns: CampaignRecord[]; canEdit: boolean }>> {
  const held = await heldProjectPermissions(ctx, projectKey, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  if (!held.ok) return held;
  if (!held.data.has('BROWSE_PROJECTS')) return err(appError('NOT_FOUND', `project ${projectKey}`));
  const campaigns = await listCampaigns(projectKey);
  if (!campaigns.ok) return campaigns;
  return ok({ campaigns: campaigns.data, canEdit: held.data.has('EDIT_ISSUES') });
}

export async function saveCampaign(
  ctx: UserCallContext, projectKey: string, id: string | undefined, fields: CampaignFields, expectedVersion: number,
): Promise<Result<CampaignRecord>> {
  const allowed = await requireProjectPermission(ctx, projectKey, 'EDIT_ISSUES');
  if (!allowed.ok) return allowed;
  if (id !== undefined) {
    const current = await readCampaign(id);
    if (!current.ok) return current;
    if (current.data === null || current.data.projectKey !== projectKey) {
      return err(appError('NOT_FOUND', `campaign ${id} in ${projectKey}`));
    }
    if (current.data.version !== expectedVersion) {
      return err(appError('CONFLICT', 'The campaign was changed by someone else first.', { reason: 'changed-by-someone-else' }));
    }
  } else if (expectedVersion !== 0) {
    return err(appError('BAD_REQUEST', 'expectedVersion: a new campaign is saved with expectedVersion 0'));
  }
  return writeCampaign(projectKey, id, fields, expectedVersion, ctx.principal.accountId, ctx.clock.now());
}

export async function deleteCampaign(ctx: UserCallContext, projectKey: string, id: string, expectedVersion: number): Promise<Result<{ id: string }>> {
  const allowed = await requireProjectPermission(ctx, projectKey, 'EDIT_ISSUES');
  if (!allowed.ok) return allowed;
  const current = await readCampaign(id);
  if (!current.ok) return current;
  if (current.data === null || current.data.projectKey !== projectKey) return err(appError('NOT_FOUND', `campaign ${id} in ${projectKey}`));
  const removed = await removeCampaign(projectKey, id, expectedVersion);
  return removed.ok ? ok({ id }) : removed;
}
