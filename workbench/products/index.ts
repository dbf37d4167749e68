// The product emulators the workbench runs instead of a real Jira and Confluence site.

export { createJiraEmulator, type JiraEmulator, type JiraEmulatorOptions, type VersionReleasedListener } from './jira';
export { createConfluenceEmulator, type ConfluenceEmulator, type ConfluenceEmulatorOptions } from './confluence';
export type { FaultInjector, FaultRule, FaultStatus } from './faults';
export type { EmulatorOptions, ProductEmulator } from './emulator';
