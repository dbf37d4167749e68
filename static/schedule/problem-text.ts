// Why a plan or an edit cannot be scheduled, worded in the user's language from the problem's code: the domain
// sends codes and the offending value, never English sentences.
import type { Problem } from '../../src/domain/schedule';
import type { Translate } from '../ui/i18n';

export function problemText(t: Translate, problem: Problem): string {
  return t(`schedule.problems.${problem.code}`, { value: problem.value ?? '' });
}
