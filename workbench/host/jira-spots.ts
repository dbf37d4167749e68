// Where the app's Jira modules show, by module type: `jira:issuePanel` in the issue view's main column and
// `jira:issueContext` as a collapsible panel on its right, on the issues their display conditions match;
// `jira:projectPage` under the project, with the app's route after its address. Each gets the extension context
// Jira hands it (issue, project, location; see the Forge module reference).
import { ISSUE_TYPES } from '../products/jira/catalogue';
import type { DemoIssue, DemoSite } from '../seed/demo-site';
import { frameOf, type AppFrame, type Placing } from './app-frame';
import { displays } from './display-conditions';
import type { ManifestModule, ManifestModules } from './manifest-modules';
import { spotUrls } from './spot-urls';

export interface IssueViewModules {
  readonly panels: readonly AppFrame[];
  readonly contexts: readonly AppFrame[];
}

const projectOf = (site: DemoSite) => ({ id: site.jira.project.id, key: site.jira.project.key, type: 'software' });

/** Whether an issue-view module shows on this issue. */
export const showsOnIssue = (module: ManifestModule, site: DemoSite, issue: DemoIssue): boolean => displays(module.displayConditions, {
  spot: 'issue', issueKey: issue.key, issueId: issue.id, issueType: issue.issueType, projectKey: site.jira.project.key, projectId: site.jira.project.id,
});

/** The issue panels and issue contexts whose display conditions match this issue. */
export function issueViewModules(manifest: ManifestModules, site: DemoSite, issue: DemoIssue, placing: Placing): IssueViewModules {
  const project = projectOf(site);
  const framesOf = (type: 'jira:issuePanel' | 'jira:issueContext') => manifest.ofType(type)
    .filter((module) => showsOnIssue(module, site, issue))
    .map((module) => frameOf(module, placing, {
      localId: `${module.key}-${issue.id}`, path: spotUrls.issue(issue.key),
      extension: {
        issue: { id: issue.id, key: issue.key, type: issue.issueType, typeId: ISSUE_TYPES[issue.issueType].id }, project,
        ...(type === 'jira:issuePanel' ? { isNewToIssue: false } : {}),
      },
    }));
  return { panels: framesOf('jira:issuePanel'), contexts: framesOf('jira:issueContext') };
}

/**
 * The project page `moduleKey` at the app route `route` (`/` or `/<page route>/...`), or undefined when the manifest
 * has no such project page or the route names none of its pages.
 */
export function projectPageFrame(manifest: ManifestModules, site: DemoSite, moduleKey: string, route: string, placing: Placing): AppFrame | undefined {
  const module = manifest.ofType('jira:projectPage').find((m) => m.key === moduleKey);
  if (module === undefined) return undefined;
  const page = /^\/([^/?#]+)/.exec(route)?.[1];
  if (page !== undefined && module.pages.length > 0 && !module.pages.some((p) => p.route === page)) return undefined;
  const base = spotUrls.projectPage(site.jira.project.key, module.key);
  return frameOf(module, placing, {
    localId: `${module.key}-${site.jira.project.id}`, path: route === '/' ? base : `${base}${route}`,
    extension: { project: projectOf(site) }, history: { base, route },
  });
}
