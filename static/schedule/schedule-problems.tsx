// Shown instead of the forecast when the plan cannot be scheduled: every dependency loop as A → B → C → A
// (each link of a loop can be left out as a what-if to see the schedule without it), or the plan's problems.
import type { IssueTask, Plan, PlanEdit, ScheduleResult } from '../../src/domain/schedule';
import { useShell } from '../ui/app-shell';
import { problemText } from './problem-text';
import { Banner } from '../ui/status/banner';

export interface ScheduleProblemsProps {
  readonly result: ScheduleResult;
  readonly plan: Plan;
  readonly issues: ReadonlyMap<string, IssueTask>;
  readonly onEdit: (edit: PlanEdit) => void;
}

export function ScheduleProblems({ result, plan, issues, onEdit }: ScheduleProblemsProps) {
  const { t } = useShell();
  switch (result.kind) {
    case 'scheduled':
      return null;
    case 'cycles': {
      return (
        <Banner appearance="danger" title={t('schedule.cycles.title', { count: result.cycles.length })} detail={t('schedule.cycles.detail')} data-testid="cycles" role="alert">
            <ol className="dp-loops">
              {result.cycles.map((loop) => {
                const closed = [...loop, ...loop.slice(0, 1)];
                return (
                  <li key={loop.join('>')} className="dp-loop" data-testid="cycle">
                    <span className="dp-loop-path">
                      {closed.map((id, i) => (
                        <span key={`${id}-${i}`}>
                          {i > 0 ? <span className="dp-arrow" aria-hidden="true"> → </span> : null}
                          <span className="dp-chip dp-chip-danger" title={issues.get(id)?.name ?? id}>{id}</span>
                        </span>
                      ))}
                    </span>
                    <span className="dp-loop-actions">
                      {closed.slice(1).map((to, i) => {
                        const from = closed[i] ?? '';
                        const link = plan.links.find((candidate) => candidate.from === from && candidate.to === to);
                        if (link === undefined) return null;
                        return (
                          <button
                            key={`${from}>${to}`}
                            type="button"
                            className="lc-button dp-small-button"
                            onClick={() => { onEdit({ kind: 'remove-link', link: { from, to, type: link.type } }); }}
                          >
                            {t('schedule.cycles.tryWithout', { from, to })}
                          </button>
                        );
                      })}
                    </span>
                  </li>
                );
              })}
            </ol>
        </Banner>
      );
    }
    case 'invalid':
      return (
        <Banner appearance="danger" title={t('schedule.invalid.title', { count: result.problems.length })} data-testid="invalid" role="alert">
            <ul className="dp-problems">
              {result.problems.map((problem) => (
                <li key={`${problem.path}:${problem.code}`}>
                  <code>{problem.path}</code> {problemText(t, problem)}
                </li>
              ))}
            </ul>
        </Banner>
      );
  }
}
