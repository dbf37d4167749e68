// Reads manifest.yml the way the Forge platform does for the workbench: each module's type, the resource it renders,
// its title, display conditions and routes, which function backs it, and which handler export each function names.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** A manifest text: literal, or a key of the Forge translation files. */
export type ManifestText = string | { readonly i18n: string };

const textSchema: z.ZodType<ManifestText> = z.union([z.string(), z.object({ i18n: z.string() })]);

const moduleSchema = z.object({
  key: z.string(),
  resource: z.string().optional(),
  resolver: z.object({ function: z.string() }).optional(),
  function: z.string().optional(),
  title: textSchema.optional(),
  route: z.string().optional(),
  pages: z.array(z.object({ title: textSchema, route: z.string() })).optional(),
  displayConditions: z.record(z.string(), z.unknown()).optional(),
  config: z.object({ resource: z.string(), title: textSchema.optional() }).optional(),
  events: z.array(z.string()).optional(),
  queue: z.string().optional(),
});

const manifestSchema = z.object({
  modules: z.record(z.string(), z.array(z.unknown())),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
  translations: z.object({ resources: z.array(z.object({ key: z.string(), path: z.string() })) }).optional(),
});

export interface ManifestModule {
  readonly type: string;
  readonly key: string;
  readonly resource: string | undefined;
  readonly title: ManifestText | undefined;
  /** The function behind the module: its resolver, trigger or webtrigger function. */
  readonly functionKey: string | undefined;
  /** A space page's route (`confluence:spacePage`). */
  readonly route: string | undefined;
  /** A project page's subpages (`jira:projectPage` `pages`): the first segment of the app's route. */
  readonly pages: readonly { readonly title: ManifestText; readonly route: string }[];
  readonly displayConditions: Readonly<Record<string, unknown>> | undefined;
  /** A macro's custom config screen. */
  readonly config: { readonly resource: string; readonly title: ManifestText | undefined } | undefined;
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
  /** locale -> Forge translation file, relative to the app root. */
  readonly translations: ReadonlyMap<string, string>;
  module(key: string): ManifestModule;
  /** The modules of one type, in manifest order. */
  ofType(type: string): readonly ManifestModule[];
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
        type, key: m.key, resource: m.resource, title: m.title, functionKey: m.resolver?.function ?? m.function,
        route: m.route, pages: m.pages ?? [], displayConditions: m.displayConditions,
        config: m.config === undefined ? undefined : { resource: m.config.resource, title: m.config.title },
        events: m.events ?? [], queue: m.queue,
      });
    }
  }
  const byKey = new Map(modules.map((m) => [m.key, m]));
  return {
    modules,
    resources: new Map(manifest.resources.map((r) => [r.key, r.path])),
    handlers,
    translations: new Map((manifest.translations?.resources ?? []).map((r) => [r.key, r.path])),
    module(key) {
      const found = byKey.get(key);
      if (found === undefined) throw new Error(`manifest.yml has no module ${key}`);
      return found;
    },
    ofType: (type) => modules.filter((m) => m.type === type),
  };
}
