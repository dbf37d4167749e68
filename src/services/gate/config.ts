// The criteria a release is evaluated on: its own, when it has them, else its project's template (the
// perpetual-futures default until a project saves its own). Edits name the version they read: a concurrent
// save is refused with CONFLICT, never lost. Only project administrators edit criteria and templates.
import { appError, err, ok, type Result } from '../../contract';
import { readGateTemplate, readReleaseCriteria, saveGateTemplate, saveReleaseCriteria, type GateTemplate, type ReleaseCriteria } from '../../adapters/storage/gate-config';
import type { Criterion, FunctionMembership } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { requireProjectPermission } from '../guards';
import { readVisibleRelease } from './release-access';

export interface GateConfig {
  readonly template: GateTemplate;
  readonly release: ReleaseCriteria;
  readonly criteria: readonly Criterion[];
}

export async function readGateConfig(projectKey: string, versionId: string): Promise<Result<GateConfig>> {
  const [template, release] = await Promise.all([readGateTemplate(projectKey), readReleaseCriteria(versionId)]);
  if (!template.ok) return template;
  if (!release.ok) return release;
  return ok({ template: template.data, release: release.data, criteria: release.data.criteria ?? template.data.criteria });
}

/** Pre-checks the version read, so the common case answers CONFLICT before any write; the write's condition is the guarantee. */
const stale = (what: string) => err(appError('CONFLICT', `${what} was changed by someone else first.`, { reason: 'changed-by-someone-else' }));

export async function loadTemplate(ctx: UserCallContext, projectKey: string): Promise<Result<GateTemplate & { projectKey: string }>> {
  const allowed = await requireProjectPermission(ctx, projectKey, 'BROWSE_PROJECTS');
  if (!allowed.ok) return allowed.error.code === 'FORBIDDEN' ? err(appError('NOT_FOUND', `project ${projectKey}`)) : allowed;
  const template = await readGateTemplate(projectKey);
  return template.ok ? ok({ ...template.data, projectKey }) : template;
}

export async function saveTemplate(
  ctx: UserCallContext, projectKey: string,
  input: { criteria: readonly Criterion[]; membership: readonly FunctionMembership[]; signOffMaxAgeDays: number; expectedVersion: number },
): Promise<Result<GateTemplate & { projectKey: string }>> {
  const allowed = await requireProjectPermission(ctx, projectKey, 'ADMINISTER_PROJECTS');
  if (!allowed.ok) return allowed;
  const current = await readGateTemplate(projectKey);
  if (!current.ok) return current;
  if (current.data.version !== input.expectedVersion) return stale('The gate template');
  const { criteria, membership, signOffMaxAgeDays } = input;
  const saved = await saveGateTemplate(projectKey, { criteria, membership, signOffMaxAgeDays }, input.expectedVersion, ctx.principal.accountId, ctx.clock.now());
  return saved.ok ? ok({ ...saved.data, projectKey }) : saved;
}

/** Saves the release's own criteria (null: follow the template again); the caller answers the fresh gate. */
export async function saveCriteria(ctx: UserCallContext, versionId: string, criteria: readonly Criterion[] | null, expectedVersion: number): Promise<Result<void>> {
  const release = await readVisibleRelease(ctx, versionId);
  if (!release.ok) return release;
  const allowed = await requireProjectPermission(ctx, release.data.projectKey, 'ADMINISTER_PROJECTS');
  if (!allowed.ok) return allowed;
  const current = await readReleaseCriteria(versionId);
  if (!current.ok) return current;
  if (current.data.version !== expectedVersion) return stale("The release's criteria");
  const saved = await saveReleaseCriteria(release.data.projectKey, versionId, criteria, expectedVersion, ctx.principal.accountId, ctx.clock.now());
  return saved.ok ? ok(undefined) : saved;
}
