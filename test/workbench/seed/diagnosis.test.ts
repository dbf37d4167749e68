// The workbench's diagnosis demo: seeded through the metrics-push webtrigger, the macro's keys then find the
// planted BTC drop with its driver and report the DOGE gap; seeding twice changes nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DIAGNOSIS, demoDiagnosisRows, seedDiagnosis } from '../../../workbench/seed/diagnosis';
import { startWorkbench, type Workbench } from '../../../workbench/workbench';
import { invokeAs } from '../../resolvers/release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-seed-diagnosis-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

it('seeds the demo series once, with the planted drop found and the gap reported', async () => {
  await seedDiagnosis(workbench);
  await seedDiagnosis(workbench);
  const answer = await invokeAs(workbench, 'diagnosis/anomalies', { projectKey: 'PERP', from: DEMO_DIAGNOSIS.gap, to: DEMO_DIAGNOSIS.drop }, 'pmo');
  const data = answer.data as { anomalies: { date: string; metric: string; symbol?: string; drivers: { key: string }[] }[]; gaps: { date: string; symbol: string }[] };
  const drop = data.anomalies.find((a) => a.date === DEMO_DIAGNOSIS.drop && a.metric === 'volume_usd' && a.symbol === undefined);
  expect(drop?.drivers[0]?.key).toBe(DEMO_DIAGNOSIS.dropSymbol);
  expect(data.gaps).toEqual([{ date: DEMO_DIAGNOSIS.gap, symbol: DEMO_DIAGNOSIS.gapSymbol }]);
  const health = await invokeAs(workbench, 'diagnosis/health', { projectKey: 'PERP', days: 90 }, 'pmo');
  const volume = (health.data as { tiles: { kpi: string; sparkline: { value: number | null }[] }[] }).tiles.find((t) => t.kpi === 'volumeUsd');
  expect(volume?.sparkline.filter((p) => p.value !== null)).toHaveLength(DEMO_DIAGNOSIS.days);
  expect(demoDiagnosisRows()).toHaveLength(DEMO_DIAGNOSIS.days * 4 - 1);
});
