// The runbook / drill macro: the SOP's steps with their owning roles; "start" turns them into a live checklist
// with a timer, who did each step and when, notes, and a result (passed, or failed at a step); past runs below.
// Other people's steps appear as they complete them (the run is refreshed every few seconds).
import { useEffect, useState } from 'react';
import type { AppError, OutputOf, RunView } from '../../src/contract';
import { ROLE_NAMES, sopLocaleOf } from '../../src/domain/sop/roles';
import { useShell } from '../ui/app-shell';
import { call } from '../ui/call';
import { ErrorMessage } from '../ui/error-message';
import { TextInput } from '../ui/form/inputs';
import { Select } from '../ui/form/select';
import { Banner } from '../ui/status/banner';
import { Lozenge } from '../ui/status/lozenge';
import { DataTable, type DataTableColumn } from '../ui/table/data-table';
import { useRefreshingCall } from './use-refreshing-call';

type Runbook = OutputOf<'sop/runbook'>;

function elapsedText(fromIso: string, nowMs: number): string {
  const seconds = Math.max(0, Math.floor((nowMs - Date.parse(fromIso)) / 1000));
  const hh = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return hh > 0 ? `${String(hh)}:${mm}:${ss}` : `${mm}:${ss}`;
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => { setNow(Date.now()); }, 1000);
    return () => { clearInterval(timer); };
  }, [active]);
  return now;
}

export function RunbookScreen({ pageId }: { readonly pageId: string }) {
  const { t } = useShell();
  const { state, refresh } = useRefreshingCall('sop/runbook', { pageId }, 5000);
  const [error, setError] = useState<AppError | undefined>(undefined);
  if (state.status === 'loading') return <p className="lc-muted" role="status">{t('sop.loading')}</p>;
  if (state.status === 'failed') return <ErrorMessage error={state.error} onRetry={() => { void refresh(); }} />;
  const book = state.data;
  const active = book.runs.find((r) => r.finish === undefined);
  const start = async () => {
    setError(undefined);
    const answer = await call('sop/startRun', { pageId });
    if (!answer.ok) setError(answer.error);
    await refresh();
  };
  return (
    <section className="sop-stack" data-testid="sop-runbook">
      <EvidenceBanner book={book} />
      <p className="lc-muted">{t('sop.runbook.expected', { minutes: book.expectedMinutes })}</p>
      {active === undefined
        ? <div className="sop-row"><button type="button" className="lc-button sop-primary" data-testid="sop-start-run" onClick={() => { void start(); }}>{t(book.drill ? 'sop.runbook.startDrill' : 'sop.runbook.startRun')}</button></div>
        : <LiveRun pageId={pageId} run={active} people={book.people} onChanged={refresh} onError={setError} />}
      {error === undefined ? null : <ErrorMessage error={error} />}
      <PastRuns book={book} />
    </section>
  );
}

function EvidenceBanner({ book }: { readonly book: Runbook }) {
  const { t } = useShell();
  const drill = book.evidence?.drill;
  if (drill === undefined) return <Banner appearance="info" title={t('sop.runbook.noEvidence')} data-testid="sop-evidence" />;
  return (
    <Banner
      appearance={drill.result === 'passed' ? 'success' : 'danger'}
      data-testid="sop-evidence"
      title={t('sop.runbook.evidence', { result: t(drill.result === 'passed' ? 'sop.runbook.resultPassed' : 'sop.runbook.resultFailed'), date: drill.lastRunAt.slice(0, 10), minutes: drill.durationMinutes })}
    />
  );
}

interface LiveRunProps {
  readonly pageId: string;
  readonly run: RunView;
  readonly people: Runbook['people'];
  readonly onChanged: () => Promise<void>;
  readonly onError: (error: AppError | undefined) => void;
}

