// Schedule-settings form model: settings -> form -> settings round trip, the dialog's edits, and field errors
// from the contract's schema (the same checks the resolver makes on save).
import fc from 'fast-check';
import { WEEKDAYS, type ScheduleSettings } from '../../../../src/domain/schedule';
import {
  addHoliday, fromSettingsForm, isFormChanged, linkTypeNames, removeHoliday, setLinkMapping, toggleWorkday, toSettingsForm,
  type SettingsForm,
} from '../../../../static/dependencies/settings/settings-form';

const settings: ScheduleSettings = {
  durationSource: 'estimate',
  hoursPerDay: 8,
  daysPerPoint: 0.5,
  assumedDays: 3,
  workdays: ['Fri', 'Mon', 'Tue', 'Wed', 'Thu'],
  holidays: ['2026-12-25', '2026-10-01', '2026-12-25'],
  linkTypes: { Blocks: 'FS', Relates: 'ignore', 'Starts with': 'SS' },
};
const form = toSettingsForm(settings, ['Blocks', 'Cloners', ' Finishes with ', 'Blocks']);

describe('toSettingsForm', () => {
  it('keeps numbers as text, weekdays in week order and holidays sorted without duplicates', () => {
    expect(form).toMatchObject({ durationSource: 'estimate', hoursPerDay: '8', daysPerPoint: '0.5', assumedDays: '3' });
    expect(form.workdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    expect(form.holidays).toEqual(['2026-10-01', '2026-12-25']);
  });

  it('offers every link type seen on links or in the settings, plus Blocks; an unmapped one is ignored', () => {
    expect(form.linkTypes).toEqual([
      { name: 'Blocks', mapping: 'FS' },
      { name: 'Cloners', mapping: 'ignore' },
      { name: 'Finishes with', mapping: 'ignore' },
      { name: 'Relates', mapping: 'ignore' },
      { name: 'Starts with', mapping: 'SS' },
    ]);
    expect(linkTypeNames({ ...settings, linkTypes: {} }, [])).toEqual(['Blocks']);
    expect(toSettingsForm({ ...settings, linkTypes: {} }, ['constructor']).linkTypes).toEqual([
      { name: 'Blocks', mapping: 'ignore' },
      { name: 'constructor', mapping: 'ignore' },
    ]);
  });
});

describe('fromSettingsForm', () => {
  it('turns an unchanged form back into the same settings (link types it offered now explicit)', () => {
    const outcome = fromSettingsForm(form);
    expect(outcome).toEqual({
      ok: true,
      settings: {
        durationSource: 'estimate', hoursPerDay: 8, daysPerPoint: 0.5, assumedDays: 3,
        workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: ['2026-10-01', '2026-12-25'],
        linkTypes: { Blocks: 'FS', Cloners: 'ignore', 'Finishes with': 'ignore', Relates: 'ignore', 'Starts with': 'SS' },
      },
    });
  });

  it.each<[string, Partial<SettingsForm>, object]>([
    ['an empty number', { hoursPerDay: ' ' }, { hoursPerDay: { code: 'required' } }],
    ['text that is no number', { daysPerPoint: 'abc' }, { daysPerPoint: { code: 'not-number', value: 'abc' } }],
    ['zero hours a day (must be positive)', { hoursPerDay: '0' }, { hoursPerDay: { code: 'too-small', min: 0, inclusive: false } }],
    ['more than 24 hours', { hoursPerDay: '25' }, { hoursPerDay: { code: 'too-big', max: 24 } }],
    ['more than 30 days per point', { daysPerPoint: '31' }, { daysPerPoint: { code: 'too-big', max: 30 } }],
    ['a fractional assumed duration', { assumedDays: '2.5' }, { assumedDays: { code: 'not-integer' } }],
    ['a negative assumed duration', { assumedDays: '-1' }, { assumedDays: { code: 'too-small', min: 0, inclusive: true } }],
    ['no working day', { workdays: [] }, { workdays: { code: 'no-workday' } }],
    ['a holiday that is no date', { holidays: ['2026-10-01', '1.5.2026'] }, { holidays: { code: 'bad-date', value: '1.5.2026' } }],
  ])('refuses %s and names the field', (_name, change, errors) => {
    expect(fromSettingsForm({ ...form, ...change })).toEqual({ ok: false, errors });
  });

  it('reports every bad field at once', () => {
    const outcome = fromSettingsForm({ ...form, hoursPerDay: '', assumedDays: '61', workdays: [] });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : Object.keys(outcome.errors).sort()).toEqual(['assumedDays', 'hoursPerDay', 'workdays']);
  });

  it('round-trips any valid settings', () => {
    const weekday = fc.constantFrom(...WEEKDAYS);
    const isoDay = fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const valid = fc.record({
      durationSource: fc.constantFrom('estimate' as const, 'points' as const, 'dates' as const),
      hoursPerDay: fc.integer({ min: 1, max: 48 }).map((n) => n / 2),
      daysPerPoint: fc.integer({ min: 1, max: 120 }).map((n) => n / 4),
      assumedDays: fc.integer({ min: 0, max: 60 }),
      workdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
      holidays: fc.uniqueArray(isoDay, { maxLength: 8 }),
      linkTypes: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '' && s !== '__proto__'), fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const, 'SF' as const, 'ignore' as const)),
    });
    fc.assert(fc.property(valid, (value) => {
      const outcome = fromSettingsForm(toSettingsForm(value, []));
      if (!outcome.ok) return false;
      const back = outcome.settings;
      return back.durationSource === value.durationSource && back.hoursPerDay === value.hoursPerDay
        && back.daysPerPoint === value.daysPerPoint && back.assumedDays === value.assumedDays
        && [...back.workdays].sort().join() === [...value.workdays].sort().join()
        && back.holidays.join() === [...value.holidays].sort().join()
        && Object.entries(value.linkTypes).every(([name, mapping]) => back.linkTypes[name] === mapping)
        && (back.linkTypes['Blocks'] ?? 'ignore') === (value.linkTypes['Blocks'] ?? 'ignore');
    }));
  });
});

