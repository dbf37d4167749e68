import fc from 'fast-check';
import { buildICalendar, escapeText, expectedDate, findConflicts, foldLine, type CalendarRelease } from '../../../src/domain/gate';
import { campaign, NOW } from './helpers';

const release = (versionId: string, releaseDate: string | null, forecastDate: string | null, released = false): CalendarRelease => ({ versionId, name: `v${versionId}`, releaseDate, forecastDate, released });

describe('campaign calendar conflicts', () => {
  it.each([
    ['starts after the release', '2026-12-20', release('1', '2026-12-15', '2026-12-10'), []],
    ['starts on the release date', '2026-12-15', release('1', '2026-12-15', null), []],
    ['starts before the release date', '2026-12-10', release('1', '2026-12-15', null), [5]],
    ['starts before a slipped forecast', '2026-12-16', release('1', '2026-12-15', '2026-12-18'), [2]],
    ['release with no date at all', '2026-12-16', release('1', null, null), [null]],
    ['release already out', '2026-12-01', release('1', '2026-12-15', null, true), []],
  ] as [string, string, CalendarRelease, (number | null)[]][])('%s', (_name, start, rel, days) => {
    expect(findConflicts([campaign('c', start, ['1'])], [rel]).map((c) => c.daysEarly)).toEqual(days);
  });

  it('ignores releases the campaign does not need, and unknown ones', () => {
    expect(findConflicts([campaign('c', '2026-01-01', ['9'])], [release('1', '2026-12-15', null)])).toEqual([]);
  });

  it('flags exactly the campaigns that start before the expected date', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => `2026-11-${String(1 + (n % 30)).padStart(2, '0')}`);
    fc.assert(fc.property(day, fc.option(day, { nil: null }), fc.option(day, { nil: null }), (start, date, forecast) => {
      const rel = release('1', date, forecast);
      const expected = expectedDate(rel);
      const conflicts = findConflicts([campaign('c', start, ['1'])], [rel]);
      expect(conflicts.length).toBe(expected === null || start < expected ? 1 : 0);
    }));
  });
});

describe('iCalendar export', () => {
  const words = { release: (name: string) => `Release ${name}`, conflict: (name: string) => `${name} (conflict)` };
  it('writes an all-day event per dated release and per campaign, end exclusive, CRLF', () => {
    const text = buildICalendar({
      projectKey: 'PERP', releases: [release('10100', '2026-12-15', null), release('10101', null, null)],
      campaigns: [campaign('c1', '2026-12-10', ['10100'], '2026-12-31')],
      conflicts: [{ campaignId: 'c1', campaignName: 'Campaign c1', versionId: '10100', campaignStart: '2026-12-10', releaseDate: '2026-12-15', daysEarly: 5 }],
      stamp: NOW, words,
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('UID:release-10100@launch-control\r\nDTSTAMP:20261202T080000Z\r\nDTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\nSUMMARY:Release v10100');
    expect(text).toContain('DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20270101\r\nSUMMARY:Campaign c1 (conflict)');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets and unfolding gives the line back', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '中', '😀', ' ', ','), maxLength: 400 }), (body) => {
      const line = `SUMMARY:${body}`;
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }));
  });
});
