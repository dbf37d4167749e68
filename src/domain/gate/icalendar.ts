// The calendar of releases and campaigns as iCalendar (RFC 5545): one all-day event per release date and per
// campaign (end exclusive, as all-day events are), text escaped, lines folded at 75 octets with CRLF line ends.
// Pure: the stamp is handed in, so the page and the server build the same file.
import type { CampaignRecord } from '../campaign/campaign-record';
import { formatIsoDate, parseIsoDate } from '../schedule';
import type { CalendarRelease, CampaignConflict } from './calendar';

export interface CalendarExport {
  readonly projectKey: string;
  readonly releases: readonly CalendarRelease[];
  readonly campaigns: readonly CampaignRecord[];
  readonly conflicts: readonly CampaignConflict[];
  /** When the file is made, an ISO instant (DTSTAMP). */
  readonly stamp: string;
  /** Words for the summaries, in the reader's language. */
  readonly words: { readonly release: (name: string) => string; readonly conflict: (campaign: string) => string };
}

/** Escapes a TEXT value: backslash, semicolon, comma and line ends. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const utf8Length = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (isoDate: string): string => isoDate.replace(/-/g, '');
const nextDay = (isoDate: string): string => {
  const day = parseIsoDate(isoDate);
  return day === undefined ? isoDate : formatIsoDate(day + 1);
};
const basicStamp = (instant: string): string => `${instant.slice(0, 19).replace(/[-:]/g, '')}Z`;

function event(uid: string, stamp: string, start: string, endInclusive: string, summary: string, extra: readonly string[] = []): string[] {
  return [
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${basicStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(start)}`, `DTEND;VALUE=DATE:${basicDate(nextDay(endInclusive))}`,
    `SUMMARY:${escapeText(summary)}`, ...extra, 'END:VEVENT',
  ];
}

export function buildICalendar(input: CalendarExport): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Launch Control//Release gate calendar//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(input.projectKey)}`];
  for (const release of input.releases) {
    if (release.releaseDate === null) continue;
    lines.push(...event(`release-${release.versionId}@launch-control`, input.stamp, release.releaseDate, release.releaseDate, input.words.release(release.name), ['CATEGORIES:RELEASE']));
  }
  for (const campaign of input.campaigns) {
    const conflicting = input.conflicts.some((c) => c.campaignId === campaign.id);
    const summary = conflicting ? input.words.conflict(campaign.name) : campaign.name;
    lines.push(...event(`campaign-${campaign.id}@launch-control`, input.stamp, campaign.start, campaign.end, summary, [`CATEGORIES:${campaign.type.toUpperCase()}`]));
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
