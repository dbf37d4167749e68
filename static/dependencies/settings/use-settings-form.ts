// The settings dialog's form as a hook: its state (settings-dialog-state.ts), validation with the contract's
// schema (settings-form.ts), and the calls: save against the version the dialog was opened at (a CONFLICT
// offers a reload) and the reload that fetches the latest settings in place of the edits.
import { useMemo, useReducer } from 'react';
import type { AppError, EpicSchedule } from '../../../src/contract';
import { call } from '../../ui/call';
import { openSettingsDialog, settingsDialogReducer, visibleError, type Busy } from './settings-dialog-state';
import { fromSettingsForm, isFormChanged, type FieldError, type SettingsField, type SettingsForm } from './settings-form';

export interface SettingsFormOptions {
  readonly issueKey: string;
  readonly data: Pick<EpicSchedule, 'settings' | 'settingsVersion' | 'issueLinkTypes' | 'canAdminister'>;
  readonly onClose: () => void;
  /** Called after a save, or on close after the latest settings were fetched: the schedule is stale. */
  readonly onChanged: () => void;
}

export interface SettingsFormController {
  readonly form: SettingsForm;
  readonly changed: boolean;
  /** A save was tried with fields in error. */
  readonly blocked: boolean;
  readonly busy: Busy;
  /** Nothing can be edited or saved: a call is in flight, or the user does not administer the project. */
  readonly disabled: boolean;
  readonly failure: AppError | undefined;
  readonly reloaded: boolean;
  readonly errorOf: (field: SettingsField) => FieldError | undefined;
  readonly edit: (form: SettingsForm) => void;
  readonly touch: (field: SettingsField) => void;
  readonly save: () => void;
  readonly reload: () => void;
  readonly close: () => void;
}

export function useSettingsForm({ issueKey, data, onClose, onChanged }: SettingsFormOptions): SettingsFormController {
  const [state, dispatch] = useReducer(settingsDialogReducer, data, openSettingsDialog);
  const outcome = useMemo(() => fromSettingsForm(state.form), [state.form]);

  const save = () => {
    dispatch({ kind: 'submit' });
    if (!outcome.ok || state.busy !== 'idle') return;
    dispatch({ kind: 'save-started' });
    void call('schedule/saveSettings', { issueKey, settings: outcome.settings, expectedVersion: state.loaded.settingsVersion }).then((answer) => {
      if (!answer.ok) {
        dispatch({ kind: 'failed', error: answer.error });
        return;
      }
      dispatch({ kind: 'saved' });
      onClose();
      onChanged();
    });
  };

  const reload = () => {
    dispatch({ kind: 'reload-started' });
    void call('schedule/forEpic', { issueKey }).then((answer) => {
      dispatch(answer.ok ? { kind: 'reloaded', loaded: answer.data } : { kind: 'failed', error: answer.error });
    });
  };

  return {
    form: state.form,
    changed: isFormChanged(state.initial, state.form),
    blocked: state.submitted && !outcome.ok,
    busy: state.busy,
    // Only project administrators may save (the server checks again); everyone else reads the settings.
    disabled: state.busy !== 'idle' || !data.canAdminister,
    failure: state.failure,
    reloaded: state.reloaded,
    errorOf: (field) => visibleError(state, outcome, field),
    edit: (form) => { dispatch({ kind: 'edit', form }); },
    touch: (field) => { dispatch({ kind: 'touch', field }); },
    save,
    reload,
    close: () => {
      onClose();
      if (state.refetched) onChanged();
    },
  };
}
