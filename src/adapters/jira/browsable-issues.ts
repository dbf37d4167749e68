// Which of some issues the caller may browse, as Jira decides it (project permission, issue security level): one
// search `key in (...)` a chunk, keys only (5,000 a page), never a request per issue. Jira refuses a JQL naming an
// issue the caller cannot see (400, "does not exist"), so a refused chunk is split in two until the issues it hides
// are found alone: h hidden issues among n cost about h * log2(n) extra searches, none when everything is visible.
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';
import { searchKeys } from './search';

/** Keys named in one JQL, so the query stays well within Jira's length limits. */
export const BROWSABLE_CHUNK = 500;

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;

async function browsableIn(jira: JiraClient, keys: readonly string[], into: Set<string>): Promise<Result<void>> {
  if (keys.length === 0) return ok(undefined);
  const found = await searchKeys(jira, `key in (${keys.join(', ')})`);
  if (found.ok) {
    for (const issue of found.data) into.add(issue.key.toUpperCase());
    return ok(undefined);
  }
  if (found.error.code !== 'BAD_REQUEST') return found;
  // Refused: an issue of this chunk is hidden from the caller. Alone, it is the hidden one.
  if (keys.length === 1) return ok(undefined);
  const half = Math.ceil(keys.length / 2);
  const first = await browsableIn(jira, keys.slice(0, half), into);
  return first.ok ? browsableIn(jira, keys.slice(half), into) : first;
}

/** The keys among `keys` that the client's actor may browse (upper case); a key that is not an issue key is not. */
export async function readBrowsableKeys(jira: JiraClient, keys: readonly string[]): Promise<Result<Set<string>>> {
  const wanted = [...new Set(keys.map((key) => key.toUpperCase()))].filter((key) => ISSUE_KEY.test(key)).sort();
  const into = new Set<string>();
  const chunks: string[][] = [];
  for (let at = 0; at < wanted.length; at += BROWSABLE_CHUNK) chunks.push(wanted.slice(at, at + BROWSABLE_CHUNK));
  const done = await Promise.all(chunks.map((chunk) => browsableIn(jira, chunk, into)));
  for (const result of done) if (!result.ok) return result;
  return ok(into);
}
