// The `metrics-push` webtrigger served by the workbench as Forge would call it: no token or a wrong one is 401;
// the token an administrator rotated works and the old one stops; JSON and CSV bodies checked row by row (line and
// reason); a re-sent day replaces that day (never doubles it), as diagnosis/health then reads it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_COLUMNS } from '../../src/domain/metrics';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { invokeAs } from '../resolvers/release-helpers';

let workbench: Workbench;
beforeAll(async () => { workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-push-')) }); }, 60_000);
afterAll(async () => { await workbench.close(); });

const push = (token: string | undefined, body: string, type = 'application/json') => fetch(`${workbench.url}/webtrigger/metrics-push`, {
  method: 'POST', headers: { 'Content-Type': type, ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) }, body,
});
const row = (date: string, symbol: string, volume: number) => ({
  date, symbol, volume_usd: volume, open_interest_usd: 1, fee_revenue_usd: volume * 0.0004, rebates_usd: 0, funding_paid_usd: 0, new_users: 3, active_traders: 9,
});
const volumeOn = async () => {
  const health = await invokeAs(workbench, 'diagnosis/health', { projectKey: 'PERP', days: 7 }, 'pmo');
  return (health.data as { tiles: { kpi: string; value: number | null }[] }).tiles.find((t) => t.kpi === 'volumeUsd')?.value;
};

describe('metrics-push webtrigger', () => {
  let token = '';

  it('refuses a push without a token, or before one was made', async () => {
    expect((await push(undefined, '{"rows": []}')).status).toBe(401);
    expect((await push('lcm_guess', '{"rows": []}')).status).toBe(401);
  });

  it('takes the token a project administrator rotated, and the earlier one stops working', async () => {
    const first = await invokeAs(workbench, 'diagnosis/rotatePushToken', { projectKey: 'PERP' }, 'pmo');
    expect(first.ok).toBe(true);
    const second = await invokeAs(workbench, 'diagnosis/rotatePushToken', { projectKey: 'PERP' }, 'pmo');
    token = (second.data as { token: string }).token;
    expect((await push((first.data as { token: string }).token, '{"rows": []}')).status).toBe(401);
    const status = await invokeAs(workbench, 'diagnosis/pushToken', { projectKey: 'PERP' }, 'pmo');
    expect(status).toMatchObject({ ok: true, data: { exists: true } });
    expect(JSON.stringify(status)).not.toContain(token);
  });

  it('accepts or refuses every JSON row with its line and reason, and a re-sent day replaces that day', async () => {
    const body = { rows: [row('2026-11-30', 'BTCUSDT', 100), row('2026-11-30', 'ETHUSDT', 50), { ...row('2026-11-30', 'SOLUSDT', 5), volume_usd: 'lots' }] };
    const response = await push(token, JSON.stringify(body));
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ rows: 3, accepted: 2, rejected: [{ line: 4, reason: 'not-a-number', column: 'volume_usd' }], days: ['2026-11-30'], added: 2 });
    expect(await volumeOn()).toBe(150);
    const again = await push(token, JSON.stringify({ rows: [row('2026-11-30', 'BTCUSDT', 120)] }));
    await expect(again.json()).resolves.toMatchObject({ accepted: 1, replaced: 2, added: 1 });
    expect(await volumeOn()).toBe(120);
  });

  it('takes a CSV body as an import file, and names what is wrong with an unreadable one', async () => {
    const csv = `${FORMAT_COLUMNS['daily-metrics'].join(',')}\n2026-12-01,BTCUSDT,200,1,0.08,0,0,3,9\n2026-12-01,BTCUSDT,300,1,0.08,0,0,3,9\n`;
    const response = await push(token, csv, 'text/csv');
    await expect(response.json()).resolves.toMatchObject({ accepted: 1, rejected: [{ line: 3, reason: 'duplicate-key' }] });
    expect(await volumeOn()).toBe(200);
    const bad = await push(token, 'date,symbol\n2026-12-01,BTCUSDT\n', 'text/csv');
    expect(bad.status).toBe(400);
    await expect(bad.json()).resolves.toMatchObject({ error: expect.stringContaining('volume_usd') as string });
    expect((await push(token, 'not json')).status).toBe(400);
    expect((await push(token, '{}', 'text/plain')).status).toBe(400);
  });
});
