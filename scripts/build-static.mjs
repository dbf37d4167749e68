// Builds every Custom UI resource the manifest names: static/<surface>/ -> static/<surface>/build/, one Vite build
// per surface with relative asset paths (Forge serves each resource from its own folder) and only that surface's
// strings; then writes the Forge translation files manifest.yml names.
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { surfaceCatalogues, writeTranslations } from './catalogues.mjs';

export const SURFACES = ['gate', 'dependencies', 'sop', 'campaign', 'campaign-config'];

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(appRoot, 'static');
const localesDir = join(appRoot, 'locales');
const CATALOGUE_MODULE = 'virtual:launch-control/catalogue';

/** Resolves the catalogue module static/ui/i18n.ts imports to this surface's strings plus the shared ones. */
function surfaceCatalogue(surface) {
  const resolved = `\0${CATALOGUE_MODULE}`;
  return {
    name: 'launch-control:catalogue',
    resolveId: (source) => (source === CATALOGUE_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? `export default ${JSON.stringify(surfaceCatalogues(localesDir, surface))};` : undefined),
  };
}

for (const surface of SURFACES) {
  await build({
    root: join(staticDir, surface),
    base: './',
    logLevel: 'warn',
    plugins: [surfaceCatalogue(surface), react()],
    build: { outDir: 'build', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  });
}
const manifest = parse(readFileSync(join(appRoot, 'manifest.yml'), 'utf8'));
writeTranslations(appRoot, localesDir, manifest.translations.resources);
console.log(`built ${SURFACES.length} resources: ${SURFACES.join(', ')}; translations: ${manifest.translations.resources.map((r) => r.path).join(', ')}`);
