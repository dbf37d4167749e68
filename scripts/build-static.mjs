// Builds every Custom UI resource the manifest names: static/<surface>/ -> static/<surface>/build/.
// One Vite build per surface, relative asset paths (Forge serves each resource from its own folder).
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export const SURFACES = ['gate', 'dependencies', 'sop', 'campaign', 'campaign-config'];

const staticDir = fileURLToPath(new URL('../static/', import.meta.url));

for (const surface of SURFACES) {
  await build({
    root: `${staticDir}${surface}`,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: 'build', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  });
}
console.log(`built ${SURFACES.length} resources: ${SURFACES.join(', ')}`);
