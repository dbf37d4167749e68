// The one wording of where a duration came from (a project's duration source, or one task's duration basis:
// the estimate, story points, dates, actual dates, or the assumption).
import type { DurationBasis } from '../../src/domain/schedule';
import type { Translate } from '../ui/i18n';

export function durationBasisLabel(t: Translate, basis: DurationBasis): string {
  switch (basis) {
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
