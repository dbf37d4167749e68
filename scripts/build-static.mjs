// Builds every Custom UI resource the manifest names: static/<surface>/ -> static/<surface>/build/, one Vite build
// per surface with relative asset paths (Forge serves each resource from its own folder), a generated index.html and
// only the catalogue parts locales/bundles.json gives it; then writes the Forge translation files manifest.yml names.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { surfaceCatalogues, writeTranslations } from './catalogues.mjs';

export const SURFACES = ['gate', 'dependencies', 'issue-context', 'sop', 'campaign', 'campaign-config', 'diagnosis'];

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(appRoot, 'static');
const localesDir = join(appRoot, 'locales');
const CATALOGUE_MODULE = 'virtual:launch-control/catalogue';

/** The same page for every surface: a root element and the surface's entry module. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Launch Control</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

/** Serves the generated index.html of one surface as the build's entry, so no copy lives in the source tree. */
function surfaceIndexHtml(root) {
  const entry = join(root, 'index.html');
  return {
    name: 'launch-control:index-html',
    resolveId: (source) => (source === entry ? entry : undefined),
    load: (id) => (id === entry ? INDEX_HTML : undefined),
  };
}

/** Resolves the catalogue module static/ui/i18n.ts imports to the catalogue parts of this surface's bundle. */
function surfaceCatalogue(surface) {
  const resolved = `\0${CATALOGUE_MODULE}`;
  return {
    name: 'launch-control:catalogue',
    resolveId: (source) => (source === CATALOGUE_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(surfaceCatalogues(localesDir, surface))};` : undefined),
  };
}

for (const surface of SURFACES) {
  const root = join(staticDir, surface);
  await build({
    root,
    base: './',
    logLevel: 'warn',
    plugins: [surfaceIndexHtml(root), surfaceCatalogue(surface), react()],
    build: {
      outDir: 'build', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500,
      rollupOptions: { input: join(root, 'index.html') },
    },
  });
}
const manifest = parse(readFileSync(join(appRoot, 'manifest.yml'), 'utf8'));
writeTranslations(appRoot, localesDir, manifest.translations.resources);
console.log(`built ${SURFACES.length} resources: ${SURFACES.join(', ')}; translations: ${manifest.translations.resources.map((r) => r.path).join(', ')}`);
