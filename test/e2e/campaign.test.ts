// The campaign ROI config screen in Chromium: on the demo page's macro, create the demo campaign in PERP, import
// the four demo metric files through the worker (the planted bad rows reported with their lines and reasons),
// commit each import, and save the macro's config; the screen in Chinese.
import { demoImports } from '../../workbench/seed/campaign-imports';
import { appFrame, closeSession, openSession, pageAs, screenshot, type Session } from './browser';

let session: Session;
beforeAll(async () => { session = await openSession(); }, 60_000);
afterAll(() => closeSession(session));

const person = (role: string, locale = 'en_US') => {
  const user = session.workbench.site.users.find((u) => u.role === role && u.locale === locale);
  if (user === undefined) throw new Error(`no ${locale} ${role}`);
  return user;
};
const campaignMacro = () => {
  const macro = session.workbench.site.confluence.macros.find((m) => m.moduleKey === 'campaign-roi');
  if (macro === undefined) throw new Error('the demo places no campaign ROI macro');
  return macro;
};
const macroUrl = () => `${session.workbench.url}/wiki/spaces/PERPOPS/pages/${campaignMacro().pageId}/macros/${campaignMacro().localId}`;
const configUrl = () => `${macroUrl()}/config`;

describe('campaign ROI config screen', () => {
  it('creates the campaign, imports the demo files with their planted bad rows reported, and saves the config', async () => {
    const page = await pageAs(session, person('ops').accountId);
    const workers: string[] = [];
    page.on('worker', (worker) => { workers.push(worker.url()); });
    await page.goto(configUrl());
    const frame = appFrame(page);
    await frame.getByTestId('cc-project').fill('PERP', { timeout: 20_000 });
    await frame.getByTestId('cc-project-load').click();
    await frame.getByTestId('cc-name').fill('Perp V2 launch trading competition', { timeout: 15_000 });
    await frame.getByTestId('cc-start').fill('2027-02-01');
    await frame.getByTestId('cc-end').fill('2027-02-28');
    await frame.getByTestId('cc-create').click();
    await frame.getByTestId('metrics-import').waitFor({ timeout: 15_000 });

    for (const file of demoImports) {
      await frame.getByTestId(`mi-${file.format}-file`).setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text, 'utf8') });
      await frame.getByTestId(`mi-${file.format}-report`).waitFor({ timeout: 30_000 });
      const rejected = frame.getByTestId(`mi-${file.format}-rejects-row`);
      await expect(rejected.count()).resolves.toBe(file.planted.length);
      for (const planted of file.planted) {
        const row = frame.locator(`[data-testid="mi-${file.format}-rejects-row"][data-key="${String(planted.line)}"]`);
        await expect(row.locator('[data-reason]').getAttribute('data-reason')).resolves.toBe(planted.reason);
      }
      const rows = Number((await frame.getByTestId(`mi-${file.format}-rows`).textContent() ?? '').replace(/\D/g, ''));
      const accepted = Number((await frame.getByTestId(`mi-${file.format}-accepted`).textContent() ?? '').replace(/\D/g, ''));
      expect(rows).toBe(accepted + file.planted.length);
      await frame.getByTestId(`mi-${file.format}-upload`).click();
      await frame.getByTestId(`mi-${file.format}-done`).waitFor({ timeout: 60_000 });
    }
    // Parsed in the import worker, not on the page's thread.
    expect(workers.filter((url) => url.includes('import-worker')).length).toBe(demoImports.length);
    await frame.getByTestId('cc-save').click();
    await frame.getByTestId('cc-makerBps-error').waitFor({ timeout: 10_000 });
    const inputs = { makerBps: '2', takerBps: '5', makerSharePct: '45', prizePool: '50000', ops: '18500', rebateBps: '0.2', referralBps: '0.1', baselineDailyVolume: '2000000000', lowLift: '100000000', baseLift: '300000000', highLift: '600000000', treatmentSharePct: '80' };
    for (const [field, value] of Object.entries(inputs)) if (field !== 'baselineDailyVolume') await frame.getByTestId(`cc-${field}`).fill(value);
    // The baseline daily volume comes from the imported daily metrics over the baseline window (Jan 4-31), editable.
    await frame.getByTestId('cc-prefill-baseline').click();
    await expect(frame.getByTestId('cc-prefill-note').getAttribute('data-state', { timeout: 15_000 })).resolves.toBe('done');
    const baseline = Number(await frame.getByTestId('cc-baselineDailyVolume').inputValue());
    expect(baseline).toBeGreaterThan(1.5e9);
    expect(baseline).toBeLessThan(2.5e9);
    await screenshot(page, 'campaign-config', true);
    await frame.getByTestId('cc-save').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/config'), { timeout: 15_000 });
    expect(campaignMacro().config).toMatchObject({
      projectKey: 'PERP', campaignId: expect.any(String) as unknown,
      model: { durationDays: 28, fees: { maker: 0.0002, taker: 0.0005, makerShare: 0.45 }, costs: { fixed: 68_500 } }, audit: { expectedTreatmentShare: 0.8, baseline: { start: '2027-01-04', end: '2027-01-31' } },
    });
  }, 180_000);

  it('shows the macro: the verdict, the burn with break-even days, the tornado, the lift with its interval, the flags; no CSP violation', async () => {
    const page = await pageAs(session, person('ops').accountId);
    const csp: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy|unsafe-eval/i.test(message.text())) csp.push(message.text()); });
    await page.goto(macroUrl());
    const frame = appFrame(page);
    await frame.getByTestId('campaign-roi').waitFor({ timeout: 30_000 });
    // 2 bp maker, 5 bp taker at 45% maker: r = 3.65 bp, v = 0.3 bp; base ROI > 0 and low ROI < 0.
    await expect(frame.getByTestId('cr-verdict').getAttribute('data-verdict')).resolves.toBe('marginal');
    await expect(frame.getByTestId('cr-scenario').count()).resolves.toBe(3);
    const breakEven = Number(await frame.locator('[data-testid="cr-scenario"][data-key="base"]').getAttribute('data-break-even'));
    expect(breakEven).toBeGreaterThanOrEqual(1);
    await expect(frame.locator('[data-testid="cr-scenario"][data-key="low"]').getAttribute('data-break-even')).resolves.toBe('');
    // The burn: one line per scenario over the 28 days, the break-even days marked on the chart.
    const burn = frame.getByTestId('cr-burn');
    await expect(burn.getAttribute('data-days')).resolves.toBe('28');
    await expect(burn.locator('.recharts-line').count()).resolves.toBe(3);
    await expect(burn.getAttribute('aria-label')).resolves.toContain(`day ${String(breakEven)}`);
    await expect(burn.locator('.recharts-reference-line').count()).resolves.toBeGreaterThanOrEqual(2);
    // The tornado: one bar per input, split at the base ROI; its table says the same.
    const tornado = frame.getByTestId('cr-tornado');
    await expect(tornado.locator('g[data-input]').count()).resolves.toBe(9);
    await expect(frame.getByTestId('cr-sensitivity-row').count()).resolves.toBe(9);
    // The audit: the split checked and said, the lift with its 95% interval drawn and tabled.
    await expect(frame.getByTestId('cr-srm').getAttribute('data-mismatch')).resolves.toBe('false');
    await expect(frame.getByTestId('cr-lift-chart').locator('g[data-row]').count()).resolves.toBe(2);
    const volume = frame.locator('[data-testid="cr-lift-row"][data-key="volume"]');
    expect(Number(await volume.getAttribute('data-low'))).toBeLessThan(Number(await volume.getAttribute('data-high')));
    await expect(frame.getByTestId('cr-funnel-row').count()).resolves.toBe(6);
    // The planted ring is flagged; the analyst overrides one flag with a reason, which is kept and shown.
    const ring = frame.locator('[data-testid="cr-flag"][data-key="U990001"]');
    await expect(ring.locator('[data-abuse]').getAttribute('data-abuse')).resolves.toBe('true');
    await screenshot(page, 'campaign-roi', true);
    await ring.getByTestId('cr-flag-edit').click();
    await frame.getByTestId('cr-override-genuine').check();
    // The dialog is fixed in a frame taller than the viewport: submit it from the field, as Enter does.
    await frame.getByTestId('cr-override-reason').press('Enter');
    await frame.getByTestId('cr-override-reason-error').waitFor({ timeout: 5_000 });
    await frame.getByTestId('cr-override-reason').fill('Known market maker, KYC level 3');
    await frame.getByTestId('cr-override-reason').press('Enter');
    await expect(ring.getByTestId('cr-flag-override').textContent({ timeout: 15_000 })).resolves.toContain('Known market maker');
    await expect(ring.locator('[data-abuse]').getAttribute('data-abuse')).resolves.toBe('false');
    expect(csp).toEqual([]);
  }, 120_000);

  it('speaks Chinese to a zh_CN user', async () => {
    const page = await pageAs(session, person('ops', 'zh_CN').accountId);
    await page.goto(configUrl());
    const frame = appFrame(page);
    await expect(frame.getByRole('heading').first().textContent({ timeout: 20_000 })).resolves.toBe('活动 ROI 设置');
    await frame.getByTestId('cc-campaign').waitFor({ timeout: 20_000 });
    await expect(frame.getByTestId('mi-participants').locator('h4').textContent()).resolves.toBe('活动参与者');
    await screenshot(page, 'campaign-config-zh', true);
  }, 60_000);
});
