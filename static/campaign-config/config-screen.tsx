// The campaign ROI macro's config screen: the campaign's project, then pick or create the campaign record (the
// same record as the gate's calendar), import its metric files, and save the choice with the macro.
import { view } from '@forge/bridge';
import { useState } from 'react';
import type { AppError } from '../../src/contract';
import { CAMPAIGN_TYPES, type CampaignType } from '../../src/domain/campaign/campaign-record';
import { MetricsImport } from '../metrics-import/metrics-import';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { DateInput, TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { useCall } from '../ui/use-call';
import { macroConfigOf, type MacroConfig } from './macro-config';
import { blankForm, campaignDays, readModelForm, type FormReading, type ModelForm } from './model-form';
import { ModelInputs } from './model-inputs';

const NEW = '';

export function ConfigScreen() {
  const { context, t } = useShell();
  const saved = macroConfigOf(context.extension);
  const [projectDraft, setProjectDraft] = useState(saved?.projectKey ?? '');
  const [projectKey, setProjectKey] = useState(saved?.projectKey);
  return (
    <main className="cc-screen">
      <h2 className="cc-title">{t('campaignConfig.title')}</h2>
      <form className="cc-row" onSubmit={(event) => { event.preventDefault(); setProjectKey(projectDraft.trim().toUpperCase()); }}>
        <label htmlFor="cc-project">{t('campaignConfig.project')}</label>
        <TextInput id="cc-project" data-testid="cc-project" value={projectDraft} placeholder="PERP" onChange={(event) => { setProjectDraft(event.target.value); }} />
        <button type="submit" className="lc-button" data-testid="cc-project-load">{t('campaignConfig.loadCampaigns')}</button>
      </form>
      {projectKey === undefined || projectKey === '' ? null : <CampaignPicker key={projectKey} projectKey={projectKey} saved={saved?.projectKey === projectKey ? saved : undefined} />}
    </main>
  );
}

function CampaignPicker({ projectKey, saved }: { readonly projectKey: string; readonly saved: MacroConfig | undefined }) {
  const { t } = useShell();
  const { state, reload } = useCall('campaign/list', { projectKey });
  const [chosen, setChosen] = useState(saved?.campaignId ?? NEW);
  const [form, setForm] = useState<ModelForm | undefined>(saved?.form === undefined ? undefined : { ...blankForm(1), ...saved.form });
  const [errors, setErrors] = useState<Extract<FormReading, { ok: false }>['errors']>({});
  const [name, setName] = useState('');
  const [type, setType] = useState<CampaignType>('trading-competition');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [error, setError] = useState<AppError | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('campaignConfig.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { campaigns, canEdit } = state.data;
  const campaign = campaigns.find((c) => c.id === chosen);
  const create = async () => {
    setError(undefined);
    const answer = await call('campaign/save', { projectKey, name, type, start, end, releaseIds: [], expectedVersion: 0 });
    if (!answer.ok) { setError(answer.error); return; }
    setChosen(answer.data.id);
    reload();
  };
  return (
    <>
      <section className="cc-section" aria-labelledby="cc-campaign-title">
        <h3 id="cc-campaign-title">{t('campaignConfig.campaign')}</h3>
        <Select
          data-testid="cc-campaign"
          aria-label={t('campaignConfig.campaign')}
          value={campaign === undefined ? NEW : campaign.id}
          options={[{ value: NEW, label: t('campaignConfig.newCampaign') }, ...campaigns.map((c) => ({ value: c.id, label: `${c.name} (${c.start} – ${c.end})` }))]}
          onChange={setChosen}
        />
        {campaign !== undefined ? null : (
          <form className="cc-new" onSubmit={(event) => { event.preventDefault(); void create(); }}>
            <label>{t('campaignConfig.name')}<TextInput data-testid="cc-name" value={name} onChange={(e) => { setName(e.target.value); }} /></label>
            <label>{t('campaignConfig.type')}<Select data-testid="cc-type" value={type} options={CAMPAIGN_TYPES.map((v) => ({ value: v, label: t(`campaignConfig.types.${v}`) }))} onChange={setType} /></label>
            <label>{t('campaignConfig.start')}<DateInput data-testid="cc-start" value={start} onChange={(e) => { setStart(e.target.value); }} /></label>
            <label>{t('campaignConfig.end')}<DateInput data-testid="cc-end" value={end} onChange={(e) => { setEnd(e.target.value); }} /></label>
            <button type="submit" className="lc-button" data-testid="cc-create" disabled={!canEdit}>{t('campaignConfig.create')}</button>
          </form>
        )}
        {error === undefined ? null : <ErrorMessage error={error} />}
      </section>
      {campaign === undefined ? null : (
        <>
          <section className="cc-section" aria-labelledby="cc-imports-title">
            <h3 id="cc-imports-title">{t('campaignConfig.imports')}</h3>
            <MetricsImport target={{ projectKey, campaignId: campaign.id }} formats={['daily-metrics', 'funnel', 'participants', 'trades']} optional={['trades']} canImport={canEdit} />
          </section>
          <section className="cc-section" aria-labelledby="cc-model-title">
            <h3 id="cc-model-title">{t('campaignConfig.modelTitle')}</h3>
            <p className="lc-muted">{t('campaignConfig.modelHint')}</p>
            <ModelInputs
              form={form ?? blankForm(campaignDays(campaign.start, campaign.end), campaign.start)}
              errors={errors}
              onChange={(field, value) => { setForm({ ...(form ?? blankForm(campaignDays(campaign.start, campaign.end), campaign.start)), [field]: value }); }}
            />
          </section>
          <BaselinePrefill
            projectKey={projectKey}
            campaignId={campaign.id}
            form={form ?? blankForm(campaignDays(campaign.start, campaign.end), campaign.start)}
            onFill={(value) => { setForm({ ...(form ?? blankForm(campaignDays(campaign.start, campaign.end), campaign.start)), baselineDailyVolume: value }); }}
          />
          <div className="cc-row">
            <button
              type="button"
              className="lc-button"
              data-testid="cc-save"
              onClick={() => {
                const typed = form ?? blankForm(campaignDays(campaign.start, campaign.end), campaign.start);
                const reading = readModelForm(typed);
                if (!reading.ok) { setErrors(reading.errors); return; }
                setErrors({});
                void view.submit({ config: { projectKey, campaignId: campaign.id, form: typed, model: reading.model, audit: reading.audit } });
              }}
            >
              {t('campaignConfig.save')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

type PrefillState = 'idle' | 'busy' | 'needs-inputs' | 'none' | 'done';

/**
 * Fills the baseline daily volume from the imported daily metrics (their mean over the baseline window, as
 * `campaign/roi` computes it); the analyst can still edit it. The other inputs must read first, as the call takes them.
 */
function BaselinePrefill({ projectKey, campaignId, form, onFill }: {
  readonly projectKey: string; readonly campaignId: string; readonly form: ModelForm; readonly onFill: (value: string) => void;
}) {
  const { t } = useShell();
  const [state, setState] = useState<PrefillState>('idle');
  const [error, setError] = useState<AppError | undefined>(undefined);
  const prefill = async () => {
    setError(undefined);
    const reading = readModelForm({ ...form, baselineDailyVolume: form.baselineDailyVolume.trim() === '' ? '0' : form.baselineDailyVolume });
    if (!reading.ok) { setState('needs-inputs'); return; }
    setState('busy');
    const answer = await call('campaign/roi', { projectKey, campaignId, model: reading.model, audit: reading.audit });
    if (!answer.ok) { setError(answer.error); setState('idle'); return; }
    const suggested = answer.data.suggestedBaselineDailyVolume;
    if (suggested === null) { setState('none'); return; }
    onFill(String(Math.round(suggested)));
    setState('done');
  };
  const note = state === 'needs-inputs' ? t('campaignConfig.prefillNeedsInputs') : state === 'none' ? t('campaignConfig.prefillNone') : state === 'done' ? t('campaignConfig.prefillDone') : undefined;
  return (
    <div className="cc-row">
      <button type="button" className="lc-button" data-testid="cc-prefill-baseline" disabled={state === 'busy'} onClick={() => { void prefill(); }}>{t('campaignConfig.prefillBaseline')}</button>
      {note === undefined ? null : <span className="lc-muted" role="status" data-testid="cc-prefill-note" data-state={state}>{note}</span>}
      {error === undefined ? null : <ErrorMessage error={error} />}
    </div>
  );
}
