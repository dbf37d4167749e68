// The sort value of a Jira issue key, so that PERP-2 comes before PERP-10: the project key as text, then the
// number as a number. Anything that is not an issue key sorts as plain text.
import type { SortValue } from './table-model';

export function issueKeySortValue(key: string): SortValue {
  const match = /^(.*)-(\d+)$/.exec(key);
  return match === null ? [key] : [match[1] ?? '', Number(match[2])];
}
