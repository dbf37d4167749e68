// Browser sessions for the end-to-end tests: Chromium (see chromium.ts) driven by playwright-core, against a
// workbench started in-process on a free port with a fresh data folder. Tests write only to test-results/;
// docs/screenshots changes only under `npm run screenshots` (LC_README_SHOTS names the languages to refresh).
import { copyFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../workbench/workbench';
import { chromiumFromSetup, launchChromium } from './chromium';

const CHROMIUM = chromiumFromSetup();
const ARTIFACTS = resolve(__dirname, '../../test-results/screenshots');
const README_SHOTS = resolve(__dirname, '../../docs/screenshots');
const README_LANGUAGES = (process.env.LC_README_SHOTS ?? '').split(',').filter((language) => language !== '');

export interface Session {
  readonly workbench: Workbench;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The browser first, then the workbench: whatever fails leaves nothing open to keep jest alive. */
export async function openSession(options: { readonly scale?: number } = {}): Promise<Session> {
  const browser = await launchChromium(CHROMIUM);
  try {
    const workbench = await startWorkbench({ dataDir: mkdtempSync(join(tmpdir(), 'lc-e2e-')), ...options });
    return {
      workbench, browser,
      async close() { await browser.close(); await workbench.close(); },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** For `afterAll`: closes the suite's session, if `beforeAll` got as far as opening one. */
export async function closeSession(session: Session | undefined): Promise<void> {
  await session?.close();
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

/**
 * Saves a screenshot as a test artefact; with `readme` set, also as the README's picture of the surface, but only
 * when LC_README_SHOTS lists the languages it shows: `zh` for a -zh name or any Chinese text (a name), else `en`.
 */
export async function screenshot(page: Page, name: string, readme = false): Promise<void> {
  const artefact = join(ARTIFACTS, `${name}.png`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: artefact, fullPage: true });
  if (!readme || README_LANGUAGES.length === 0) return;
  const chinese = name.endsWith('-zh') || await showsChinese(page);
  if (README_LANGUAGES.includes(chinese ? 'zh' : 'en')) {
    mkdirSync(README_SHOTS, { recursive: true });
    copyFileSync(artefact, join(README_SHOTS, `${name}.png`));
  }
}

async function showsChinese(page: Page): Promise<boolean> {
  const counts = await Promise.all(page.frames().map((frame) => frame.getByText(/[\u3400-\u9fff]/).filter({ visible: true }).count()));
  return counts.some((count) => count > 0);
}
