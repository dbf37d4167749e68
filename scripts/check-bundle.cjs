// Deploy-bundle check: bundles src/index.ts with Forge's own bundler (@forge/bundler, what `forge deploy` runs), offline.
// Forge's runtime loader and wrapper come from Atlassian's CDN at deploy time, so local stand-ins take their place:
// the app's own bundle is exactly what deploy would build. Prints a JSON summary; exits 1 on a bundling error.
'use strict';
const { mkdtempSync, mkdirSync, writeFileSync, readdirSync, statSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

async function main() {
  const appDir = resolve(__dirname, '..');
  const work = mkdtempSync(join(tmpdir(), 'lc-bundle-'));
  const runtimeDir = join(work, 'runtime');
  mkdirSync(join(runtimeDir, 'dist'), { recursive: true });
  writeFileSync(join(runtimeDir, 'dist', 'wrapper.js'), '// local stand-in for the Forge runtime wrapper\n');
  writeFileSync(join(runtimeDir, 'dist', 'loader.js'), '// local stand-in for the Forge runtime loader\n');
  process.env.TMPDIR = work;
  process.chdir(appDir);

  const { getNodeBundler, getEntryPoints, LocalWrapperProvider } = require('@forge/bundler');
  const { ConfigFile, FileSystemReader, FileSystemWriter, NullLogger } = require('@forge/cli-shared');
  const reader = new FileSystemReader();
  const config = new ConfigFile(reader, new FileSystemWriter());
  const entryPoints = getEntryPoints(await config.getAppHandlers());
  const quiet = { ...NullLogger, warn: (message) => process.stderr.write(`${String(message)}\n`) };
  const bundler = await getNodeBundler(quiet, new LocalWrapperProvider(reader, runtimeDir), config).getBundler();
  const result = await bundler.bundle({ appDirectory: appDir, entryPoints });
  const files = readdirSync(result.outputDir, { recursive: true }).map(String)
    .map((name) => ({ name, bytes: statSync(join(result.outputDir, name)).size }));
  process.stdout.write(`${JSON.stringify({ outputDir: result.outputDir, entryPoints: entryPoints.map((e) => e.name), files })}\n`);
}

main().catch((error) => {
  process.stderr.write(`bundle failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
