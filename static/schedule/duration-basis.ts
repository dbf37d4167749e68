// The one wording of where a duration came from (a project's duration source, or one task's duration basis:
// the estimate, story points, dates, actual dates, or the assumption).
import type { DurationBasis } from '../../src/domain/schedule';
import type { Translate } from '../ui/i18n';

export function durationBasisLabel(t: Translate, basis: DurationBasis): string {
  switch (basis) {
    case 'estimate':
      return t('schedule.source.estimate');
    case 'points':
      return t('schedule.source.points');
    case 'dates':
      return t('schedule.source.dates');
    case 'actual':
      return t('schedule.source.actual');
    case 'assumed':
      return t('schedule.source.assumed');
  }
}