function LiveRun({ pageId, run, people, onChanged, onError }: LiveRunProps) {
  const { t, language } = useShell();
  const now = useNow(true);
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>({});
  const [failedStep, setFailedStep] = useState(run.steps[0]?.id ?? '');
  const roles = ROLE_NAMES[sopLocaleOf(language)];
  const names = new Map(people.map((p) => [p.accountId, p.displayName]));
  const done = new Map(run.completions.map((c) => [c.stepId, c]));
  const act = async (send: () => ReturnType<typeof call>) => {
    onError(undefined);
    const answer = await send();
    if (!answer.ok) onError(answer.error);
    await onChanged();
  };
  return (
    <div className="sop-stack" data-testid="sop-live-run">
      <div className="sop-row">
        <strong>{t('sop.runbook.liveTitle', { done: done.size, total: run.steps.length })}</strong>
        <span className="sop-timer" aria-live="off">{t('sop.runbook.elapsed', { time: elapsedText(run.startedAt, now) })}</span>
      </div>
      <ol className="sop-steps">
        {run.steps.map((step) => {
          const completion = done.get(step.id);
          return (
            <li key={step.id} className="sop-step" data-done={completion !== undefined} data-testid={`sop-step-${step.id}`}>
              <h4>{step.title}</h4>
              <span className="lc-muted">{t('sop.runbook.owner', { role: roles[step.owner] })} · {t('sop.preview.minutes', { n: step.expectedMinutes })}</span>
              {step.detail === '' ? null : <span>{step.detail}</span>}
              {completion === undefined ? (
                <div className="sop-row">
                  <TextInput
                    aria-label={t('sop.runbook.note', { step: step.title })}
                    value={notes[step.id] ?? ''}
                    maxLength={2000}
                    onChange={(event) => { setNotes({ ...notes, [step.id]: event.target.value }); }}
                  />
                  <button type="button" className="lc-button" data-testid={`sop-complete-${step.id}`}
                    onClick={() => { void act(() => call('sop/completeStep', { pageId, runId: run.runId, stepId: step.id, note: notes[step.id] ?? '' })); }}>
                    {t('sop.runbook.complete')}
                  </button>
                </div>
              ) : (
                <span data-testid={`sop-done-${step.id}`}>
                  {t('sop.runbook.doneBy', { name: names.get(completion.by) ?? completion.by, time: new Date(completion.at).toLocaleTimeString(language) })}
                  {completion.note === '' ? null : <> · <q>{completion.note}</q></>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="sop-row">
        <button type="button" className="lc-button sop-primary" data-testid="sop-finish-passed" disabled={done.size < run.steps.length}
          onClick={() => { void act(() => call('sop/finishRun', { pageId, runId: run.runId, result: 'passed' })); }}>
          {t('sop.runbook.finishPassed')}
        </button>
        <Select aria-label={t('sop.runbook.failedStep')} options={run.steps.map((s) => ({ value: s.id, label: s.title }))} value={failedStep} onChange={setFailedStep} />
        <button type="button" className="lc-button" data-testid="sop-finish-failed"
          onClick={() => { void act(() => call('sop/finishRun', { pageId, runId: run.runId, result: 'failed', failedStep })); }}>
          {t('sop.runbook.finishFailed')}
        </button>
      </div>
    </div>
  );
}

function PastRuns({ book }: { readonly book: Runbook }) {
  const { t, language } = useShell();
  const names = new Map(book.people.map((p) => [p.accountId, p.displayName]));
  const resultOf = (run: RunView) => (run.finish === undefined ? t('sop.runbook.resultRunning') : t(run.finish.result === 'passed' ? 'sop.runbook.resultPassed' : 'sop.runbook.resultFailed'));
  const columns: DataTableColumn<RunView>[] = [
    { id: 'started', header: t('sop.runbook.colStarted'), sortValue: (r) => r.startedAt, csvValue: (r) => r.startedAt, cell: (r) => new Date(r.startedAt).toLocaleString(language) },
    { id: 'by', header: t('sop.runbook.colBy'), sortValue: (r) => names.get(r.startedBy) ?? r.startedBy, csvValue: (r) => names.get(r.startedBy) ?? r.startedBy, filterText: (r) => names.get(r.startedBy) ?? r.startedBy, cell: (r) => names.get(r.startedBy) ?? r.startedBy },
    {
      id: 'result', header: t('sop.runbook.colResult'), sortValue: resultOf, csvValue: resultOf, filterText: resultOf,
      cell: (r) => <Lozenge appearance={r.finish === undefined ? 'info' : r.finish.result === 'passed' ? 'success' : 'danger'}>{resultOf(r)}{r.finish?.failedStep === undefined ? '' : ` · ${r.steps.find((s) => s.id === r.finish?.failedStep)?.title ?? ''}`}</Lozenge>,
    },
    { id: 'minutes', header: t('sop.runbook.colDuration'), numeric: true, sortValue: (r) => r.finish?.durationMinutes ?? -1, csvValue: (r) => r.finish?.durationMinutes ?? '', cell: (r) => (r.finish === undefined ? '—' : String(r.finish.durationMinutes)) },
  ];
  return (
    <section aria-label={t('sop.runbook.pastRuns')}>
      <h3>{t('sop.runbook.pastRuns')}</h3>
      {book.runs.length === 0 ? <p className="lc-muted">{t('sop.runbook.noRuns')}</p> : (
        <DataTable
          rows={book.runs} columns={columns} rowKey={(r) => r.runId} csvFileName="sop-runs.csv"
          labels={{ filter: t('sop.runbook.filter'), filterPlaceholder: t('sop.runbook.filter'), count: (shown, total) => t('sop.runbook.count', { shown, total }), noMatch: t('sop.runbook.noMatch') }}
          testIds={{ table: 'sop-runs' }}
        />
      )}
    </section>
  );
}
