// Bottlenecks of the current (possibly edited) schedule: the people with the most critical work at once, and
// the tasks whose one-day slip delays the most other tasks. The what-if state holds them (see what-if-state.ts).
import { useMemo } from 'react';
import type { Bottlenecks, IssueTask } from '../../src/domain/schedule';
import { formatNumber } from '../ui/i18n';
import { useShell } from '../ui/app-shell';

const TOP = 5;

export interface BottlenecksBoxProps {
  readonly bottlenecks: Bottlenecks;
  readonly issues: ReadonlyMap<string, IssueTask>;
  readonly onSelect: (id: string) => void;
}

export function BottlenecksBox({ bottlenecks, issues, onSelect }: BottlenecksBoxProps) {
  const { t, language } = useShell();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of issues.values()) if (issue.assignee !== undefined && issue.assigneeName !== undefined) map.set(issue.assignee, issue.assigneeName);
    return map;
  }, [issues]);
  const people = bottlenecks.assignees.slice(0, TOP);
  const slips = bottlenecks.slipImpact.filter((impact) => impact.delayedTasks > 0).slice(0, TOP);
  const n = (value: number) => formatNumber(language, value);
  return (
    <section className="dp-card" data-testid="bottlenecks" aria-labelledby="dp-bottlenecks-title">
      <h3 id="dp-bottlenecks-title" className="dp-card-title">{t('schedule.bottlenecks.title')}</h3>
      <div className="dp-bottleneck-columns">
        <div>
          <h4 className="dp-subtitle">{t('schedule.bottlenecks.people')}</h4>
          {people.length === 0 ? <p className="dp-muted">{t('schedule.bottlenecks.noPeople')}</p> : (
            <ol className="dp-list">
              {people.map((load) => (
                <li key={load.assignee} className="dp-list-item">
                  <span className="dp-ellipsis dp-strong">{names.get(load.assignee) ?? load.assignee}</span>
                  <span className={`dp-lozenge ${load.peakParallel > 1 ? 'dp-lozenge-danger' : ''}`}>
                    {t('schedule.bottlenecks.peak', { n: n(load.peakParallel) })}
                  </span>
                  <span className="dp-muted dp-nowrap">{t('schedule.bottlenecks.criticalWork', { tasks: n(load.criticalTasks), days: n(load.criticalDays) })}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h4 className="dp-subtitle">{t('schedule.bottlenecks.issues')}</h4>
          {slips.length === 0 ? <p className="dp-muted">{t('schedule.bottlenecks.noIssues')}</p> : (
            <ol className="dp-list">
              {slips.map((impact) => (
                <li key={impact.id} className="dp-list-item">
                  <button type="button" className="dp-link-button dp-key" onClick={() => { onSelect(impact.id); }}>{impact.id}</button>
                  <span className="dp-ellipsis" title={issues.get(impact.id)?.name ?? ''}>{issues.get(impact.id)?.name ?? ''}</span>
                  <span className="dp-lozenge">{t('schedule.bottlenecks.delays', { n: n(impact.delayedTasks) })}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
