// `release-2k`: schedule/forRelease through the real handler against the workbench, for a release of 2,000 issues
// with 200 ms injected on every Jira request (what a real site costs), against the same call with no latency (the
// work itself). Also printed: the Jira requests one call makes and the bound they must stay under
// (ceil(N / 100) bulk fetches + ceil(M / 100) for outside issues + 3 searches + 5 fixed calls).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoIssue } from '../../workbench/seed';
import { startWorkbench } from '../../workbench/workbench';
import type { BenchCase } from '../harness';

const RELEASE = '10101';
const SIZE = 2000;

async function prepareRelease() {
  const workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-bench-release-')) });
  const jira = workbench.site.jira;
  const template = jira.issues.find((i) => i.fixVersionIds.includes(RELEASE) && i.issueType === 'Story') as DemoIssue;
  const epics = new Set(jira.issues.filter((i) => i.issueType === 'Epic' && i.fixVersionIds.includes(RELEASE)).map((i) => i.id));
  const existing = jira.issues.filter((i) => !epics.has(i.id) && (i.fixVersionIds.includes(RELEASE) || (i.parentId !== null && epics.has(i.parentId)))).length;
  const next = Math.max(...jira.issues.map((i) => Number(i.id))) + 1;
  const keyNumber = Math.max(...jira.issues.map((i) => Number(i.key.split('-')[1]))) + 1;
  for (let n = 0; existing + n < SIZE; n++) {
    jira.issues.push({ ...template, id: String(next + n), key: `PERP-${keyNumber + n}`, parentId: null, summary: `Generated release item ${n}`, fixVersionIds: [RELEASE], labels: [], properties: {} });
  }
  const pmo = workbench.site.users.find((u) => u.role === 'pmo')?.accountId ?? '';
  let requests = 0;
  let tasks = { inside: 0, outside: 0, epics: 0 };
  const call = async (latency: boolean) => {
    workbench.jira.faults.clear();
    if (latency) workbench.jira.faults.add({ path: '/rest/api/3/', delayMs: 200 });
    workbench.jira.resetCounts();
    const answer = await workbench.functions.invoke('schedule/forRelease', { versionId: RELEASE }, { accountId: pmo, locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} }) as {
      ok: boolean; data?: { plan: { tasks: { external: boolean }[] }; epics: unknown[] };
    };
    if (!answer.ok || answer.data === undefined) throw new Error('release-2k: schedule/forRelease failed');
    requests = Object.values(workbench.jira.counts()).reduce((a, b) => a + b, 0);
    const outside = answer.data.plan.tasks.filter((t) => t.external).length;
    tasks = { inside: answer.data.plan.tasks.length - outside, outside, epics: answer.data.epics.length };
    return answer;
  };
  return {
    subject: () => call(true),
    baseline: () => call(false),
    figures: () => ({
      issues: tasks.inside,
      outside_issues: tasks.outside,
      requests,
      request_bound: Math.ceil((tasks.inside + tasks.epics) / 100) + Math.ceil(tasks.outside / 100) + 3 + 5,
      latency_ms: 200,
    }),
    dispose: () => workbench.close(),
  };
}

export const releaseCases: readonly BenchCase[] = [{ name: 'release-2k', prepare: prepareRelease, warmups: 1, runs: 5 }];
