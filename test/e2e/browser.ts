// Debian's Chromium driven by playwright-core (it cannot download a browser here), against a workbench started
// in-process on a free port with a fresh data folder.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../workbench/workbench';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = resolve(__dirname, '../../test-results/screenshots');
const README_SHOTS = resolve(__dirname, '../../docs/screenshots');

export interface Session {
  readonly workbench: Workbench;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function openSession(options: { readonly scale?: number } = {}): Promise<Session> {
  const workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-e2e-')), ...options });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    workbench, browser,
    async close() { await browser.close(); await workbench.close(); },
  };
}

/** Uncaught errors of any page or frame; a test of a surface expects none. */
export const pageErrors: string[] = [];

/** A page acting as the demo user `accountId`, in the given colour mode. */
export async function pageAs(session: Session, accountId: string): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await context.addCookies([{ name: 'lc_user', value: encodeURIComponent(accountId), url: session.workbench.url }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => { pageErrors.push(`${page.url()}: ${error.message}`); });
  return page;
}

export const appFrame = (page: Page): FrameLocator => page.frameLocator('#lc-frame');

/** Saves a screenshot as a test artefact, and as the README's picture of the surface when `readme` is set. */
export async function screenshot(page: Page, name: string, readme = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (readme) {
    mkdirSync(README_SHOTS, { recursive: true });
    await page.screenshot({ path: join(README_SHOTS, `${name}.png`), fullPage: true });
  }
}
