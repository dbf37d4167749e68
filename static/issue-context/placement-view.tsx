// One issue's place in its release's schedule, compact for the issue view's side panel: critical or not and the
// slip impact, the dates and floats, what it waits on and what waits on it (not done, transitively, with status
// and assignee), the release forecast, how old the schedule is, and links to the release schedule and the epic's
// panel. An issue in no release shows its direct links only. Issue summaries are user content, rendered as text.
import { router } from '@forge/bridge';
import type { IssuePlacement, OutputOf } from '../../src/contract';
import { useShell } from '../ui/app-shell';
import { formatNumber, type Translate } from '../ui/i18n';
import { formatAge } from '../ui/relative-age';
import type { Appearance } from '../ui/status/appearance';
import { Lozenge } from '../ui/status/lozenge';
import { useNow } from '../ui/use-now';
import { epicPanelTarget, releaseScheduleTarget, slipImpact, type IssueTarget, type ModuleTarget } from './placement-facts';

type Answer = OutputOf<'schedule/forIssue'>;
type Scheduled = Extract<IssuePlacement, { kind: 'scheduled' }>;
type DependencyRow = Scheduled['waitsOn'][number];
type DirectLink = Extract<IssuePlacement, { kind: 'no-release' }>['directLinks'][number];
type Stale = Scheduled['stale'];

export interface PlacementViewProps {
  readonly answer: Answer;
  readonly projectKey: string | undefined;
  readonly onRefresh: () => void;
}

const STATUS_APPEARANCE: Readonly<Record<DependencyRow['statusCategory'], Appearance>> = { new: 'default', indeterminate: 'info', done: 'success' };

function go(target: ModuleTarget | IssueTarget): void {
  void router.navigate(target).catch(() => undefined);
}

export function PlacementView({ answer, projectKey, onRefresh }: PlacementViewProps) {
  const { placement, issue } = answer;
  const epicLink = issue.epicKey === null ? null : (
    <button type="button" className="ic-link" data-testid="open-epic-panel" onClick={() => { go(epicPanelTarget(issue.epicKey ?? '')); }}>
      <Words k="issueContext.openEpicPanel" />
    </button>
  );
  switch (placement.kind) {
    case 'no-release':
      return (
        <div className="ic-view" data-testid="issue-context" data-placement="no-release">
          <p className="ic-note" data-testid="no-release"><Words k="issueContext.noRelease" /></p>
          <DirectLinks links={placement.directLinks} />
          <div className="ic-links">{epicLink}</div>
        </div>
      );
    case 'not-computed':
      return (
        <div className="ic-view" data-testid="issue-context" data-placement="not-computed">
          <NotComputed placement={placement} />
          <div className="ic-links"><ReleaseLink projectKey={projectKey} versionId={placement.release.id} />{epicLink}</div>
        </div>
      );
    case 'unschedulable':
      return (
        <div className="ic-view" data-testid="issue-context" data-placement="unschedulable">
          <Unschedulable placement={placement} />
          <Age computedAt={placement.computedAt} stale={placement.stale} onRefresh={onRefresh} />
          <div className="ic-links"><ReleaseLink projectKey={projectKey} versionId={placement.release.id} />{epicLink}</div>
        </div>
      );
    case 'scheduled':
      return (
        <div className="ic-view" data-testid="issue-context" data-placement="scheduled" data-critical={placement.task.critical}>
          <Standing placement={placement} />
          <Dates task={placement.task} />
          <Dependencies title="issueContext.waitsOn" none="issueContext.waitsOnNone" rows={placement.waitsOn} hidden={placement.hidden.waitsOn} testId="waits-on" />
          <Dependencies title="issueContext.waitedOnBy" none="issueContext.waitedOnByNone" rows={placement.waitedOnBy} hidden={placement.hidden.waitedOnBy} testId="waited-on-by" />
          <Forecast forecast={placement.forecast} />
          <Age computedAt={placement.computedAt} stale={placement.stale} onRefresh={onRefresh} />
          <div className="ic-links"><ReleaseLink projectKey={projectKey} versionId={placement.release.id} />{epicLink}</div>
        </div>
      );
  }
}

type Key = Parameters<Translate>[0];

function Words({ k, params }: { readonly k: Key; readonly params?: Readonly<Record<string, string | number>> }) {
  const { t } = useShell();
  return <>{t(k, params)}</>;
}

