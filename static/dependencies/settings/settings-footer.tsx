// The settings dialog's footer: why a save failed (a reload offered after a conflict), the reminder to fix the
// marked fields, Cancel and Save, and who may save.
import { useShell } from '../../ui/app-shell';
import { ErrorMessage } from '../../ui/error-message';
import { FieldErrorMessage } from '../../ui/form/field-error-message';
import type { SettingsFormController } from './use-settings-form';

export interface SettingsFooterProps {
  readonly settings: SettingsFormController;
  readonly projectKey: string;
  readonly canAdminister: boolean;
}

export function SettingsFooter({ settings, projectKey, canAdminister }: SettingsFooterProps) {
  const { t } = useShell();
  const { failure, busy, changed, disabled } = settings;
  const note = !canAdminister
    ? t('dependencies.settings.readOnly')
    : changed ? t('dependencies.settings.adminOnly') : `${t('dependencies.settings.unchanged')} ${t('dependencies.settings.adminOnly')}`;
  return (
    <>
      {failure === undefined ? null : failure.code === 'FORBIDDEN' ? (
        <div role="alert" className="lc-error" data-error-code="FORBIDDEN" data-testid="settings-error">
          <span>{t('dependencies.settings.forbidden', { project: projectKey })}</span>
        </div>
      ) : (
        <div className="dp-dialog-failure" data-testid="settings-error">
          {failure.code === 'CONFLICT' || failure.code === 'BAD_REQUEST' ? <ErrorMessage error={failure} /> : <ErrorMessage error={failure} onRetry={settings.save} />}
          {failure.code === 'CONFLICT' ? (
            <button type="button" className="lc-button" data-testid="settings-reload" disabled={disabled} onClick={settings.reload}>
              {busy === 'reloading' ? t('dependencies.settings.reloading') : t('dependencies.settings.reload')}
            </button>
          ) : null}
        </div>
      )}
      {settings.blocked ? <FieldErrorMessage role="alert">{t('dependencies.settings.fixErrors')}</FieldErrorMessage> : null}
      <div className="dp-dialog-actions">
        <button type="button" className="lc-button" data-testid="cancel-settings" onClick={settings.close}>{t('dependencies.settings.cancel')}</button>
        <button type="submit" className="lc-button dp-primary" data-testid="save-settings" disabled={disabled || !changed}>
          {busy === 'saving' ? t('dependencies.settings.saving') : t('dependencies.settings.save')}
        </button>
      </div>
      <p className="dp-dialog-note" data-testid="settings-note">{note}</p>
    </>
  );
}
