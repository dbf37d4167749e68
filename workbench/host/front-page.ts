// The front page, generated from the manifest: every module under its product, with links to the spots its module
// type gives it (project pages and one route per release, the issues and pages whose display conditions match,
// each macro instance and its config screen); readable without JavaScript.
import type { DemoSite } from '../seed/demo-site';
import { moduleTitle, type Placing } from './app-frame';
import { showsOnPage, spaceOf } from './confluence-spots';
import { html, type Html } from './html';
import { showsOnIssue } from './jira-spots';
import type { ManifestModule, ManifestModules } from './manifest-modules';
import { chrome, type Viewer } from './pages';
import { spotUrls } from './spot-urls';
import type { WorkbenchKey } from './wording';

/** The module types the workbench gives a spot, and how the front page names them. */
export const SPOT_TYPES = {
  'jira:projectPage': 'workbench.spots.projectPage',
  'jira:issuePanel': 'workbench.spots.issuePanel',
  'jira:issueContext': 'workbench.spots.issueContext',
  'confluence:spacePage': 'workbench.spots.spacePage',
  'macro': 'workbench.spots.macro',
  'confluence:contentBylineItem': 'workbench.spots.contentBylineItem',
} as const satisfies Readonly<Record<string, WorkbenchKey>>;

/** How many issues or pages the front page lists per module. */
const LISTED = 12;

export function renderFrontPage(site: DemoSite, manifest: ManifestModules, viewer: Viewer, placing: Placing): string {
  const { t } = viewer.wording;
  const { project, versions, issues } = site.jira;
  const space = site.confluence.spaces[0];
  const pages = site.confluence.pages.filter((page) => page.status === 'current');

  const heading = (module: ManifestModule) => html`<h3>${moduleTitle(module, placing)} <span class="wb-muted">(${t(SPOT_TYPES[module.type as keyof typeof SPOT_TYPES])})</span></h3>`;
  const listed = (items: readonly Html[], none: WorkbenchKey): Html => html`<ul>${items.length === 0 ? html`<li class="wb-muted">${t(none)}</li>` : items.slice(0, LISTED)}${items.length > LISTED ? html`<li class="wb-muted">${t('workbench.more', { count: items.length - LISTED })}</li>` : null}</ul>`;

  const projectPages = manifest.ofType('jira:projectPage').map((module) => {
    const base = spotUrls.projectPage(project.key, module.key);
    return html`${heading(module)}<ul>
<li><a href="${base}">${moduleTitle(module, placing)}</a></li>
${module.pages.map((page) => html`<li><a href="${base}/${page.route}">${placing.text(page.title)}</a></li>`)}
${versions.map((v) => html`<li><a href="${base}/versions/${v.id}">${t('workbench.release', { name: v.name })}</a> <span class="wb-muted">${v.releaseDate === null ? '' : t('workbench.releaseDate', { date: v.releaseDate })}</span></li>`)}
</ul>`;
  });
  const issueModules = [...manifest.ofType('jira:issuePanel'), ...manifest.ofType('jira:issueContext')].map((module) => {
    const items = issues.filter((issue) => showsOnIssue(module, site, issue)).map((issue) => {
      const children = issues.filter((i) => i.parentId === issue.id).length;
      return html`<li><a href="${spotUrls.issue(issue.key)}">${issue.key}</a> ${issue.summary}${children === 0 ? null : html` <span class="wb-muted">${t('workbench.issues', { count: children })}</span>`}</li>`;
    });
    return html`${heading(module)}${listed(items, 'workbench.noIssue')}`;
  });

  const spacePages = space === undefined ? [] : manifest.ofType('confluence:spacePage').filter((m) => m.route !== undefined)
    .map((module) => html`${heading(module)}<ul><li><a href="${spotUrls.spacePage(space.key, module.route ?? '')}">${moduleTitle(module, placing)}</a> (${space.name})</li></ul>`);
  const macros = manifest.ofType('macro').map((module) => {
    const items = site.confluence.macros.filter((m) => m.moduleKey === module.key).flatMap((instance) => {
      const page = pages.find((p) => p.id === instance.pageId);
      if (page === undefined) return [];
      const key = spaceOf(site, page).key;
      const configure = module.config === undefined ? null : html` · <a href="${spotUrls.macroConfig(key, page.id, instance.localId)}">${t('workbench.configure')}</a>`;
      return [html`<li><a href="${spotUrls.macro(key, page.id, instance.localId)}">${page.title}</a>${configure}</li>`];
    });
    return html`${heading(module)}${listed(items, 'workbench.noInstance')}`;
  });
  const bylines = manifest.ofType('confluence:contentBylineItem').map((module) => {
    const items = pages.filter((page) => showsOnPage(module, page))
      .map((page) => html`<li><a href="${spotUrls.byline(spaceOf(site, page).key, page.id, module.key)}">${page.title}</a></li>`);
    return html`${heading(module)}${listed(items, 'workbench.noPage')}`;
  });
  const unplaced = manifest.modules.filter((m) => m.resource !== undefined && !Object.hasOwn(SPOT_TYPES, m.type));

  const body = html`<main class="wb-main">
<h1>${t('workbench.title')}</h1>
<p>${t('workbench.intro')}</p>
<section><h2>${t('workbench.jiraProject', { name: project.name, key: project.key })}</h2>${projectPages}${issueModules}</section>
${space === undefined ? null : html`<section><h2>${t('workbench.confluenceSpace', { name: space.name, key: space.key })}</h2>${spacePages}${macros}${bylines}
<h3>${t('workbench.pages')}</h3><ul>${pages.map((p) => html`<li><a href="${spotUrls.page(spaceOf(site, p).key, p.id)}">${p.title}</a></li>`)}</ul></section>`}
${unplaced.length === 0 ? null : html`<section><h2>${t('workbench.noSpot')}</h2><ul>${unplaced.map((m) => html`<li>${m.key} (${m.type})</li>`)}</ul></section>`}
</main>`;
  return chrome(viewer, 'workbench', body);
}
