// The release schedule screen (project page route /versions/<id>/schedule): one CPM across every epic of the
// release, from schedule/forRelease. A header with the way back to the gate, the release date, how old the kept
// schedule is and why it is not current, and Refresh; progress while a large release is scheduled in the
// background; then the same workspace as the epic panel, grouped by epic.
import { useCallback, useMemo } from 'react';
import type { AppError } from '../../../src/contract';
import { useShell } from '../../ui/app-shell';
import { ErrorMessage } from '../../ui/error-message';
import { formatNumber } from '../../ui/i18n';
import { formatAge } from '../../ui/relative-age';
import { Banner } from '../../ui/status/banner';
import { useNow } from '../../ui/use-now';
import { ScheduleWorkspace, type EpicGrouping } from '../../schedule/schedule-workspace';
import type { GateRoute } from '../routes';
import { progressShare, type ComputingSchedule, type ReadySchedule } from './screen-state';
import { partOf } from './release-part';
import { useReleaseSchedule } from './use-release-schedule';
import '../../schedule/schedule.css';
import './release-schedule.css';

export interface ReleaseScheduleScreenProps {
  readonly versionId: string;
  readonly go: (route: GateRoute) => void;
}

export function ReleaseScheduleScreen({ versionId, go }: ReleaseScheduleScreenProps) {
  const { t } = useShell();
  const { state, reload, refresh } = useReleaseSchedule(versionId);
  const back = (
    <button type="button" className="dp-link-button rs-back" data-testid="back-to-gate" onClick={() => { go({ screen: 'gate', versionId }); }}>
      <span aria-hidden="true">← </span>{t('releaseSchedule.backToGate')}
    </button>
  );
  switch (state.kind) {
    case 'loading':
      return (
        <div className="dp-panel rs-screen">
          {back}
          <div className="dp-loading" role="status" aria-live="polite" data-testid="release-loading">
            <span className="dp-spinner" aria-hidden="true" />
            {t('releaseSchedule.loading')}
          </div>
        </div>
      );
    case 'failed':
      return (
        <div className="dp-panel rs-screen">
          {back}
          <ReleaseError error={state.error} onRetry={reload} />
        </div>
      );
    case 'computing':
      return (
        <div className="dp-panel rs-screen">
          {back}
          <Computing answer={state.answer} />
          {state.error === null ? null : <ReleaseError error={state.error} />}
        </div>
      );
    case 'ready':
      return (
        <div className="dp-panel rs-screen">
          {back}
          <ReadyHeader answer={state.answer} refreshing={state.refreshing} onRefresh={refresh} />
          {state.error === null ? null : (
            <div data-testid="refresh-failed">
              <p className="dp-muted">{t('releaseSchedule.refreshFailed')}</p>
              <ReleaseError error={state.error} />
            </div>
          )}
          {/* A new computation starts a fresh what-if session. */}
          <ReadyWorkspace key={state.answer.computedAt} answer={state.answer} onReload={reload} />
        </div>
      );
  }
}

/** An error in the user's language, and which part of the release could not be read when the answer names one. */
function ReleaseError({ error, onRetry }: { readonly error: AppError; readonly onRetry?: () => void }) {
  const { t } = useShell();
  const failed = partOf(error.details?.['failed']);
  return (
    <div className="rs-error">
      <ErrorMessage error={error} {...(onRetry === undefined ? {} : { onRetry })} />
      {failed === undefined ? null : <p className="dp-muted dp-small" data-testid="failed-part">{t('releaseSchedule.failedPart', { part: t(`releaseSchedule.parts.${failed}`) })}</p>}
    </div>
  );
}