function ReleaseLink({ projectKey, versionId }: { readonly projectKey: string | undefined; readonly versionId: string }) {
  if (projectKey === undefined) return null;
  return (
    <button type="button" className="ic-link" data-testid="open-release-schedule" onClick={() => { go(releaseScheduleTarget(projectKey, versionId)); }}>
      <Words k="issueContext.openReleaseSchedule" />
    </button>
  );
}

function Standing({ placement }: { readonly placement: Scheduled }) {
  const { t, language } = useShell();
  const impact = slipImpact(placement.releaseSlipPerDay);
  const slip = impact.kind === 'none' ? t('issueContext.slip.none')
    : impact.kind === 'one' ? t('issueContext.slip.one')
    : t('issueContext.slip.many', { n: formatNumber(language, impact.days) });
  return (
    <div className="ic-standing">
      <p className="ic-row">
        <Lozenge appearance={placement.task.critical ? 'danger' : 'success'} data-testid="critical">
          {placement.task.critical ? t('issueContext.critical') : t('issueContext.notCritical')}
        </Lozenge>
        <span className="ic-muted">{t('issueContext.inRelease', { name: placement.release.name })}</span>
      </p>
      <p className={placement.releaseSlipPerDay > 0 ? 'ic-slip ic-slip-moves' : 'ic-slip'} data-testid="slip-impact" data-slip={placement.releaseSlipPerDay}>{slip}</p>
    </div>
  );
}

function Dates({ task }: { readonly task: Scheduled['task'] }) {
  const { t, language } = useShell();
  const days = (n: number) => t('issueContext.dates.days', { n: formatNumber(language, n) });
  return (
    <dl className="ic-dates" aria-label={t('issueContext.dates.label')} data-testid="dates">
      <dt>{t('issueContext.dates.early')}</dt>
      <dd className="ic-date" data-testid="early">{t('issueContext.dates.range', { start: task.start, finish: task.finish })}</dd>
      <dt>{t('issueContext.dates.late')}</dt>
      <dd className="ic-date" data-testid="late">{t('issueContext.dates.range', { start: task.lateStart, finish: task.lateFinish })}</dd>
      <dt>{t('issueContext.dates.totalFloat')}</dt>
      <dd data-testid="total-float" className={task.totalFloat < 0 ? 'ic-negative' : undefined}>{days(task.totalFloat)}</dd>
      <dt>{t('issueContext.dates.freeFloat')}</dt>
      <dd data-testid="free-float">{days(task.freeFloat)}</dd>
    </dl>
  );
}

function IssueLine({ issueKey, summary, status, statusCategory, extra }: {
  readonly issueKey: string; readonly summary: string; readonly status: string; readonly statusCategory: DependencyRow['statusCategory']; readonly extra?: string;
}) {
  return (
    <>
      <span className="ic-issue">
        <button type="button" className="ic-link ic-key" onClick={() => { go({ target: 'issue', issueKey }); }}>{issueKey}</button>
        <span className="ic-summary" title={summary}>{summary}</span>
      </span>
      <span className="ic-meta">
        <Lozenge appearance={STATUS_APPEARANCE[statusCategory]}>{status}</Lozenge>
        {extra === undefined ? null : <span className="ic-muted">{extra}</span>}
      </span>
    </>
  );
}

/** Dependencies Jira hides from the viewer are counted, never named: "3 issues you cannot see". */
function Dependencies({ title, none, rows, hidden, testId }: { readonly title: Key; readonly none: Key; readonly rows: readonly DependencyRow[]; readonly hidden: number; readonly testId: string }) {
  const { t, language } = useShell();
  const hiddenLine = hidden === 0 ? null : (
    <p className="ic-muted" data-testid="hidden" data-hidden={hidden}>
      {hidden === 1 ? t('issueContext.hidden.one') : t('issueContext.hidden.many', { n: formatNumber(language, hidden) })}
    </p>
  );
  return (
    <section className="ic-section" data-testid={testId}>
      <h3 className="ic-heading">{t(title, { n: formatNumber(language, rows.length + hidden) })}</h3>
      {rows.length === 0 ? (hiddenLine ?? <p className="ic-muted">{t(none)}</p>) : (
        <ul className="ic-list">
          {rows.map((row) => {
            const extra = [
              row.assigneeName ?? t('issueContext.unassigned'),
              ...(row.depth > 1 ? [t('issueContext.indirect', { n: formatNumber(language, row.depth) })] : []),
              ...(row.external ? [t('issueContext.outside')] : []),
            ].join(' · ');
            return (
              <li key={row.key} className={`ic-item ic-depth-${String(Math.min(row.depth, 4))}${row.critical ? ' ic-item-critical' : ''}`} data-key={row.key} data-depth={row.depth} data-critical={row.critical}>
                <IssueLine issueKey={row.key} summary={row.summary} status={row.status} statusCategory={row.statusCategory} extra={extra} />
              </li>
            );
          })}
        </ul>
      )}
      {rows.length === 0 ? null : hiddenLine}
    </section>
  );
}

