// The 10,000-issue programme: a release too large for a resolver is scheduled by the background consumer, and
// schedule/forRelease answers "computing" with progress until the snapshot exists, instead of timing out.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from './release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-release-10k-')), scale: 10_000 }); }, 120_000);
afterAll(async () => { await workbench.close(); });

it('schedules a release of the 10,000-issue programme through the consumer, answering computing with progress first', async () => {
  const first = await invokeAs(workbench, 'schedule/forRelease', { versionId: '10100' });
  expect(first).toMatchObject({ ok: true, data: { state: 'computing', release: { id: '10100' }, progress: { done: 0 } } });
  const started = performance.now();
  await workbench.settled();
  const ready = await invokeAs(workbench, 'schedule/forRelease', { versionId: '10100' });
  const data = ready.data as { state: string; stale: unknown; plan: { tasks: unknown[] }; schedule: { kind: string } };
  expect({ ok: ready.ok, state: data.state, stale: data.stale }).toEqual({ ok: true, state: 'ready', stale: null });
  expect(data.plan.tasks.length).toBeGreaterThan(3000);
  console.info(`10k programme, release v2.0.0: ${data.plan.tasks.length} tasks scheduled by the consumer in ${Math.round(performance.now() - started)} ms`);
  const issue = workbench.site.jira.issues.find((i) => i.fixVersionIds.includes('10100') && i.issueType === 'Task' && i.labels.includes('workstream'));
  await expect(invokeAs(workbench, 'schedule/forIssue', { issueKey: issue?.key ?? '' })).resolves.toMatchObject({ ok: true, data: { placement: { kind: 'scheduled', stale: null } } });
}, 120_000);
