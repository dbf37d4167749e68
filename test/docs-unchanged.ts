// Jest global teardown: fails the run if it wrote to a tracked file under docs/, since the README's pictures change
// only through `npm run screenshots` (which sets LC_README_SHOTS). "During the run" means after jest started;
// without git or outside a clone there is nothing to compare, and the check is skipped.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(__dirname, '..');

export default function checkDocsUnchanged(): void {
  if (process.env.LC_README_SHOTS !== undefined) return;
  let tracked: string[];
  try {
    tracked = execFileSync('git', ['ls-files', '-z', '--', 'docs'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0').filter((file) => file !== '');
  } catch {
    return;
  }
  const written = tracked.filter((file) => (statSync(join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= performance.timeOrigin);
  if (written.length > 0) {
    throw new Error(`the test run wrote to tracked files: ${written.join(', ')}. Tests write to test-results/; README pictures are refreshed by \`npm run screenshots\`.`);
  }
}
