// The campaign calendar as rows: one per release (its date, or its forecast when later) and one per campaign
// (start to end, the releases it needs, its conflicts), in date order; and the same data as iCalendar text.
import type { OutputOf } from '../../../src/contract';
import type { CampaignConflict } from '../../../src/domain/gate/calendar';
import { expectedDate } from '../../../src/domain/gate/calendar';
import { buildICalendar } from '../../../src/domain/gate/icalendar';

export type GateCalendar = OutputOf<'gate/calendar'>;
type Campaign = GateCalendar['campaigns'][number];
type CalendarRelease = GateCalendar['releases'][number];

export type CalendarEntry =
  | { readonly kind: 'release'; readonly key: string; readonly date: string | null; readonly release: CalendarRelease; readonly expected: string | null }
  | {
    readonly kind: 'campaign'; readonly key: string; readonly date: string; readonly campaign: Campaign;
    readonly needs: readonly string[]; readonly conflicts: readonly { readonly release: string; readonly daysEarly: number | null }[];
  };

/** Rows in date order (undated releases last), campaigns with the names of the releases they need and clash with. */
export function calendarEntries(calendar: GateCalendar): CalendarEntry[] {
  const names = new Map(calendar.releases.map((r) => [r.versionId, r.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const releases: CalendarEntry[] = calendar.releases.map((release) => ({
    kind: 'release', key: `release-${release.versionId}`, date: release.releaseDate, release, expected: expectedDate(release),
  }));
  const campaigns: CalendarEntry[] = calendar.campaigns.map((campaign) => ({
    kind: 'campaign', key: `campaign-${campaign.id}`, date: campaign.start, campaign,
    needs: campaign.releaseIds.map(nameOf),
    conflicts: calendar.conflicts.filter((c) => c.campaignId === campaign.id).map((c) => ({ release: nameOf(c.versionId), daysEarly: c.daysEarly })),
  }));
  return [...releases, ...campaigns].sort((a, b) => {
    if (a.date === b.date) return a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === 'release' ? -1 : 1;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date.localeCompare(b.date);
  });
}

export interface IcsWords {
  readonly release: (name: string) => string;
  readonly conflict: (campaign: string) => string;
}

/** The calendar as an .ics file's text (the domain's iCalendar writer, the same one the server uses). */
export function calendarIcs(calendar: GateCalendar, projectKey: string, stamp: string, words: IcsWords): string {
  const campaignNames = new Map(calendar.campaigns.map((c) => [c.id, c.name]));
  const conflicts: CampaignConflict[] = calendar.conflicts.map((c) => ({ ...c, campaignName: campaignNames.get(c.campaignId) ?? c.campaignId }));
  return buildICalendar({ projectKey, releases: calendar.releases, campaigns: calendar.campaigns, conflicts, stamp, words });
}
