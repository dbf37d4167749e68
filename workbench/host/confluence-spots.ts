// Where the app's Confluence modules show, by module type: `confluence:spacePage` at its route in the space, each
// `macro` instance where the demo pages place it (with that instance's local id and config, and its config screen),
// `confluence:contentBylineItem` in the byline of the pages its display conditions match. Each gets the extension
// context Confluence hands it (content, space, config, isEditing, location; see the Forge module reference).
import type { DemoMacroInstance, DemoPage, DemoSite, DemoSpace } from '../seed/demo-site';
import { frameOf, moduleTitle, type AppFrame, type Placing } from './app-frame';
import { displays } from './display-conditions';
import type { ManifestModule, ManifestModules } from './manifest-modules';
import { spotUrls } from './spot-urls';

/** A macro instance as its page shows it: the app's frame, or Confluence's notice for a macro the app lacks. */
export type PlacedMacro =
  | { readonly instance: DemoMacroInstance; readonly frame: AppFrame; readonly href: string; readonly configHref: string | undefined }
  | { readonly instance: DemoMacroInstance; readonly frame: undefined };

export interface BylineItem {
  readonly title: string;
  readonly href: string;
}

const spaceRef = (space: DemoSpace) => ({ id: space.id, key: space.key });
const contentRef = (page: DemoPage) => ({ id: page.id, type: 'page', subtype: null });

export function spaceOf(site: DemoSite, page: DemoPage): DemoSpace {
  const space = site.confluence.spaces.find((s) => s.id === page.spaceId);
  if (space === undefined) throw new Error(`page ${page.id} is in no demo space`);
  return space;
}

/** The space page whose route is `route`, at the app route `appRoute`. */
export function spacePageFrame(manifest: ManifestModules, space: DemoSpace, route: string, appRoute: string, placing: Placing): AppFrame | undefined {
  const module = manifest.ofType('confluence:spacePage').find((m) => m.route === route);
  if (module === undefined) return undefined;
  const base = spotUrls.spacePage(space.key, route);
  return frameOf(module, placing, {
    localId: `${module.key}-${space.id}`, path: appRoute === '/' ? base : `${base}${appRoute}`,
    extension: { space: spaceRef(space) }, history: { base, route: appRoute },
  });
}

const macroModule = (manifest: ManifestModules, instance: DemoMacroInstance): ManifestModule | undefined =>
  manifest.ofType('macro').find((m) => m.key === instance.moduleKey);

/** One macro instance: the macro itself, or (`editing`) its config screen, which returns to the macro when done. */
export function macroFrame(manifest: ManifestModules, site: DemoSite, instance: DemoMacroInstance, editing: boolean, placing: Placing): AppFrame | undefined {
  const module = macroModule(manifest, instance);
  const page = site.confluence.pages.find((p) => p.id === instance.pageId);
  const config = editing ? module?.config : undefined;
  if (module === undefined || page === undefined || (editing && config === undefined)) return undefined;
  const space = spaceOf(site, page);
  const href = spotUrls.macro(space.key, page.id, instance.localId);
  return frameOf(module, placing, {
    localId: instance.localId,
    path: editing ? spotUrls.macroConfig(space.key, page.id, instance.localId) : href,
    extension: { content: contentRef(page), space: spaceRef(space), isEditing: editing, config: instance.config },
    ...(config === undefined ? {} : { resource: config.resource, closeTo: href }),
  });
}

/** The macro instances on a page, in the order the page places them. */
export function macrosOn(manifest: ManifestModules, site: DemoSite, page: DemoPage, placing: Placing): readonly PlacedMacro[] {
  const space = spaceOf(site, page);
  return site.confluence.macros.filter((m) => m.pageId === page.id).map((instance): PlacedMacro => {
    const frame = macroFrame(manifest, site, instance, false, placing);
    if (frame === undefined) return { instance, frame };
    const configHref = macroModule(manifest, instance)?.config === undefined ? undefined : spotUrls.macroConfig(space.key, page.id, instance.localId);
    return { instance, frame, href: spotUrls.macro(space.key, page.id, instance.localId), configHref };
  });
}

/** Whether a byline module shows on this page. */
export const showsOnPage = (module: ManifestModule, page: DemoPage): boolean =>
  displays(module.displayConditions, { spot: 'content', contentPropertyKeys: new Set(page.properties.map((p) => p.key)) });

const bylineModules = (manifest: ManifestModules, page: DemoPage): readonly ManifestModule[] =>
  manifest.ofType('confluence:contentBylineItem').filter((module) => showsOnPage(module, page));

/** The byline items on a page: every byline module whose display conditions match it. */
export function bylineOf(manifest: ManifestModules, site: DemoSite, page: DemoPage, placing: Placing): readonly BylineItem[] {
  const space = spaceOf(site, page);
  return bylineModules(manifest, page).map((module) => ({ title: moduleTitle(module, placing), href: spotUrls.byline(space.key, page.id, module.key) }));
}

/** A byline item opened on a page, when it shows there. */
export function bylineFrame(manifest: ManifestModules, site: DemoSite, page: DemoPage, moduleKey: string, placing: Placing): AppFrame | undefined {
  const module = bylineModules(manifest, page).find((m) => m.key === moduleKey);
  if (module === undefined) return undefined;
  const space = spaceOf(site, page);
  return frameOf(module, placing, {
    localId: `${module.key}-${page.id}`, path: spotUrls.byline(space.key, page.id, module.key),
    extension: { content: contentRef(page), space: spaceRef(space) },
  });
}
