// The Jira Cloud emulator: REST v3 over a (copied) demo site, with request counts and fault injection.
// The workbench hands `endpoint` to the Forge runtime as the target of `requestJira`.

import type { DemoSite } from '../../seed/demo-site';
import { createEmulator, type EmulatorOptions, type ProductEmulator } from '../emulator';
import { jiraErrorStyle } from './errors';
import type { JiraProductEvent, ProductEventListener } from './issue-edits';
import type { VersionReleasedListener } from './projects';
import { jiraRoutes } from './router';
import { createJiraState } from './state';

export interface JiraEmulatorOptions extends EmulatorOptions {
  /** Serve and mutate `site` itself instead of a private copy (share one site between emulators). */
  readonly shareSite?: boolean;
  readonly onVersionReleased?: VersionReleasedListener;
  /** Raised after the emulator's work changes: issues created, edited or deleted, links made or removed. */
  readonly onProductEvent?: ProductEventListener;
}

export type JiraEmulator = ProductEmulator<DemoSite>;

export function createJiraEmulator(site: DemoSite, options: JiraEmulatorOptions = {}): JiraEmulator {
  const live = options.shareSite === true ? site : structuredClone(site);
  return createEmulator('Jira', jiraRoutes(options.onVersionReleased, options.onProductEvent), createJiraState(live), live, jiraErrorStyle, options);
}

export type { JiraProductEvent, ProductEventListener, VersionReleasedListener };
export { setIssueSecurity } from './permissions';
