// The settings dialog's state: errors show once a field is left or a save was tried, an edit clears a failure
// and the reload notice, a failure stays up while reloading, and a reload starts over from the latest settings.
import type { ScheduleSettings } from '../../../../src/domain/schedule';
import {
  openSettingsDialog, settingsDialogReducer, visibleError, type LoadedSettings, type SettingsDialogAction, type SettingsDialogState,
} from '../../../../static/dependencies/settings/settings-dialog-state';
import { fromSettingsForm } from '../../../../static/dependencies/settings/settings-form';

const settings: ScheduleSettings = {
  durationSource: 'estimate', hoursPerDay: 8, daysPerPoint: 0.5, assumedDays: 3,
  workdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'], holidays: [], linkTypes: { Blocks: 'FS' },
};
const loaded: LoadedSettings = { settings, settingsVersion: 4, issueLinkTypes: ['Blocks'] };
const conflict = { code: 'CONFLICT', message: 'changed by someone else' } as const;
const run = (actions: readonly SettingsDialogAction[], from = openSettingsDialog(loaded)): SettingsDialogState => actions.reduce(settingsDialogReducer, from);

describe('settingsDialogReducer', () => {
  it('opens idle on the loaded settings, nothing touched', () => {
    const state = openSettingsDialog(loaded);
    expect(state).toMatchObject({ busy: 'idle', submitted: false, failure: undefined, reloaded: false, refetched: false });
    expect(state.form).toBe(state.initial);
    expect(state.form.hoursPerDay).toBe('8');
  });

  it('shows a field error only once the field was left or a save was tried', () => {
    const opened = openSettingsDialog(loaded);
    const edited = run([{ kind: 'edit', form: { ...opened.form, hoursPerDay: '0' } }], opened);
    const outcome = fromSettingsForm(edited.form);
    expect(visibleError(edited, outcome, 'hoursPerDay')).toBeUndefined();
    expect(visibleError(run([{ kind: 'touch', field: 'hoursPerDay' }], edited), outcome, 'hoursPerDay')?.code).toBe('too-small');
    const submitted = run([{ kind: 'submit' }], edited);
    expect(visibleError(submitted, outcome, 'hoursPerDay')?.code).toBe('too-small');
    expect(visibleError(submitted, outcome, 'daysPerPoint')).toBeUndefined();
  });

  it('keeps a failure on screen while reloading, and an edit clears it', () => {
    const failed = run([{ kind: 'save-started' }, { kind: 'failed', error: conflict }]);
    expect(failed).toMatchObject({ busy: 'idle', failure: conflict });
    expect(run([{ kind: 'reload-started' }], failed)).toMatchObject({ busy: 'reloading', failure: conflict });
    expect(run([{ kind: 'edit', form: failed.form }], failed).failure).toBeUndefined();
  });

  it('starts over from the reloaded settings, says so until the next edit, and remembers the refetch', () => {
    const newer: LoadedSettings = { ...loaded, settings: { ...settings, hoursPerDay: 6 }, settingsVersion: 5 };
    const opened = openSettingsDialog(loaded);
    const reloaded = run([
      { kind: 'edit', form: { ...opened.form, hoursPerDay: '0' } },
      { kind: 'touch', field: 'hoursPerDay' },
      { kind: 'submit' },
      { kind: 'failed', error: conflict },
      { kind: 'reload-started' },
      { kind: 'reloaded', loaded: newer },
    ], opened);
    expect(reloaded).toMatchObject({ busy: 'idle', submitted: false, failure: undefined, reloaded: true, refetched: true });
    expect(reloaded.loaded.settingsVersion).toBe(5);
    expect(reloaded.form.hoursPerDay).toBe('6');
    expect(reloaded.touched.size).toBe(0);
    const editedAgain = run([{ kind: 'edit', form: reloaded.form }], reloaded);
    expect(editedAgain).toMatchObject({ reloaded: false, refetched: true });
  });

  it('is idle again after a save', () => {
    expect(run([{ kind: 'submit' }, { kind: 'save-started' }, { kind: 'saved' }])).toMatchObject({ busy: 'idle', submitted: true });
  });
});