describe('editing the form', () => {
  it('toggles working days in week order', () => {
    expect(toggleWorkday(form, 'Sat', true).workdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(toggleWorkday(form, 'Mon', false).workdays).toEqual(['Tue', 'Wed', 'Thu', 'Fri']);
    expect(toggleWorkday(form, 'Sun', false).workdays).toEqual(form.workdays);
  });

  it('adds a real date in order, and refuses an empty, malformed, impossible or repeated one', () => {
    const added = addHoliday(form, ' 2026-11-26 ');
    expect(added.ok ? added.form.holidays : []).toEqual(['2026-10-01', '2026-11-26', '2026-12-25']);
    expect(addHoliday(form, '')).toEqual({ ok: false, error: { code: 'no-date' } });
    expect(addHoliday(form, '2026/11/26')).toEqual({ ok: false, error: { code: 'bad-date', value: '2026/11/26' } });
    expect(addHoliday(form, '2026-02-30')).toEqual({ ok: false, error: { code: 'bad-date', value: '2026-02-30' } });
    expect(addHoliday(form, '2026-12-25')).toEqual({ ok: false, error: { code: 'duplicate-date', value: '2026-12-25' } });
  });

  it('removes a holiday and remaps a link type, leaving the original form alone', () => {
    expect(removeHoliday(form, '2026-10-01').holidays).toEqual(['2026-12-25']);
    const remapped = setLinkMapping(form, 'Cloners', 'FF');
    expect(remapped.linkTypes.find((row) => row.name === 'Cloners')?.mapping).toBe('FF');
    expect(form.linkTypes.find((row) => row.name === 'Cloners')?.mapping).toBe('ignore');
  });

  it('knows whether anything changed', () => {
    expect(isFormChanged(form, toSettingsForm(settings, ['Blocks', 'Cloners', ' Finishes with ']))).toBe(false);
    expect(isFormChanged(form, toggleWorkday(form, 'Sat', true))).toBe(true);
    expect(isFormChanged(form, toggleWorkday(toggleWorkday(form, 'Sat', true), 'Sat', false))).toBe(false);
  });
});
