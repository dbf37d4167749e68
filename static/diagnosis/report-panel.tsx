// The daily report tab: the day's drafted report (the KPI tiles, the waterfall, one item per anomaly with its
// drivers, cause and comment, yesterday's open items carried over), causes edited in place, and "publish to
// Confluence" as one page per day in the language picked, into the project's space or the one typed.
import { useState } from 'react';
import type { AppError, ReportItem } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { DateInput, TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { Banner } from '../ui/status/banner';
import { Lozenge } from '../ui/status/lozenge';
import { useCall } from '../ui/use-call';
import { anomalyTitle, CandidateList, DriverBars } from './anomalies-panel';
import { CauseDialog, type CauseTarget } from './cause-dialog';
import { formatChange, formatDay, formatValue } from './format';
import { kpiKind } from './health-view';
import { metricKind } from './anomaly-view';
import { CallFailure } from './not-available';
import { orderedItems, readSpaceKey, reportSummary, type Report } from './report-view';

export function ReportPanel({ projectKey }: { readonly projectKey: string }) {
  const { t } = useShell();
  const latest = useCall('diagnosis/health', { projectKey, days: 7 });
  const [date, setDate] = useState<string | undefined>(undefined);
  if (latest.state.status === 'loading') return <p className="lc-muted" role="status">{t('common.loading')}</p>;
  if (latest.state.status === 'failed') return <CallFailure error={latest.state.error} onRetry={latest.reload} testId="dg-report" />;
  const day = date ?? latest.state.data.latestDate;
  if (day === null) return <p className="lc-muted">{t('diagnosis.health.emptyDetail')}</p>;
  return (
    <div className="dg-stack" data-testid="dg-report">
      <label className="dg-row"><span>{t('diagnosis.report.day')}</span>
        <DateInput data-testid="dg-report-date" value={day} onChange={(e) => { if (e.target.value !== '') setDate(e.target.value); }} /></label>
      <ReportDay key={day} projectKey={projectKey} date={day} />
    </div>
  );
}

function ReportDay({ projectKey, date }: { readonly projectKey: string; readonly date: string }) {
  const { t, language } = useShell();
  const { state, reload } = useCall('diagnosis/report', { projectKey, date });
  const [target, setTarget] = useState<CauseTarget | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('common.loading')}</p>;
  if (state.status === 'failed') return <CallFailure error={state.error} onRetry={reload} testId="dg-report" />;
  const report = state.data;
  return (
    <>
      <ReportPreview report={report} onEdit={(item) => {
        setTarget({ itemId: item.id, date: report.date, title: anomalyTitle(t, language, { metric: item.metric, symbol: item.symbol, date: item.since }), candidates: item.candidates, cause: item.cause, comment: item.comment, state: item.state, revision: report.revision });
      }} />
      <Publish projectKey={projectKey} report={report} onPublished={reload} />
      {target === undefined ? null : <CauseDialog projectKey={projectKey} target={target} onClose={() => { setTarget(undefined); }} onSaved={() => { setTarget(undefined); reload(); }} />}
    </>
  );
}

