// The analyst overrides an abuse flag (genuine after all, or abuse the heuristics missed) with a reason, kept with
// who and when; or forgets an override. Needs the same right as importing the campaign's metrics.
import { ok, type Result } from '../../contract';
import { readOverrides, saveOverrides } from '../../adapters/storage/flag-overrides';
import type { FlagOverride } from '../../domain/campaign';
import type { UserCallContext } from '../call-context';
import { campaignFor } from './campaign-access';

export async function overrideFlag(
  ctx: UserCallContext, projectKey: string, campaignId: string, account: string, verdict: FlagOverride['verdict'] | null, reason: string,
): Promise<Result<{ overrides: FlagOverride[] }>> {
  const access = await campaignFor(ctx, projectKey, campaignId, 'edit');
  if (!access.ok) return access;
  const current = await readOverrides(campaignId);
  if (!current.ok) return current;
  const others = current.data.overrides.filter((o) => o.account !== account);
  const overrides = verdict === null ? others : [...others, { account, verdict, reason, by: ctx.principal.accountId, at: ctx.clock.now() }];
  const saved = await saveOverrides(campaignId, current.data.version, overrides);
  return saved.ok ? ok({ overrides }) : saved;
}
