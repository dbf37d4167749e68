// Where a task's duration came from, as a small lozenge: estimate, story points, dates, actual dates, or an
// assumption (amber: no data in Jira); "what-if" when edited here, with the Jira value.
import { useShell } from '../ui/app-shell';
import { Lozenge } from '../ui/status/lozenge';
import { durationBasisLabel } from './duration-basis';
import type { TaskRow } from './task-rows';
import { workingDays } from './wording';

export function SourceLozenge({ row }: { readonly row: TaskRow }) {
  const { t, language } = useShell();
  if (row.originalDuration !== undefined) {
    return <Lozenge appearance="new" title={t('schedule.source.editedTitle', { n: row.originalDuration })}>{t('schedule.source.edited')}</Lozenge>;
  }
  if (row.durationBasis === 'assumed') {
    return <Lozenge appearance="warning" title={t('schedule.assumptions.assumed', { days: workingDays(t, language, row.duration) })}>{durationBasisLabel(t, row.durationBasis)}</Lozenge>;
  }
  return <Lozenge>{durationBasisLabel(t, row.durationBasis)}</Lozenge>;
}
