// The campaign calendar's conflicts (GTM alignment): a campaign that starts before a release it needs is expected
// is a conflict. A release is expected on the later of its release date and its schedule's forecast finish; a
// release with neither is not known to be ready, so a campaign needing it is a conflict without a day count.
import type { CampaignRecord } from '../campaign/campaign-record';
import { parseIsoDate } from '../schedule';
import type { IsoDate } from './types';

export interface CalendarRelease {
  readonly versionId: string;
  readonly name: string;
  readonly releaseDate: IsoDate | null;
  readonly forecastDate: IsoDate | null;
  readonly released: boolean;
}

export interface CampaignConflict {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly versionId: string;
  readonly campaignStart: IsoDate;
  readonly releaseDate: IsoDate | null;
  /** Calendar days the campaign starts before the release; null when the release has no date. */
  readonly daysEarly: number | null;
}

/** The date a release is expected: the later of its date and its forecast, null when neither is known. */
export function expectedDate(release: Pick<CalendarRelease, 'releaseDate' | 'forecastDate'>): IsoDate | null {
  const { releaseDate, forecastDate } = release;
  if (releaseDate === null) return forecastDate;
  if (forecastDate === null) return releaseDate;
  return forecastDate > releaseDate ? forecastDate : releaseDate;
}

/** Every (campaign, release) pair where the campaign starts before the release is expected; released ones are out. */
export function findConflicts(campaigns: readonly CampaignRecord[], releases: readonly CalendarRelease[]): CampaignConflict[] {
  const byId = new Map(releases.map((release) => [release.versionId, release]));
  const conflicts: CampaignConflict[] = [];
  for (const campaign of campaigns) {
    for (const versionId of new Set(campaign.releaseIds)) {
      const release = byId.get(versionId);
      if (release === undefined || release.released) continue;
      const expected = expectedDate(release);
      if (expected !== null && campaign.start >= expected) continue;
      const start = parseIsoDate(campaign.start);
      const end = expected === null ? undefined : parseIsoDate(expected);
      conflicts.push({
        campaignId: campaign.id, campaignName: campaign.name, versionId, campaignStart: campaign.start, releaseDate: expected,
        daysEarly: start === undefined || end === undefined ? null : end - start,
      });
    }
  }
  return conflicts;
}
