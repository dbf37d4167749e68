// The project's schedule settings in the kit's modal dialog: where durations come from, how long a unit is, the
// working calendar and how each Jira link type becomes a dependency. The form hook checks them with the
// contract's schema; the server decides on save whether the caller administers the project.
import type { EpicSchedule } from '../../../src/contract';
import { useShell } from '../../ui/app-shell';
import { Dialog } from '../../ui/dialog/dialog';
import { DurationSourceSection } from './duration-source-section';
import { DurationUnitsSection } from './duration-units-section';
import { HolidaysSection } from './holidays-section';
import { LinkTypesSection } from './link-types-section';
import { setLinkMapping, toggleWorkday } from './settings-form';
import { SettingsFooter } from './settings-footer';
import { useSettingsForm } from './use-settings-form';
import { WorkdaysSection } from './workdays-section';

export interface SettingsDialogProps {
  readonly issueKey: string;
  readonly data: Pick<EpicSchedule, 'settings' | 'settingsVersion' | 'plan' | 'issueLinkTypes' | 'epic' | 'canAdminister'>;
  readonly onClose: () => void;
  /** Called after a save, or after the latest settings were fetched: the schedule must be computed again. */
  readonly onChanged: () => void;
}

export function SettingsDialog({ issueKey, data, onClose, onChanged }: SettingsDialogProps) {
  const { t } = useShell();
  const settings = useSettingsForm({ issueKey, data, onClose, onChanged });
  const { form, disabled, edit, errorOf } = settings;
  return (
    <Dialog
      title={t('dependencies.settings.title')}
      description={t('dependencies.settings.intro', { project: data.epic.projectKey })}
      onClose={settings.close}
      onSubmit={settings.save}
      footer={<SettingsFooter settings={settings} projectKey={data.epic.projectKey} canAdminister={data.canAdminister} />}
      testId="settings-dialog"
    >
      {settings.reloaded ? <p role="status" className="dp-dialog-notice" data-testid="settings-reloaded">{t('dependencies.settings.reloaded')}</p> : null}
      <DurationSourceSection value={form.durationSource} disabled={disabled} onChange={(durationSource) => { edit({ ...form, durationSource }); }} />
      <DurationUnitsSection form={form} disabled={disabled} errorOf={errorOf} onEdit={edit} onLeave={settings.touch} />
      <WorkdaysSection
        workdays={form.workdays}
        disabled={disabled}
        error={errorOf('workdays')}
        onToggle={(day, on) => { settings.touch('workdays'); edit(toggleWorkday(form, day, on)); }}
      />
      <HolidaysSection form={form} disabled={disabled} error={errorOf('holidays')} onEdit={edit} />
      <LinkTypesSection
        rows={form.linkTypes}
        links={data.plan.links}
        disabled={disabled}
        error={errorOf('linkTypes')}
        onMap={(name, mapping) => { edit(setLinkMapping(form, name, mapping)); }}
      />
    </Dialog>
  );
}
