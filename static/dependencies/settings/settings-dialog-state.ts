// The settings dialog's state: the settings it was opened (or reloaded) with, the form being edited, which
// fields were left (their errors show from then on), whether a save was tried, the call in flight and its
// failure. Pure, so saving, conflicts and reloading are tested without a DOM.
import type { AppError } from '../../../src/contract';
import type { ScheduleSettings } from '../../../src/domain/schedule';
import { toSettingsForm, type FieldError, type FormOutcome, type SettingsField, type SettingsForm } from './settings-form';

/** The settings the dialog edits, their saved version, and every issue-link type of the site. */
export interface LoadedSettings {
  readonly settings: ScheduleSettings;
  readonly settingsVersion: number;
  readonly issueLinkTypes: readonly string[];
}
export type Busy = 'idle' | 'saving' | 'reloading';

export interface SettingsDialogState {
  readonly loaded: LoadedSettings;
  /** The form as loaded: what "changed" is measured against. */
  readonly initial: SettingsForm;
  readonly form: SettingsForm;
  readonly touched: ReadonlySet<SettingsField>;
  readonly submitted: boolean;
  readonly busy: Busy;
  readonly failure: AppError | undefined;
  /** Someone else's settings were just loaded over the edits: said until the next edit. */
  readonly reloaded: boolean;
  /** Settings were fetched again, so the schedule behind the dialog must be computed again on close. */
  readonly refetched: boolean;
}

export type SettingsDialogAction =
  | { readonly kind: 'edit'; readonly form: SettingsForm }
  | { readonly kind: 'touch'; readonly field: SettingsField }
  | { readonly kind: 'submit' }
  | { readonly kind: 'save-started' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'reload-started' }
  | { readonly kind: 'reloaded'; readonly loaded: LoadedSettings }
  | { readonly kind: 'failed'; readonly error: AppError };

export function openSettingsDialog(loaded: LoadedSettings): SettingsDialogState {
  const form = toSettingsForm(loaded.settings, loaded.issueLinkTypes);
  const kept = { settings: loaded.settings, settingsVersion: loaded.settingsVersion, issueLinkTypes: loaded.issueLinkTypes };
  return { loaded: kept, initial: form, form, touched: new Set(), submitted: false, busy: 'idle', failure: undefined, reloaded: false, refetched: false };
}

export function settingsDialogReducer(state: SettingsDialogState, action: SettingsDialogAction): SettingsDialogState {
  switch (action.kind) {
    case 'edit':
      return { ...state, form: action.form, failure: undefined, reloaded: false };
    case 'touch':
      return state.touched.has(action.field) ? state : { ...state, touched: new Set(state.touched).add(action.field) };
    case 'submit':
      return { ...state, submitted: true };
    case 'save-started':
      return { ...state, busy: 'saving', failure: undefined };
    case 'saved':
      return { ...state, busy: 'idle' };
    case 'reload-started':
      // The failure stays on screen: the reload button is part of it.
      return { ...state, busy: 'reloading' };
    case 'reloaded':
      return { ...openSettingsDialog(action.loaded), reloaded: true, refetched: true };
    case 'failed':
      return { ...state, busy: 'idle', failure: action.error };
  }
}

/** A field's error, once the field was left or a save was tried. */
export function visibleError(state: SettingsDialogState, outcome: FormOutcome, field: SettingsField): FieldError | undefined {
  if (outcome.ok || !(state.submitted || state.touched.has(field))) return undefined;
  return outcome.errors[field];
}
