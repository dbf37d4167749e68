// The real manifest validates offline with Forge's own validator (after `npm run build`), and broken copies fail
// with the validator's message: a missing function, a missing resource folder, an unknown scope.
import { validate } from '@forge/manifest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const manifestPath = join(root, 'manifest.yml');

/** A copy of the project whose manifest has one deliberate break; everything else is the real tree. */
function brokenCopy(edit: (manifest: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lc-manifest-'));
  for (const entry of ['src', 'static', 'dist', 'package.json']) symlinkSync(join(root, entry), join(dir, entry));
  const original = readFileSync(manifestPath, 'utf8');
  const broken = edit(original);
  expect(broken).not.toBe(original);
  writeFileSync(join(dir, 'manifest.yml'), broken);
  return join(dir, 'manifest.yml');
}

async function errorsOf(path: string): Promise<string[]> {
  const result = await validate(false, path);
  return (result.errors ?? []).map((error) => error.message);
}

describe('manifest.yml', () => {
  it('passes the Forge validator, resources built', async () => {
    const result = await validate(false, manifestPath);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it.each([
    ['a module naming a function that does not exist', (m: string) => m.replace('function: on-release', 'function: on-missing'), /undefined function module with key 'on-missing'/],
    ['a resource whose folder does not exist', (m: string) => m.replace('path: static/sop/build', 'path: static/sop/nowhere'), /static\/sop\/nowhere/],
    ['an unknown scope', (m: string) => m.replace('- read:jira-user', '- read:jira-usr'), /read:jira-usr/],
  ])('rejects %s with the validator message', async (_name, edit, message) => {
    const errors = await errorsOf(brokenCopy(edit));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });
});
