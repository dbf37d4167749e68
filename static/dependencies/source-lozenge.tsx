// Where a task's duration came from, as a small lozenge: estimate, story points, dates, actual dates, or an
// assumption (amber: no data in Jira); "what-if" when edited here, with the Jira value.
import { useShell } from '../ui/app-shell';
import { durationBasisLabel } from './duration-basis';
import type { TaskRow } from './task-rows';
import { workingDays } from './wording';

export function SourceLozenge({ row }: { readonly row: TaskRow }) {
  const { t, language } = useShell();
  if (row.originalDuration !== undefined) {
    return <span className="dp-lozenge dp-lozenge-whatif" title={t('dependencies.source.editedTitle', { n: row.originalDuration })}>{t('dependencies.source.edited')}</span>;
  }
  return (
    <span className={`dp-lozenge ${row.durationBasis === 'assumed' ? 'dp-lozenge-warning' : ''}`} title={row.durationBasis === 'assumed' ? t('dependencies.assumptions.assumed', { days: workingDays(t, language, row.duration) }) : undefined}>
      {durationBasisLabel(t, row.durationBasis)}
    </span>
  );
}
