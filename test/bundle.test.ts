// The deploy bundle: Forge's own bundler builds src/index.ts offline, and the bundle exports every handler
// that manifest.yml names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(__dirname, '..');

describe('deploy bundle', () => {
  it('bundles with @forge/bundler and exports every manifest handler', () => {
    const summary = JSON.parse(execFileSync('node', [join(root, 'scripts/check-bundle.cjs')], { encoding: 'utf8' })) as {
      outputDir: string; files: { name: string; bytes: number }[];
    };
    expect(summary.files.map((f) => f.name)).toContain('index.cjs');
    const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as { modules: { function: { handler: string }[] } };
    const bundle = createRequire(__filename)(join(summary.outputDir, 'index.cjs')) as Record<string, unknown>;
    for (const { handler } of manifest.modules.function) {
      expect({ handler, type: typeof bundle[handler.replace(/^index\./, '')] }).toEqual({ handler, type: 'function' });
    }
  }, 120_000);
});
