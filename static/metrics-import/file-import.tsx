// One format's slot of the importer: its columns, the file picker, a progress bar while the worker streams the
// file, the report (rows, accepted, refused with line and reason, extra columns ignored), then the import itself.
import { useId } from 'react';
import type { ImportRecordWire } from '../../src/contract/metrics';
import { FORMAT_COLUMNS, type MetricFormat } from '../../src/domain/metrics';
import { useShell } from '../ui/app-shell';
import { ErrorMessage } from '../ui/error-message';
import { formatNumber } from '../ui/i18n';
import { Lozenge } from '../ui/status/lozenge';
import { RejectedRows } from './rejected-rows';
import type { ImportTarget } from './upload-import';
import { useFileImport, type FileImportState } from './use-file-import';

export interface FileImportProps {
  readonly format: MetricFormat;
  readonly target: ImportTarget;
  readonly optional: boolean;
  readonly disabled: boolean;
  readonly onImported: ((record: ImportRecordWire) => void) | undefined;
}

function Progress({ label, value, testId }: { readonly label: string; readonly value: number; readonly testId: string }) {
  return (
    <div className="mi-progress">
      <progress max={1} value={value} aria-label={label} data-testid={testId} />
      <span className="lc-muted">{label}</span>
    </div>
  );
}

export function FileImport({ format, target, optional, disabled, onImported }: FileImportProps) {
  const { t, language } = useShell();
  const inputId = useId();
  const { state, pick, upload } = useFileImport(format, target, onImported);
  const n = (value: number) => formatNumber(language, value);
  const busy = state.step === 'parsing' || state.step === 'uploading';
  return (
    <section className="mi-file" data-testid={`mi-${format}`} data-step={state.step} aria-labelledby={`${inputId}-title`}>
      <header className="mi-file-head">
        <h4 id={`${inputId}-title`} className="mi-file-title">{t(`metricsImport.formats.${format}`)}</h4>
        {optional ? <Lozenge>{t('metricsImport.optional')}</Lozenge> : null}
        {state.step === 'imported' ? <Lozenge appearance="success" data-testid={`mi-${format}-imported`}>{t('metricsImport.imported')}</Lozenge> : null}
      </header>
      <p className="lc-muted mi-columns">{t('metricsImport.columns')}: <code>{FORMAT_COLUMNS[format].join(', ')}</code></p>
      <div className="mi-pick">
        <label htmlFor={inputId} className="lc-button mi-pick-button" aria-disabled={disabled || busy}>{t('metricsImport.choose')}</label>
        <input
          id={inputId}
          className="mi-file-input"
          type="file"
          accept=".csv,text/csv"
          disabled={disabled || busy}
          data-testid={`mi-${format}-file`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file !== undefined) pick(file);
          }}
        />
        <span className="lc-muted">{'fileName' in state ? state.fileName : 'file' in state ? state.file.fileName : t('metricsImport.noFile')}</span>
      </div>
      {state.step === 'parsing' ? (
        <Progress value={state.fraction} testId={`mi-${format}-parse-progress`} label={t('metricsImport.parsing', { rows: n(state.rows), percent: n(Math.round(state.fraction * 100)) })} />
      ) : null}
      {state.step === 'unreadable' ? <Unreadable state={state} /> : null}
      {'file' in state ? <Report state={state} format={format} /> : null}
      {state.step === 'uploading' ? (
        <Progress value={state.total === 0 ? 0 : state.sent / state.total} testId={`mi-${format}-upload-progress`} label={t('metricsImport.uploading', { sent: n(state.sent), total: n(state.total) })} />
      ) : null}
      {state.step === 'parsed' || state.step === 'refused' ? (
        <div className="mi-actions">
          <button type="button" className="lc-button mi-primary" disabled={disabled} data-testid={`mi-${format}-upload`} onClick={() => { void upload(); }}>
            {t('metricsImport.importRows', { accepted: n(state.file.counts.accepted) })}
          </button>
          <span className="lc-muted">{t('metricsImport.atomic')}</span>
        </div>
      ) : null}
      {state.step === 'refused' ? <ErrorMessage error={state.error} /> : null}
      {state.step === 'imported' ? (
        <p role="status" className="mi-done" data-testid={`mi-${format}-done`}>
          {t('metricsImport.done', { added: n(state.record.added), replaced: n(state.record.replaced) })}
          {state.sameFileAs === null ? '' : ` ${t('metricsImport.sameFile', { at: state.sameFileAs.importedAt.slice(0, 10) })}`}
        </p>
      ) : null}
    </section>
  );
}

function Unreadable({ state }: { readonly state: Extract<FileImportState, { step: 'unreadable' }> }) {
  const { t } = useShell();
  const outcome = state.outcome;
  let text: string;
  if (outcome === undefined) text = t('metricsImport.unreadable', { message: state.message ?? '' });
  else if (outcome.problem === 'empty-file') text = t('metricsImport.emptyFile');
  else {
    const missing = outcome.header?.missing ?? [];
    const duplicated = outcome.header?.duplicated ?? [];
    text = [
      missing.length > 0 ? t('metricsImport.missingColumns', { columns: missing.join(', ') }) : '',
      duplicated.length > 0 ? t('metricsImport.duplicatedColumns', { columns: duplicated.join(', ') }) : '',
    ].filter((s) => s !== '').join(' ');
  }
  return <p role="alert" className="lc-error" data-testid="mi-unreadable">{text}</p>;
}

function Report({ state, format }: { readonly state: Extract<FileImportState, { file: unknown }>; readonly format: MetricFormat }) {
  const { t, language } = useShell();
  const { counts, fileName } = state.file;
  const n = (value: number) => formatNumber(language, value);
  return (
    <div className="mi-report" data-testid={`mi-${format}-report`}>
      <dl className="mi-counts">
        <dt>{t('metricsImport.report.rows')}</dt><dd data-testid={`mi-${format}-rows`}>{n(counts.rows)}</dd>
        <dt>{t('metricsImport.report.accepted')}</dt><dd data-testid={`mi-${format}-accepted`}>{n(counts.accepted)}</dd>
        <dt>{t('metricsImport.report.rejected')}</dt><dd data-testid={`mi-${format}-rejected`}>{n(counts.rejected.length)}</dd>
      </dl>
      {state.extraColumns.length === 0 ? null : <p className="lc-muted">{t('metricsImport.extraColumns', { columns: state.extraColumns.join(', ') })}</p>}
      {counts.rejected.length === 0 ? null : <RejectedRows rows={counts.rejected} fileName={fileName} testId={`mi-${format}-rejects`} />}
    </div>
  );
}
