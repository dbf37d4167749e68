// `gate-evaluate-200` and `gate-evaluate-2k`: gate/forRelease through the real handler against the workbench for a
// release of 200 and 2,000 issues, against schedule/forRelease of the same release (the schedule the gate reads,
// the baseline). Printed: the Jira and Confluence requests of one evaluation, those of the schedule alone, and the
// gate's own (the difference), which must not grow with the release: only the schedule's pages may.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoIssue } from '../../workbench/seed';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import type { BenchCase } from '../harness';

const RELEASE = '10101';

function growRelease(workbench: Workbench, size: number): void {
  const jira = workbench.site.jira;
  const template = jira.issues.find((i) => i.fixVersionIds.includes(RELEASE) && i.issueType === 'Story') as DemoIssue;
  const current = jira.issues.filter((i) => i.fixVersionIds.includes(RELEASE)).length;
  const next = Math.max(...jira.issues.map((i) => Number(i.id))) + 1;
  const keyNumber = Math.max(...jira.issues.map((i) => Number(i.key.split('-')[1]))) + 1;
  for (let n = 0; current + n < size; n++) {
    jira.issues.push({ ...template, id: String(next + n), key: `PERP-${keyNumber + n}`, parentId: null, summary: `Generated release item ${n}`, fixVersionIds: [RELEASE], labels: [], properties: {} });
  }
}

function gateCase(name: string, size: number): BenchCase {
  return {
    name, warmups: 1, runs: 5,
    prepare: async () => {
      const workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), `lc-bench-${name}-`)) });
      growRelease(workbench, size);
      const pmo = workbench.site.users.find((u) => u.role === 'pmo')?.accountId ?? '';
      const context = { accountId: pmo, locale: 'en_US', moduleKey: 'epic-dependencies', extension: {} };
      const total = () => Object.values(workbench.jira.counts()).reduce((a, b) => a + b, 0) + Object.values(workbench.confluence.counts()).reduce((a, b) => a + b, 0);
      let gateRequests = 0;
      let scheduleRequests = 0;
      let criteria = 0;
      const call = async (key: string) => {
        workbench.jira.resetCounts();
        workbench.confluence.resetCounts();
        const answer = await workbench.functions.invoke(key, { versionId: RELEASE }, context) as { ok: boolean; data?: { criteria?: unknown[] } };
        if (!answer.ok) throw new Error(`${name}: ${key} failed`);
        return { answer, requests: total() };
      };
      return {
        subject: async () => { const done = await call('gate/forRelease'); gateRequests = done.requests; criteria = done.answer.data?.criteria?.length ?? 0; return done; },
        baseline: async () => { const done = await call('schedule/forRelease'); scheduleRequests = done.requests; return done; },
        figures: () => ({ issues: workbench.site.jira.issues.filter((i) => i.fixVersionIds.includes(RELEASE)).length, criteria, requests: gateRequests, schedule_requests: scheduleRequests, gate_own_requests: gateRequests - scheduleRequests }),
        dispose: () => workbench.close(),
      };
    },
  };
}

export const gateCases: readonly BenchCase[] = [gateCase('gate-evaluate-200', 200), gateCase('gate-evaluate-2k', 2000)];