function ReportPreview({ report, onEdit }: { readonly report: Report; readonly onEdit: (item: ReportItem) => void }) {
  const { t, language } = useShell();
  const summary = reportSummary(report.items);
  return (
    <article className="dg-section dg-stack" data-testid="dg-report-preview">
      <h3 data-testid="dg-report-title">{report.title}</h3>
      <p className="lc-muted" data-testid="dg-report-summary">{t('diagnosis.report.summary', { open: summary.open, closed: summary.closed, carried: summary.carried, unexplained: summary.unexplained })}</p>
      <table className="lc-table">
        <tbody>
          {report.tiles.map((tile) => (
            <tr key={tile.kpi}><th scope="row">{t(`diagnosis.kpi.${tile.kpi}`)}</th>
              <td className="lc-table-numeric">{tile.value === null ? t('diagnosis.health.noData') : formatValue(language, kpiKind(tile.kpi), tile.value)}</td>
              <td className="lc-table-numeric">{tile.dod.relative === null ? '' : `${t('diagnosis.health.dod')} ${formatChange(language, tile.dod.relative)}`}</td></tr>
          ))}
        </tbody>
      </table>
      {report.gaps.length === 0 ? null : <p className="dg-note">{t('diagnosis.report.gaps', { gaps: report.gaps.map((g) => `${g.symbol} ${g.date}`).join(', ') })}</p>}
      {report.items.length === 0 ? <p className="lc-muted">{t('diagnosis.report.noItems')}</p> : (
        <ul className="dg-list">
          {orderedItems(report.items).map((item) => (
            <li key={item.id} className="dg-card" data-testid="dg-report-item" data-id={item.id} data-carried={item.carried}>
              <div className="dg-row">
                <h4>{anomalyTitle(t, language, { metric: item.metric, symbol: item.symbol, date: item.since })}</h4>
                {item.carried ? <Lozenge appearance="new">{t('diagnosis.report.carried', { date: formatDay(language, item.since) })}</Lozenge> : null}
                <Lozenge appearance={item.state === 'open' ? 'warning' : 'success'}>{t(`diagnosis.cause.${item.state}`)}</Lozenge>
              </div>
              <p data-testid="dg-report-versus">{t('diagnosis.anomalies.versus', {
                value: formatValue(language, metricKind(item.metric), item.value), expected: formatValue(language, metricKind(item.metric), item.expected),
                change: item.change === null ? t('diagnosis.health.noChange') : formatChange(language, item.change),
              })}</p>
              <DriverBars item={item} />
              {item.candidates.length === 0 ? null : <CandidateList candidates={item.candidates} testId="dg-report-candidates" />}
              <p data-testid="dg-report-cause">{t(`diagnosis.causes.${item.cause}`)}{item.comment === '' ? '' : `: ${item.comment}`}</p>
              {report.canEdit ? <div className="dg-row"><button type="button" className="lc-button" data-testid="dg-report-edit" onClick={() => { onEdit(item); }}>{t('diagnosis.anomalies.setCause')}</button></div> : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function Publish({ projectKey, report, onPublished }: { readonly projectKey: string; readonly report: Report; readonly onPublished: () => void }) {
  const { t, language } = useShell();
  const [space, setSpace] = useState('');
  const [pageLanguage, setPageLanguage] = useState(language);
  const [error, setError] = useState<AppError | undefined>(undefined);
  const [invalid, setInvalid] = useState<'invalid' | 'needed' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const settings = useCall('diagnosis/settings', { projectKey });
  const savedSpace = settings.state.status === 'done' ? settings.state.data.settings.spaceKey : null;
  // With nothing typed the page goes where it went before, else to the project's space; with neither, a space is needed.
  const spaceNeeded = report.published === null && savedSpace === null && settings.state.status === 'done';
  const publish = async () => {
    const key = space.trim() === '' ? undefined : readSpaceKey(space);
    const problem = space.trim() !== '' && key === undefined ? 'invalid' : key === undefined && spaceNeeded ? 'needed' : undefined;
    setInvalid(problem);
    if (problem !== undefined) return;
    setBusy(true);
    setError(undefined);
    const answer = await call('diagnosis/publishReport', { projectKey, date: report.date, locale: pageLanguage, expectedRevision: report.revision, ...(key === undefined ? {} : { spaceKey: key }) });
    setBusy(false);
    if (!answer.ok) { setError(answer.error); return; }
    onPublished();
  };
  return (
    <section className="dg-section dg-stack" data-testid="dg-publish">
      <h3>{t('diagnosis.report.publishTitle')}</h3>
      {report.published === null ? <p className="lc-muted">{t('diagnosis.report.notPublished')}</p> : (
        <Banner appearance="success" data-testid="dg-published" data-version={report.published.version} title={t('diagnosis.report.published', { version: report.published.version })}>
          <a href={report.published.url} target="_blank" rel="noreferrer">{report.published.title}</a>
        </Banner>
      )}
      {report.canEdit ? (
        <form className="dg-row" onSubmit={(e) => { e.preventDefault(); void publish(); }}>
          <label className="dg-row"><span>{t('diagnosis.report.space')}</span>
            <TextInput data-testid="dg-publish-space" value={space} placeholder={savedSpace ?? t('diagnosis.report.spaceDefault')} aria-invalid={invalid !== undefined} onChange={(e) => { setSpace(e.target.value); }} /></label>
          <Select aria-label={t('diagnosis.report.language')} value={pageLanguage} onChange={setPageLanguage}
            options={(['en-US', 'zh-CN'] as const).map((l) => ({ value: l, label: t(`diagnosis.report.languages.${l}`) }))} />
          <button type="submit" className="lc-button dg-primary" data-testid="dg-publish-button" disabled={busy}>{t('diagnosis.report.publish')}</button>
          {invalid === undefined ? null : <span className="lc-error" role="alert" data-testid="dg-publish-space-error" data-problem={invalid}>{t(invalid === 'invalid' ? 'diagnosis.report.spaceInvalid' : 'diagnosis.report.spaceNeeded')}</span>}
        </form>
      ) : <p className="lc-muted">{t('diagnosis.report.readOnly')}</p>}
      {error === undefined ? null : <CallFailure error={error} onRetry={() => { void publish(); }} testId="dg-publish" />}
    </section>
  );
}