function Computing({ answer }: { readonly answer: ComputingSchedule }) {
  const { t, language } = useShell();
  const now = useNow(5_000);
  const share = progressShare(answer.progress);
  const total = answer.progress.total;
  return (
    <section className="rs-computing" role="status" aria-live="polite" data-testid="release-computing">
      <h2 className="rs-title">
        <span className="dp-spinner" aria-hidden="true" /> {t('releaseSchedule.computing.title', { name: answer.release.name })}
      </h2>
      {share === undefined || total === null ? (
        <p className="dp-muted">{t('releaseSchedule.computing.counting')}</p>
      ) : (
        <>
          <progress className="rs-progress" max={1} value={share} aria-label={t('releaseSchedule.computing.label')} data-testid="release-progress" />
          <p className="dp-muted">{t('releaseSchedule.computing.progress', { done: formatNumber(language, answer.progress.done), total: formatNumber(language, total) })}</p>
        </>
      )}
      <p className="dp-muted dp-small">{t('releaseSchedule.computing.started', { age: formatAge(language, answer.startedAt, now, t('releaseSchedule.justNow')) })}</p>
    </section>
  );
}

function ReadyHeader({ answer, refreshing, onRefresh }: { readonly answer: ReadySchedule; readonly refreshing: boolean; readonly onRefresh: () => void }) {
  const { t, language } = useShell();
  const now = useNow();
  const ago = (instant: string) => formatAge(language, instant, now, t('releaseSchedule.justNow'));
  const issues = answer.plan.tasks.filter((task) => !task.external).length;
  const { release, stale } = answer;
  return (
    <>
      <header className="rs-head">
        <div className="rs-head-text">
          <h1 className="rs-title" data-testid="release-title">{t('releaseSchedule.title', { name: release.name })}</h1>
          <p className="dp-muted dp-small">
            <span data-testid="release-date">{release.releaseDate === null ? t('releaseSchedule.noReleaseDate') : t('releaseSchedule.releaseDate', { date: release.releaseDate })}</span>
            {' · '}
            <span data-testid="release-scope">{t('releaseSchedule.scope', { issues: formatNumber(language, issues), epics: formatNumber(language, answer.epics.length) })}</span>
            {' · '}
            <span data-testid="computed-at" data-computed-at={answer.computedAt} title={answer.computedAt}>{t('releaseSchedule.computed', { age: ago(answer.computedAt) })}</span>
          </p>
        </div>
        <button
          type="button"
          className="lc-button"
          data-testid="refresh-release"
          title={t('releaseSchedule.refreshHint')}
          disabled={refreshing}
          aria-busy={refreshing}
          onClick={onRefresh}
        >
          {refreshing ? <><span className="dp-spinner" aria-hidden="true" /> {t('releaseSchedule.refreshing')}</> : <><span aria-hidden="true">↻</span> {t('releaseSchedule.refresh')}</>}
        </button>
      </header>
      {stale === null ? null : (
        <Banner
          appearance="warning"
          title={t('releaseSchedule.stale.title')}
          detail={stale.reason === 'changed'
            ? t('releaseSchedule.stale.changed', { age: ago(stale.since) })
            : t('releaseSchedule.stale.refreshFailed', { age: ago(stale.since), part: t(`releaseSchedule.parts.${stale.failed ?? 'release-issues'}`) })}
          data-testid="stale"
          data-stale-reason={stale.reason}
        />
      )}
    </>
  );
}

function ReadyWorkspace({ answer, onReload }: { readonly answer: ReadySchedule; readonly onReload: () => void }) {
  const grouping = useMemo((): EpicGrouping => ({
    epicOf: new Map(answer.plan.tasks.flatMap((task) => (task.epicKey === null ? [] : [[task.id, task.epicKey] as const]))),
    summaries: new Map(answer.epics.map((epic) => [epic.key, epic.summary])),
  }), [answer.plan.tasks, answer.epics]);
  // A kept link override belongs to an epic's work: the selected issue's epic, when it is in the release.
  const overrideEpic = useCallback((taskId: string) => {
    const task = answer.plan.tasks.find((candidate) => candidate.id === taskId);
    return task === undefined || task.external || task.epicKey === null ? undefined : task.epicKey;
  }, [answer.plan.tasks]);
  return (
    <ScheduleWorkspace
      plan={answer.plan}
      schedule={answer.schedule}
      bottlenecks={answer.bottlenecks}
      today={answer.today}
      deadline={answer.deadline}
      canEdit={answer.canEdit}
      overrideEpic={overrideEpic}
      exportName={answer.release.name}
      grouping={grouping}
      onReload={onReload}
    />
  );
}
