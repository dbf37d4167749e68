// `npm run screenshots`: refreshes the README's pictures in docs/screenshots by running the browser tests with
// LC_README_SHOTS set (a plain test run never writes there). A picture that shows Chinese text is refreshed only
// where a CJK font is installed: without one Chromium draws boxes, and the picture already there is better.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false; // no fc-list: no way to tell, so not present
  }
}

const cjk = hasCjkFont();
const started = Date.now();
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, 'test/e2e'], { cwd: root, stdio: 'inherit', env: { ...process.env, LC_README_SHOTS: cjk ? 'en,zh' : 'en' } });

const pictures = readdirSync(shots).filter((file) => file.endsWith('.png'));
const kept = pictures.filter((file) => statSync(shots + file).mtimeMs < started);
console.log(`screenshots: refreshed ${pictures.length - kept.length} of ${pictures.length} in docs/screenshots`);
if (kept.length > 0) {
  const why = run.status !== 0 ? 'the browser tests failed'
    : cjk ? 'no browser test takes them any more'
    : 'they show Chinese text and there is no CJK font here (fc-list :lang=zh finds none; e.g. apt-get install fonts-wqy-zenhei)';
  console.log(`screenshots: skipped ${kept.join(', ')}: ${why}`);
}
process.exit(run.status ?? 1);
