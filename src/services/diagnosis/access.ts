// Who may use the diagnosis of a project: seeing it needs browsing the project (its campaigns and releases are the
// candidate causes), changing settings and causes needs editing its issues, the push token needs administering it.
import { appError, err, ok, type Result } from '../../contract';
import type { UserCallContext } from '../call-context';
import { heldProjectPermissions } from '../guards';

export interface DiagnosisAccess { readonly canEdit: boolean; readonly canAdminister: boolean }

export async function diagnosisAccess(ctx: UserCallContext, projectKey: string, need: 'view' | 'edit' | 'administer'): Promise<Result<DiagnosisAccess>> {
  const held = await heldProjectPermissions(ctx, projectKey, ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS']);
  if (!held.ok) return held;
  if (!held.data.has('BROWSE_PROJECTS')) return err(appError('NOT_FOUND', `project ${projectKey}`));
  const access = { canEdit: held.data.has('EDIT_ISSUES'), canAdminister: held.data.has('ADMINISTER_PROJECTS') };
  if (need === 'edit' && !access.canEdit) return err(appError('FORBIDDEN', `Changing the diagnosis needs permission to edit issues in ${projectKey}.`, { reason: 'needs-edit-issues' }));
  if (need === 'administer' && !access.canAdminister) return err(appError('FORBIDDEN', `The push token needs administering ${projectKey}.`, { reason: 'needs-project-admin' }));
  return ok(access);
}
