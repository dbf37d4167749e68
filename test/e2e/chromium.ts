// Which Chromium the browser tests drive: the system's (CHROMIUM_PATH, else /usr/bin/chromium) when it launches,
// otherwise the one inside the @sparticuz/chromium package, unpacked once per package version into the temp folder.
// LC_PACKAGED_CHROMIUM=0 turns that fallback off. The search runs once per jest run (global-setup.ts); its outcome
// reaches the suites through the environment, so a machine without a browser gets one message, not a timeout.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { z } from 'zod';

const PACKAGE = '@sparticuz/chromium';
const ROOT = resolve(__dirname, '../..');
/** Where global-setup.ts leaves the outcome of the search for the test workers. */
export const SEARCH_ENV = 'LC_E2E_CHROMIUM';

const searchSchema = z.union([
  z.object({ ok: z.literal(true), executablePath: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

// Ours, not the package's list: that one is tuned for AWS Lambda (a single process, web security off), which would
// change what the tests check. Playwright adds --headless and --no-sandbox itself.
const ARGS = ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({ executablePath, headless: true, args: ARGS });

/** Tries each candidate in turn and keeps the first that launches; otherwise says what was tried and why it failed. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<z.infer<typeof searchSchema>> {
  const failures: string[] = [];
  for (const candidate of candidates(env)) {
    try {
      const executablePath = await candidate.locate();
      await (await launchChromium(executablePath)).close();
      return { ok: true, executablePath };
    } catch (error) {
      failures.push(`- ${candidate.label}: ${describeFailure(error)}`);
    }
  }
  const message = ['No Chromium could be started for the browser tests (test/e2e). Tried:', ...failures,
    'Set CHROMIUM_PATH to a Chromium binary, or leave LC_PACKAGED_CHROMIUM unset to use the packaged one.'];
  return { ok: false, message: message.join('\n') };
}

/** The Chromium global-setup.ts found; throws its message when it found none, which fails the suite at once. */
export function chromiumFromSetup(env: NodeJS.ProcessEnv = process.env): string {
  const outcome = env[SEARCH_ENV];
  if (outcome === undefined) throw new Error(`${SEARCH_ENV} is not set: run the browser tests through jest.config.cjs`);
  const search = searchSchema.parse(JSON.parse(outcome));
  if (!search.ok) throw new Error(search.message);
  return search.executablePath;
}

/** Playwright's launch error keeps what the browser printed, without its echo of the command line and call log. */
function describeFailure(error: unknown): string {
  const [reason = '', ...details] = (error instanceof Error ? error.message : String(error)).split('\n');
  const browserLogs = details.slice(0, details.includes('Call log:') ? details.indexOf('Call log:') : undefined);
  return [reason, ...browserLogs.filter((line) => line.startsWith('[pid='))].join('\n    ');
}

interface Candidate { readonly label: string; locate(): Promise<string> }

function candidates(env: NodeJS.ProcessEnv): readonly Candidate[] {
  const system = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const packaged = env.LC_PACKAGED_CHROMIUM === '0'
    ? () => Promise.reject(new Error('turned off by LC_PACKAGED_CHROMIUM=0'))
    : unpackPackagedChromium;
  return [
    { label: `${system} (${env.CHROMIUM_PATH === undefined ? 'system Chromium' : 'CHROMIUM_PATH'})`,
      locate: () => existsSync(system) ? Promise.resolve(system) : Promise.reject(new Error('not found')) },
    { label: `${PACKAGE} (Chromium inside an npm package)`, locate: packaged },
  ];
}

/**
 * The package's executablePath() unpacks into os.tmpdir() and takes a half-written binary there for a finished one;
 * so it unpacks into a private folder that is then renamed into place (atomic): concurrent runs never see a partial one.
 */
async function unpackPackagedChromium(): Promise<string> {
  const manifest = readFileSync(join(ROOT, 'node_modules', PACKAGE, 'package.json'), 'utf8');
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(manifest));
  const folder = join(tmpdir(), `launch-control-chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${folder}-unpacking-`);
  try {
    await unpackInto(staging);
    renameSync(staging, folder);
  } catch (error) {
    if (!existsSync(binary)) throw error; // else another run unpacked it first
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

// In a child process: it gets its own TMPDIR, and the package is an ES module, which jest's module loader cannot load.
const UNPACK = `import('${PACKAGE}').then(({ default: chromium }) => chromium.executablePath())
  .catch((error) => { console.error(error instanceof Error ? error.message : error); process.exit(1); });`;

function unpackInto(folder: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--input-type=module', '-e', UNPACK], { cwd: ROOT, env: { ...process.env, TMPDIR: folder } }, (error, _out, stderr) => {
      if (error === null) done();
      else fail(new Error(`could not unpack it: ${stderr.trim() || error.message}`));
    });
  });
}