function DirectLinks({ links }: { readonly links: readonly DirectLink[] }) {
  const { t, language } = useShell();
  return (
    <section className="ic-section" data-testid="direct-links">
      <h3 className="ic-heading">{t('issueContext.directLinks', { n: formatNumber(language, links.length) })}</h3>
      {links.length === 0 ? <p className="ic-muted">{t('issueContext.noLinks')}</p> : (
        <ul className="ic-list">
          {links.map((link) => (
            <li key={link.id} className="ic-item" data-key={link.issue.key}>
              <span className="ic-muted ic-link-type">{t(link.direction === 'outward' ? 'issueContext.outward' : 'issueContext.inward', { type: link.issueLinkType })}</span>
              <IssueLine issueKey={link.issue.key} summary={link.issue.summary} status={link.issue.status} statusCategory={link.issue.statusCategory} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Forecast({ forecast }: { readonly forecast: Scheduled['forecast'] }) {
  const { t } = useShell();
  const text = forecast.kind === 'no-deadline'
    ? t('issueContext.forecast.noDeadline', { finish: forecast.finish.date })
    : t(forecast.kind === 'holds' ? 'issueContext.forecast.holds' : 'issueContext.forecast.slips', { finish: forecast.finish.date, deadline: forecast.deadline.date });
  return <p className={forecast.kind === 'slips' ? 'ic-forecast ic-negative' : 'ic-forecast'} data-testid="release-forecast" data-forecast={forecast.kind}>{text}</p>;
}

function Age({ computedAt, stale, onRefresh }: { readonly computedAt: string; readonly stale: Stale; readonly onRefresh: () => void }) {
  const { t, language } = useShell();
  const now = useNow();
  const ago = (instant: string) => formatAge(language, instant, now, t('issueContext.justNow'));
  return (
    <div className="ic-age">
      <p className="ic-muted" data-testid="computed-at" data-computed-at={computedAt} title={computedAt}>
        {t('issueContext.computed', { age: ago(computedAt) })}
        {' '}
        <button type="button" className="ic-link" data-testid="refresh" onClick={onRefresh}>{t('issueContext.refresh')}</button>
      </p>
      {stale === null ? null : (
        <p className="ic-stale" role="status" data-testid="stale" data-stale-reason={stale.reason}>
          {stale.reason === 'changed' ? t('issueContext.stale.changed', { age: ago(stale.since) }) : t('issueContext.stale.refreshFailed', { age: ago(stale.since) })}
        </p>
      )}
    </div>
  );
}

function NotComputed({ placement }: { readonly placement: Extract<IssuePlacement, { kind: 'not-computed' }> }) {
  const { t, language } = useShell();
  const { computing } = placement;
  return (
    <div className="ic-standing" data-testid="not-computed">
      <p className="ic-note">{t('issueContext.notComputed', { name: placement.release.name })}</p>
      <p className="ic-muted" role="status">
        {computing === null ? t('issueContext.openToCompute')
          : computing.progress.total === null ? t('issueContext.counting')
          : t('issueContext.computing', { done: formatNumber(language, computing.progress.done), total: formatNumber(language, computing.progress.total) })}
      </p>
    </div>
  );
}

function Unschedulable({ placement }: { readonly placement: Extract<IssuePlacement, { kind: 'unschedulable' }> }) {
  const { t, language } = useShell();
  return (
    <div className="ic-standing" data-testid="unschedulable">
      {placement.cycles.length > 0 ? (
        <>
          <p className="ic-note ic-negative">{t('issueContext.cycles', { name: placement.release.name, n: formatNumber(language, placement.cycles.length) })}</p>
          <ul className="ic-list">
            {placement.cycles.map((cycle) => <li key={cycle.join('>')} className="ic-item ic-cycle">{[...cycle, cycle[0] ?? ''].join(' → ')}</li>)}
          </ul>
        </>
      ) : (
        <p className="ic-note ic-negative">{t('issueContext.problems', { name: placement.release.name, n: formatNumber(language, placement.problems.length) })}</p>
      )}
    </div>
  );
}
