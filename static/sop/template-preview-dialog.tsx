// Previews a template in either language: its sections, its steps with their RACI and minutes, and the quiz's
// questions (the right answers never reach the page).
import { useState } from 'react';
import type { TemplatePreview } from '../../src/contract';
import { ROLE_NAMES, SOP_LOCALES, type SopLocale } from '../../src/domain/sop/roles';
import type { TemplateId } from '../../src/domain/sop/template';
import { useShell } from '../ui/app-shell';
import { Dialog } from '../ui/dialog/dialog';
import { ErrorMessage } from '../ui/error-message';
import { Select } from '../ui/form/select';
import { useCall } from '../ui/use-call';

export function TemplatePreviewDialog({ templateId, initialLocale, onClose }: { readonly templateId: TemplateId; readonly initialLocale: SopLocale; readonly onClose: () => void }) {
  const { t } = useShell();
  const [locale, setLocale] = useState<SopLocale>(initialLocale);
  const { state, reload } = useCall('sop/templatePreview', { templateId, locale });
  const title = state.status === 'done' ? state.data.title : '…';
  return (
    <Dialog title={title} onClose={onClose} testId="sop-preview" footer={<button type="button" className="lc-button" onClick={onClose}>{t('sop.preview.close')}</button>}>
      <label className="sop-row">
        {t('sop.preview.language')}
        <Select data-testid="sop-preview-language" options={SOP_LOCALES.map((l) => ({ value: l, label: t(`sop.languages.${l}`) }))} value={locale} onChange={setLocale} />
      </label>
      {state.status === 'loading' ? <p className="lc-muted">{t('sop.loading')}</p> : null}
      {state.status === 'failed' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'done' ? <PreviewBody preview={state.data} locale={locale} /> : null}
    </Dialog>
  );
}

function PreviewBody({ preview, locale }: { readonly preview: TemplatePreview; readonly locale: SopLocale }) {
  const { t } = useShell();
  const roles = ROLE_NAMES[locale];
  const list = (ids: readonly (keyof typeof roles)[]) => (ids.length === 0 ? t('sop.preview.none') : ids.map((r) => roles[r]).join(', '));
  return (
    <div className="sop-stack" data-testid="sop-preview-body" lang={locale}>
      <p>{preview.summary}</p>
      {preview.sections.map((s) => (
        <section key={s.id}>
          <h3>{s.heading}</h3>
          {s.body === '' ? null : <p>{s.body}</p>}
          {s.items.length === 0 ? null : <ul>{s.items.map((i) => <li key={i}>{i}</li>)}</ul>}
        </section>
      ))}
      <h3>{t('sop.preview.steps')}</h3>
      <ol className="sop-steps">
        {preview.stepDetails.map((s) => (
          <li key={s.id} className="sop-step">
            <h4>{s.title} · {t('sop.preview.minutes', { n: s.expectedMinutes })}</h4>
            <span>{s.detail}</span>
            <span className="lc-muted">{t('sop.preview.raci', { r: roles[s.raci.responsible], a: roles[s.raci.accountable], c: list(s.raci.consulted), i: list(s.raci.informed) })}</span>
            <ul>{s.checklist.map((c) => <li key={c}>{c}</li>)}</ul>
          </li>
        ))}
      </ol>
      {preview.assessment === undefined ? null : (
        <section>
          <h3>{t('sop.preview.assessment', { percent: preview.assessment.passPercent, attempts: preview.assessment.attemptsAllowed })}</h3>
          <ol>{preview.assessment.questions.map((q) => <li key={q.id}>{q.prompt}<ul>{q.options.map((o) => <li key={o.id}>{o.text}</li>)}</ul></li>)}</ol>
        </section>
      )}
    </div>
  );
}
