// Where a task's duration came from, as a small lozenge: estimate, story points, dates, actual dates, or an
// assumption (amber: no data in Jira); "what-if" when edited here, with the Jira value.
import { useShell } from '../ui/app-shell';
import type { Translate } from '../ui/i18n';
import { Lozenge } from '../ui/status/lozenge';
import type { DurationSource, TaskRow } from './task-rows';
import { workingDays } from './wording';

export function sourceLabel(t: Translate, source: DurationSource): string {
  switch (source) {
    case 'estimate':
      return t('dependencies.source.estimate');
    case 'points':
      return t('dependencies.source.points');
    case 'dates':
      return t('dependencies.source.dates');
    case 'actual':
      return t('dependencies.source.actual');
    case 'assumed':
      return t('dependencies.source.assumed');
  }
}

export function SourceLozenge({ row }: { readonly row: TaskRow }) {
  const { t, language } = useShell();
  if (row.originalDuration !== undefined) {
    return <Lozenge appearance="new" title={t('dependencies.source.editedTitle', { n: row.originalDuration })}>{t('dependencies.source.edited')}</Lozenge>;
  }
  if (row.source === 'assumed') {
    return <Lozenge appearance="warning" title={t('dependencies.assumptions.assumed', { days: workingDays(t, language, row.duration) })}>{sourceLabel(t, row.source)}</Lozenge>;
  }
  return <Lozenge>{sourceLabel(t, row.source)}</Lozenge>;
}
