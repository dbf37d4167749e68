import { calendarEntries, calendarIcs, type GateCalendar } from '../../../static/gate/shared/calendar-entries';

const campaign = (id: string, start: string, releaseIds: string[]) => ({
  schemaVersion: 1 as const, id, projectKey: 'PERP', name: `Campaign ${id}`, type: 'airdrop' as const, start, end: '2027-03-01', releaseIds,
  version: 1, updatedBy: 'u1', updatedAt: '2026-11-20T00:00:00.000Z',
});

const calendar: GateCalendar = {
  releases: [
    { versionId: '10', name: 'v2.0.0', releaseDate: '2027-01-20', forecastDate: '2027-02-10', released: false },
    { versionId: '11', name: 'v2.1.0', releaseDate: null, forecastDate: null, released: false },
  ],
  campaigns: [campaign('comp', '2027-02-01', ['10']), campaign('drop', '2027-01-05', ['11'])],
  conflicts: [
    { campaignId: 'comp', versionId: '10', campaignStart: '2027-02-01', releaseDate: '2027-02-10', daysEarly: 9 },
    { campaignId: 'drop', versionId: '11', campaignStart: '2027-01-05', releaseDate: null, daysEarly: null },
  ],
};

describe('the campaign calendar rows', () => {
  it('puts releases and campaigns in date order, undated releases last, with the conflicts by release name', () => {
    const entries = calendarEntries(calendar);
    expect(entries.map((e) => e.key)).toEqual(['campaign-drop', 'release-10', 'campaign-comp', 'release-11']);
    const comp = entries.find((e) => e.key === 'campaign-comp');
    expect(comp?.kind === 'campaign' && comp.conflicts).toEqual([{ release: 'v2.0.0', daysEarly: 9 }]);
    expect(comp?.kind === 'campaign' && comp.needs).toEqual(['v2.0.0']);
    const release = entries.find((e) => e.key === 'release-10');
    expect(release?.kind === 'release' && release.expected).toBe('2027-02-10');
  });

  it('exports the same calendar as iCalendar with the words given', () => {
    const ics = calendarIcs(calendar, 'PERP', '2026-12-02T10:00:00.000Z', { release: (name) => `Release ${name}`, conflict: (c) => `Conflict: ${c}` });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('SUMMARY:Release v2.0.0');
    expect(ics).toContain('Campaign comp');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
