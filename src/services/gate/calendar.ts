// The calendar of releases and campaigns (`gate/calendar`): the project's releases with their date and the kept
// schedule's forecast finish, the campaigns, and each campaign that starts before a release it needs (a conflict).
// The page builds the iCalendar file from the same data with the domain's builder.
import { ok, type DeepReadonly, type OutputOf, type Result } from '../../contract';
import { readProjectReleases } from '../../adapters/jira/gate-release';
import { listCampaigns } from '../../adapters/storage/campaigns';
import { findConflicts } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { keptSchedule } from './reads';

export async function loadCalendar(ctx: UserCallContext, projectKey: string): Promise<Result<DeepReadonly<OutputOf<'gate/calendar'>>>> {
  const releases = await readProjectReleases(ctx.jira, projectKey);
  if (!releases.ok) return releases;
  const campaigns = await listCampaigns(projectKey);
  if (!campaigns.ok) return campaigns;
  const shown = releases.data.filter((r) => !r.archived);
  const forecasts = await Promise.all(shown.map((release) => keptSchedule(release)));
  const calendarReleases = shown.map((release, i) => ({
    versionId: release.id, name: release.name, releaseDate: release.releaseDate, forecastDate: forecasts[i]?.forecastDate ?? null, released: release.released,
  }));
  const conflicts = findConflicts(campaigns.data, calendarReleases).map(({ campaignName: _name, ...conflict }) => conflict);
  return ok({ releases: calendarReleases, campaigns: campaigns.data, conflicts });
}
