// Reads manifest.yml the way the Forge platform does for the workbench: which module renders which resource,
// which function backs it, and which handler export each function names.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const moduleSchema = z.object({
  key: z.string(),
  resource: z.string().optional(),
  resolver: z.object({ function: z.string() }).optional(),
  function: z.string().optional(),
  route: z.string().optional(),
  config: z.object({ resource: z.string() }).optional(),
  events: z.array(z.string()).optional(),
  queue: z.string().optional(),
});

const manifestSchema = z.object({
  modules: z.record(z.string(), z.array(z.unknown())),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
});

export interface ManifestModule {
  readonly type: string;
  readonly key: string;
  readonly resource: string | undefined;
  /** The function behind the module: its resolver, trigger or webtrigger function. */
  readonly functionKey: string | undefined;
  readonly configResource: string | undefined;
  readonly events: readonly string[];
  /** The queue a consumer module consumes. */
  readonly queue: string | undefined;
}

export interface ManifestModules {
  readonly modules: readonly ManifestModule[];
  /** resource key -> folder, relative to the app root. */
  readonly resources: ReadonlyMap<string, string>;
  /** function key -> handler export name in src/index.ts (`index.resolver` -> `resolver`). */
  readonly handlers: ReadonlyMap<string, string>;
  module(key: string): ManifestModule;
}

export function readManifestModules(manifestPath: string): ManifestModules {
  const manifest = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));
  const handlers = new Map<string, string>();
  const modules: ManifestModule[] = [];
  for (const [type, entries] of Object.entries(manifest.modules)) {
    for (const entry of entries) {
      if (type === 'function') {
        const fn = z.object({ key: z.string(), handler: z.string() }).parse(entry);
        const [file, exportName] = fn.handler.split('.');
        if (file !== 'index' || exportName === undefined) throw new Error(`function ${fn.key}: handler ${fn.handler} is not in src/index.ts`);
        handlers.set(fn.key, exportName);
        continue;
      }
      const m = moduleSchema.parse(entry);
      modules.push({
        type, key: m.key, resource: m.resource, functionKey: m.resolver?.function ?? m.function,
        configResource: m.config?.resource, events: m.events ?? [], queue: m.queue,
      });
    }
  }
  const byKey = new Map(modules.map((m) => [m.key, m]));
  return {
    modules,
    resources: new Map(manifest.resources.map((r) => [r.key, r.path])),
    handlers,
    module(key) {
      const found = byKey.get(key);
      if (found === undefined) throw new Error(`manifest.yml has no module ${key}`);
      return found;
    },
  };
}
