// The business-health macro in Chromium on the workbench's demo metrics (seeded through the metrics-push webtrigger):
// the KPI tiles, waterfall, breakdown by symbol and the DOGE gap said plainly; the planted BTC drop among the
// anomalies with BTCUSDT as its main driver and the gap never shown as a drop; threshold tuning refused out of range
// and tried; the ExchangeX fee cut picked as the drop's cause; the daily report published to the Confluence emulator
// and republished as its next version; segment counts, a list's CSV and an accounts import; the competitor change
// log and a snapshot saved from the form; the countermeasure priced; and the screens in Chinese.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_DIAGNOSIS, seedDiagnosis } from '../../workbench/seed/diagnosis';
import { invokeAs } from '../resolvers/release-helpers';
import { appFrame, closeSession, openSession, pageAs, pageErrors, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); await seedDiagnosis(session.workbench); }, 90_000);
afterAll(() => closeSession(session));

const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user;
};
const macroUrl = () => {
  const macro = session.workbench.site.confluence.macros.find((m) => m.moduleKey === 'business-health');
  if (macro === undefined) throw new Error('the demo places no business-health macro');
  return `${session.workbench.url}/wiki/spaces/PERPOPS/pages/${macro.pageId}/macros/${macro.localId}`;
};

describe('business-health macro', () => {
  it('shows the KPIs, the waterfall and the breakdown, and says where the data is incomplete', async () => {
    const errorsBefore = pageErrors.length;
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-health').waitFor({ timeout: 30_000 });
    await expect(frame.getByTestId('dg-health').getAttribute('data-date')).resolves.toBe('2026-11-25');
    await expect(frame.locator('[data-testid^="dg-tile-"]').count()).resolves.toBe(8);
    const volume = Number(await frame.getByTestId('dg-tile-volumeUsd').getAttribute('data-value'));
    expect(volume).toBeGreaterThan(1e9);
    await expect(frame.getByTestId('dg-tile-volumeUsd').textContent()).resolves.toMatch(/\$[\d.]+B/);
    await expect(frame.getByTestId('dg-spark-volumeUsd').getAttribute('data-points')).resolves.toBe('28');
    await expect(frame.getByTestId('dg-freshness').textContent()).resolves.toContain('Data up to');
    await expect(frame.getByTestId('dg-incomplete').locator(`li[data-date="${DEMO_DIAGNOSIS.gap}"]`).textContent()).resolves.toContain(DEMO_DIAGNOSIS.gapSymbol);
    await expect(frame.locator('[data-testid="dg-waterfall-chart"] rect[data-step]').count()).resolves.toBe(5);
    await expect(frame.getByTestId('dg-by-symbol-row').count()).resolves.toBe(4);
    await expect(frame.getByTestId('dg-by-symbol-row').first().getAttribute('data-key')).resolves.toBe('BTCUSDT');
    await screenshot(page, 'diagnosis', true);

    // The gap day: DOGE is missing, so its totals are marked incomplete.
    await frame.getByTestId('dg-health-date').fill(DEMO_DIAGNOSIS.gap);
    await frame.locator(`[data-testid="dg-health"][data-date="${DEMO_DIAGNOSIS.gap}"]`).waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('dg-day-incomplete').textContent()).resolves.toContain(DEMO_DIAGNOSIS.gapSymbol);
    // By segment: the accounts import and the funnel, conversion changes in points (absolute), never in percent.
    await frame.getByTestId('dg-by-segment').click();
    await frame.getByTestId('dg-by-segment-table').waitFor();
    const health = await invokeAs(session.workbench, 'diagnosis/health', { projectKey: 'PERP', date: DEMO_DIAGNOSIS.gap, days: 28 }, 'bizops');
    const bySegment = (health.data as { bySegment: { segment: string; funnel: { conversionDod: number | null }[] }[] }).bySegment;
    expect(bySegment.length).toBeGreaterThan(0);
    await expect(frame.locator('[data-testid="dg-by-segment-table"] tbody tr').count()).resolves.toBe(bySegment.length);
    // The demo sends no funnel rows: each segment's funnel cell is a dash, not a made-up conversion.
    const stages = bySegment.flatMap((row) => row.funnel);
    await expect(frame.getByTestId('dg-funnel').count()).resolves.toBe(bySegment.filter((row) => row.funnel.length > 0).length);
    expect(stages).toEqual([]);
    expect(pageErrors.slice(errorsBefore)).toEqual([]);
  }, 120_000);

  it('finds the planted drop with its driver, lists the gap apart, tunes the threshold, and takes the competitor cut as its cause', async () => {
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-tab-anomalies').click({ timeout: 30_000 });
    await frame.getByTestId('dg-from').fill('2026-11-01', { timeout: 15_000 });
    const drop = frame.locator(`[data-testid="dg-anomaly"][data-id="${DEMO_DIAGNOSIS.drop}|volume_usd|*"]`);
    await drop.waitFor({ timeout: 15_000 });
    await expect(drop.getAttribute('data-direction')).resolves.toBe('down');
    await expect(drop.getByTestId('dg-driver').first().getAttribute('data-key')).resolves.toBe(DEMO_DIAGNOSIS.dropSymbol);
    expect(Number(await drop.getByTestId('dg-driver').first().getAttribute('data-share'))).toBeGreaterThan(0.8);
    await expect(frame.locator(`[data-testid="dg-gap"][data-date="${DEMO_DIAGNOSIS.gap}"]`).getAttribute('data-symbol')).resolves.toBe(DEMO_DIAGNOSIS.gapSymbol);
    // The gap is never a drop: nothing on that day is reported.
    await expect(frame.locator(`[data-testid="dg-anomaly"][data-id^="${DEMO_DIAGNOSIS.gap}|"]`).count()).resolves.toBe(0);
    const before = await frame.getByTestId('dg-anomaly').count();
    await screenshot(page, 'diagnosis-anomalies');

    await frame.getByTestId('dg-threshold').fill('25');
    await frame.getByTestId('dg-tuning-try').click();
    await frame.getByTestId('dg-threshold-error').waitFor();
    await frame.getByTestId('dg-threshold').fill('8');
    await frame.getByTestId('dg-tuning-try').click();
    await frame.getByTestId('dg-anomalies-summary').filter({ hasText: 'threshold 8.0' }).waitFor({ timeout: 15_000 });
    expect(await frame.getByTestId('dg-anomaly').count()).toBeLessThan(before);

    await frame.getByTestId('dg-threshold').fill('3.5');
    await frame.getByTestId('dg-tuning-try').click();
    await drop.waitFor({ timeout: 15_000 });
    // The analyst may edit the project's diagnosis, so the tried values can be kept as its default.
    await frame.getByTestId('dg-tuning-save').click();
    await frame.getByTestId('dg-tuning-saved').waitFor({ timeout: 15_000 });
    const saved = await invokeAs(session.workbench, 'diagnosis/settings', { projectKey: 'PERP' }, 'bizops');
    expect(saved.data).toMatchObject({ revision: 1, settings: { threshold: 3.5, minHistory: 21 } });
    // The cause: the ExchangeX fee cut two days before stands beside the drop as a candidate; the analyst picks it.
    await drop.getByTestId('dg-set-cause').click();
    const dialog = frame.getByTestId('dg-cause-dialog');
    await expect(dialog.getByTestId('dg-cause-candidate').filter({ hasText: 'ExchangeX' }).count()).resolves.toBeGreaterThan(0);
    await dialog.getByTestId('dg-cause-candidate').filter({ hasText: 'ExchangeX' }).first().getByTestId('dg-cause-pick').click();
    await expect(frame.getByTestId('dg-cause-competitor').isChecked()).resolves.toBe(true);
    await frame.getByTestId('dg-cause-comment').fill('ExchangeX zero-fee BTC week pulled takers away');
    await frame.getByTestId('dg-cause-save').click();
    await frame.getByTestId('dg-cause-dialog').waitFor({ state: 'detached', timeout: 15_000 });
    await drop.getByTestId('dg-cause').filter({ hasText: 'ExchangeX zero-fee BTC week' }).waitFor({ timeout: 15_000 });
    const report = await invokeAs(session.workbench, 'diagnosis/report', { projectKey: 'PERP', date: DEMO_DIAGNOSIS.drop }, 'bizops');
    expect((report.data as { items: { id: string; cause: string; comment: string }[] }).items.find((i) => i.id === `${DEMO_DIAGNOSIS.drop}|volume_usd|*`))
      .toMatchObject({ cause: 'competitor', comment: 'ExchangeX zero-fee BTC week pulled takers away' });
  }, 120_000);

  it('publishes the daily report to Confluence, and republishing writes the next version of the same page', async () => {
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-tab-report').click({ timeout: 30_000 });
    await frame.getByTestId('dg-report-date').fill(DEMO_DIAGNOSIS.drop, { timeout: 15_000 });
    const item = frame.locator(`[data-testid="dg-report-item"][data-id="${DEMO_DIAGNOSIS.drop}|volume_usd|*"]`);
    await item.waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('dg-report-title').textContent()).resolves.toContain(DEMO_DIAGNOSIS.drop);
    // No space typed and none chosen for the project: said before anything is sent; then a key that cannot be one.
    await frame.getByTestId('dg-publish-button').click();
    await frame.locator('[data-testid="dg-publish-space-error"][data-problem="needed"]').waitFor();
    await frame.getByTestId('dg-publish-space').fill('PERP OPS');
    await frame.getByTestId('dg-publish-button').click();
    await frame.locator('[data-testid="dg-publish-space-error"][data-problem="invalid"]').waitFor();
    await frame.getByTestId('dg-publish-space').fill('PERPOPS');
    await frame.getByTestId('dg-publish-button').click();
    const published = frame.getByTestId('dg-published');
    await published.waitFor({ timeout: 15_000 });
    const first = await invokeAs(session.workbench, 'diagnosis/report', { projectKey: 'PERP', date: DEMO_DIAGNOSIS.drop }, 'bizops');
    const firstPage = (first.data as { published: { pageId: string; version: number; title: string } }).published;
    await expect(published.getAttribute('data-version')).resolves.toBe(String(firstPage.version));
    const stored = session.workbench.site.confluence.pages.find((p) => p.id === firstPage.pageId);
    expect(stored?.title).toBe(firstPage.title);
    expect(stored?.title).toContain(DEMO_DIAGNOSIS.drop);
    const body = stored?.versions.at(-1)?.body ?? '';
    expect(body).toContain(DEMO_DIAGNOSIS.dropSymbol);
    expect(body).toContain('ExchangeX zero-fee BTC week pulled takers away');
    await screenshot(page, 'diagnosis-report', true);

    // Republished after a reload, nothing typed: the same page, its next version.
    await page.reload();
    await frame.getByTestId('dg-tab-report').click({ timeout: 30_000 });
    await frame.getByTestId('dg-report-date').fill(DEMO_DIAGNOSIS.drop, { timeout: 15_000 });
    await frame.getByTestId('dg-published').waitFor({ timeout: 15_000 });
    await frame.getByTestId('dg-publish-button').click();
    await frame.locator(`[data-testid="dg-published"][data-version="${String(firstPage.version + 1)}"]`).waitFor({ timeout: 15_000 });
    expect(session.workbench.site.confluence.pages.filter((p) => p.title === firstPage.title && p.status === 'current')).toHaveLength(1);
    expect(session.workbench.site.confluence.pages.find((p) => p.id === firstPage.pageId)?.versions).toHaveLength(firstPage.version + 1);
  }, 120_000);

  it('counts whales, dormant and at-risk accounts, exports a list as CSV, and imports an accounts file with its row report', async () => {
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-tab-segments').click({ timeout: 30_000 });
    const totals = frame.getByTestId('dg-segments-totals');
    await totals.waitFor({ timeout: 15_000 });
    const answer = await invokeAs(session.workbench, 'diagnosis/segments', { projectKey: 'PERP' }, 'bizops');
    const expected = (answer.data as { totals: { accounts: number; whales: number; dormant: number; atRisk: number } }).totals;
    expect(expected.accounts).toBe(400);
    expect(expected.dormant).toBeGreaterThan(0);
    expect(expected.atRisk).toBeGreaterThan(0);
    await expect(totals.getAttribute('data-accounts')).resolves.toBe(String(expected.accounts));
    await expect(totals.getAttribute('data-whales')).resolves.toBe(String(expected.whales));
    await expect(totals.getAttribute('data-dormant')).resolves.toBe(String(expected.dormant));
    await expect(totals.getAttribute('data-at-risk')).resolves.toBe(String(expected.atRisk));

    await frame.getByTestId('dg-list-dormant-load').click();
    await frame.getByTestId('dg-list-dormant-csv').waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('dg-list-dormant-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^dormant-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('account_id,segment,region,channel,registered_at,last_trade_at,days_since_trade,volume_30d_usd,volume_prev_30d_usd,volume_change,avg_leverage,margin_mode,long_share');
    expect(csv).toHaveLength(expected.dormant + 1);

    // An accounts file through the shared importer: read in a worker, each refused row named by its line.
    const header = 'account_id,segment,region,channel,registered_at,last_trade_at,volume_30d_usd,volume_prev_30d_usd,avg_leverage,margin_mode,long_share';
    const text = [header,
      'acct-9001,vip,APAC,organic,2026-01-05T08:00:00Z,2026-11-24T12:00:00Z,5000000,9000000,12,cross,0.6',
      'acct-9002,retail,EMEA,referral,2026-02-05T08:00:00Z,2026-09-01T12:00:00Z,0,200000,5,isolated,0.4',
      'acct-9003,retail,EMEA,referral,2026-02-05T08:00:00Z,,1000,2000,5,both,0.4',
      'acct-9004,retail,LATAM,campaign,2026-03-05T08:00:00Z,2026-11-20T12:00:00Z,80000,90000,3,cross,0.5'].join('\n');
    await frame.getByTestId('mi-accounts-file').setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await frame.getByTestId('mi-accounts-report').waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('mi-accounts-rows').textContent()).resolves.toBe('4');
    await expect(frame.getByTestId('mi-accounts-accepted').textContent()).resolves.toBe('3');
    // Line 4 of the file (the header is line 1): `both` is no margin mode.
    const rejects = frame.getByTestId('mi-accounts-rejects-row');
    await expect(rejects.count()).resolves.toBe(1);
    await expect(rejects.first().getAttribute('data-key')).resolves.toBe('4');
    await expect(rejects.first().textContent()).resolves.toContain('margin_mode');
    await frame.getByTestId('mi-accounts-upload').click();
    await frame.getByTestId('mi-accounts-done').waitFor({ timeout: 15_000 });
    await frame.locator('[data-testid="dg-segments-totals"][data-accounts="3"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'diagnosis-segments');
  }, 120_000);

  it('shows the competitor change log, saves a snapshot from the form, imports a snapshots CSV, and refuses bad fees by name', async () => {
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-tab-competitors').click({ timeout: 30_000 });
    const log = frame.getByTestId('dg-change-log');
    await log.waitFor({ timeout: 15_000 });
    const cut = log.locator('li[data-kind]').filter({ hasText: 'ExchangeX' }).filter({ hasText: 'BTCUSDT' }).filter({ hasText: '0.04%' });
    await expect(cut.count()).resolves.toBeGreaterThan(0);
    const before = await log.locator('li[data-kind]').count();

    await frame.getByTestId('dg-snap-date').fill('2026-11-26');
    await frame.getByTestId('dg-snap-exchange').fill('ExchangeX');
    await frame.getByTestId('dg-snap-symbol-0').fill('BTCUSDT');
    await frame.getByTestId('dg-snap-makerPct-0').fill('0.02');
    await frame.getByTestId('dg-snap-takerPct-0').fill('abc');
    await frame.getByTestId('dg-snap-save').click();
    await frame.getByTestId('dg-snap-error-rows.0.takerPct').waitFor();
    await frame.getByTestId('dg-snap-takerPct-0').fill('0.03');
    await frame.getByTestId('dg-snap-save').click();
    await frame.getByTestId('dg-snap-saved').waitFor({ timeout: 15_000 });
    await log.locator('li[data-kind]').nth(before).waitFor({ timeout: 15_000 });
    await expect(log.locator('li[data-kind]').filter({ hasText: '0.03%' }).count()).resolves.toBeGreaterThan(0);

    // A CSV of snapshots through the shared importer: ExchangeZ's fee cut joins the log; the bad fee is refused by line.
    const text = ['date,exchange,symbol,tier,maker_fee,taker_fee,promotion',
      '2026-11-20,ExchangeZ,ETHUSDT,VIP0,0.0002,0.0006,', '2026-11-24,ExchangeZ,ETHUSDT,VIP0,0.0002,0.00035,', '2026-11-24,ExchangeZ,SOLUSDT,VIP0,0.0002,cheap,'].join('\n');
    await frame.getByTestId('mi-competitors-file').setInputFiles({ name: 'competitors.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await frame.getByTestId('mi-competitors-report').waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('mi-competitors-accepted').textContent()).resolves.toBe('2');
    await expect(frame.getByTestId('mi-competitors-rejects-row').first().getAttribute('data-key')).resolves.toBe('4');
    await frame.getByTestId('mi-competitors-upload').click();
    await frame.getByTestId('mi-competitors-done').waitFor({ timeout: 15_000 });
    await log.locator('li[data-kind]').filter({ hasText: 'ExchangeZ' }).filter({ hasText: '0.035%' }).waitFor({ timeout: 15_000 });
  }, 120_000);

  it('prices a fee waiver against the volume the drop put at risk', async () => {
    const page = await pageAs(session, person('bizops').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-tab-countermeasure').click({ timeout: 30_000 });
    await frame.getByTestId('dg-cm-durationDays').fill('0');
    await frame.getByTestId('dg-cm-price').click();
    await frame.getByTestId('dg-cm-durationDays-error').waitFor();
    await frame.getByTestId('dg-cm-durationDays').fill('14');
    await frame.getByTestId('dg-cm-volumeAtRisk').fill('400000000');
    await frame.getByTestId('dg-cm-price').click();
    const result = frame.getByTestId('dg-cm-result');
    await result.waitFor({ timeout: 15_000 });
    await expect(result.locator('tr[data-scenario]').count()).resolves.toBe(3);
    await expect(result.getAttribute('data-verdict')).resolves.toMatch(/^(all-buzz-no-profit|marginal|profitable)$/);
  }, 90_000);

  it('speaks Chinese to a zh_CN user', async () => {
    const page = await pageAs(session, person('ops', 'zh_CN').accountId);
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('dg-health').waitFor({ timeout: 30_000 });
    await expect(frame.getByRole('heading').first().textContent()).resolves.toBe('每日业务诊断');
    await expect(frame.getByTestId('dg-tile-volumeUsd').locator('h3').textContent()).resolves.toBe('交易量');
    await screenshot(page, 'diagnosis-zh', true);

    // The report, the segments and the competitor log in Chinese too, from the same catalogue.
    const zh = (JSON.parse(readFileSync(resolve(__dirname, '../../locales/diagnosis/zh-CN.json'), 'utf8')) as { diagnosis: { report: { publishTitle: string }; segments: { importTitle: string }; competitors: { log: string } } }).diagnosis;
    await frame.getByTestId('dg-tab-report').click();
    await frame.getByTestId('dg-report-date').fill(DEMO_DIAGNOSIS.drop, { timeout: 15_000 });
    await frame.locator(`[data-testid="dg-report-item"][data-id="${DEMO_DIAGNOSIS.drop}|volume_usd|*"]`).waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('dg-publish').locator('h3').textContent()).resolves.toBe(zh.report.publishTitle);
    await frame.getByTestId('dg-tab-segments').click();
    await frame.getByTestId('dg-accounts-import').locator('h3').filter({ hasText: zh.segments.importTitle }).waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('mi-accounts').locator('h4').textContent()).resolves.toMatch(/[\u3400-\u9fff]/);
    await frame.getByTestId('dg-tab-competitors').click();
    await frame.getByTestId('dg-change-log').waitFor({ timeout: 15_000 });
    await expect(frame.getByTestId('dg-change-log').locator('li').first().textContent()).resolves.toMatch(/[\u3400-\u9fff]/);
    await expect(frame.getByTestId('dg-competitors').locator('h3').first().textContent()).resolves.toBe(zh.competitors.log);
  }, 90_000);
});
