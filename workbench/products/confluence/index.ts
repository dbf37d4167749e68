// The Confluence Cloud emulator: v2 pages/spaces/properties and v1 people/templates over a (copied) demo site,
// with request counts and fault injection. The workbench hands `endpoint` to `requestConfluence`.

import type { DemoSite } from '../../seed/demo-site';
import { createEmulator, type EmulatorOptions, type ProductEmulator } from '../emulator';
import { confluenceErrorStyle } from './errors';
import { confluenceRoutes } from './router';
import { createConfluenceState } from './state';

export interface ConfluenceEmulatorOptions extends EmulatorOptions {
  /** Serve and mutate `site` itself instead of a private copy (share one site between emulators). */
  readonly shareSite?: boolean;
}

export type ConfluenceEmulator = ProductEmulator<DemoSite>;

export function createConfluenceEmulator(site: DemoSite, options: ConfluenceEmulatorOptions = {}): ConfluenceEmulator {
  const live = options.shareSite === true ? site : structuredClone(site);
  return createEmulator('Confluence', confluenceRoutes(), createConfluenceState(live), live, confluenceErrorStyle, options);
}
