// One app iframe on a workbench page: the module, the resource it renders, and the extension context the product
// hands it in that spot; on project and space pages also where the app's routes start, and for a config screen
// where the host goes once the app submits or closes it.
import type { ManifestModule, ManifestText } from './manifest-modules';

export interface AppFrame {
  readonly moduleKey: string;
  readonly resourceKey: string;
  readonly title: string;
  /** The extension's local id: a macro instance's own, otherwise one per module and spot. */
  readonly localId: string;
  readonly extension: Readonly<Record<string, unknown>>;
  /** The host address the app's routes hang under, and the app's route when the page opens. */
  readonly history?: { readonly base: string; readonly route: string };
  readonly closeTo?: string;
}

/** What placing a module needs beyond the manifest and the demo site. */
export interface Placing {
  /** The host's origin: `location` in an extension context is the full address of the page. */
  readonly origin: string;
  /** A manifest text in the viewer's language (titles name `manifest.*` keys of the Forge translation files). */
  readonly text: (text: ManifestText) => string;
}

export const moduleTitle = (module: ManifestModule, placing: Placing): string =>
  module.title === undefined ? module.key : placing.text(module.title);

/** The frame of a module, rendering `resource` (its own unless a config screen's) with this extension context. */
export function frameOf(module: ManifestModule, placing: Placing, spot: {
  readonly localId: string; readonly path: string; readonly extension: Readonly<Record<string, unknown>>;
  readonly resource?: string; readonly history?: AppFrame['history']; readonly closeTo?: string;
}): AppFrame {
  const resourceKey = spot.resource ?? module.resource;
  if (resourceKey === undefined) throw new Error(`module ${module.key} (${module.type}) names no resource: the workbench hosts Custom UI only`);
  return {
    moduleKey: module.key, resourceKey, title: moduleTitle(module, placing), localId: spot.localId,
    extension: { type: module.type, ...spot.extension, location: `${placing.origin}${spot.path}` },
    ...(spot.history === undefined ? {} : { history: spot.history }),
    ...(spot.closeTo === undefined ? {} : { closeTo: spot.closeTo }),
  };
}
