// How a refused input is reported at every edge: the dotted paths of the fields zod complains about, and one
// line `path: message` per issue, so the error names what is wrong.
import type { z } from 'zod';

/** The dotted paths of the fields that zod issues are about; an unknown key is named by itself. */
export function issueFields(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...base, key].join('.')) : [base.join('.') || '(payload)'];
  });
}

/** Formats zod issues as `path: message`, naming the field that is wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue, i) => `${issueFields([issue]).join(', ') || String(i)}: ${issue.message}`).join('; ');
}
