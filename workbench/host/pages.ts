// The workbench's HTML: the front page that lists every surface, and the host page that frames one Custom UI
// resource the way Jira or Confluence would (product bar, breadcrumbs, a panel frame).
import { pickLanguage } from '../../src/i18n/translator';
import type { DemoSite, DemoUser } from '../seed/demo-site';
import { embedJson, html, type Html } from './html';
import type { Wording } from './wording';

export interface SurfaceFrame {
  readonly product: 'jira' | 'confluence';
  readonly breadcrumbs: readonly string[];
  readonly title: string;
  readonly moduleKey: string;
  readonly resourceKey: string;
  readonly extension: Readonly<Record<string, unknown>>;
  readonly route?: string;
  /** Shown beside the frame, as the product shows the issue or page the app is on. */
  readonly aside?: Html;
}

export interface Viewer {
  readonly user: DemoUser;
  readonly users: readonly DemoUser[];
  readonly wording: Wording;
}

function chrome(viewer: Viewer, product: string, body: Html): Html {
  const { t } = viewer.wording;
  const options = viewer.users.map((u) => html`<option value="${u.accountId}" ${u.accountId === viewer.user.accountId ? 'selected' : ''}>${u.displayName} · ${u.title}</option>`);
  return html`<!doctype html>
<html lang="${pickLanguage(viewer.user.locale)}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('workbench.title')}</title>
<link rel="stylesheet" href="/__workbench/host.css">
</head>
<body>
<header class="wb-bar wb-${product}">
  <a class="wb-home" href="/">${t('workbench.home')}</a>
  <span class="wb-product">${product === 'jira' ? 'Jira' : product === 'confluence' ? 'Confluence' : 'Launch Control'}</span>
  <span class="wb-spacer"></span>
  <label>${t('workbench.actingAs')} <select id="lc-user" aria-label="${t('workbench.actingAs')}">${options}</select></label>
  <button id="lc-theme" type="button" aria-pressed="false">${t('workbench.darkMode')}</button>
</header>
${body}
</body>
</html>`;
}

/** The front page: every surface of the app over the demo data, readable without JavaScript. */
export function renderFrontPage(site: DemoSite, viewer: Viewer): string {
  const { t, app } = viewer.wording;
  const { project, versions, issues } = site.jira;
  const epics = issues.filter((issue) => issue.issueType === 'Epic');
  const childCount = (epicId: string) => issues.filter((issue) => issue.parentId === epicId).length;
  const space = site.confluence.spaces[0];
  const pages = site.confluence.pages.filter((page) => page.spaceId === space?.id && page.status === 'current');
  const body = html`<main class="wb-main">
<h1>${t('workbench.title')}</h1>
<p>${t('workbench.intro')}</p>
<section><h2>${t('workbench.releaseGates')}</h2><ul>
${versions.map((v) => html`<li><a href="/jira/projects/${project.key}/release-gates/${v.id}">${t('workbench.release', { name: v.name })}</a> <span class="wb-muted">${v.releaseDate === null ? '' : t('workbench.releaseDate', { date: v.releaseDate })}</span></li>`)}
</ul></section>
<section><h2>${t('workbench.epicPanels')}</h2><ul>
${epics.map((e) => html`<li><a href="/jira/browse/${e.key}">${e.key}</a> ${e.summary} <span class="wb-muted">${t('workbench.issues', { count: childCount(e.id) })}</span></li>`)}
</ul></section>
<section><h2>${t('workbench.sop')}</h2><ul>
${space === undefined ? null : html`<li><a href="/wiki/spaces/${space.key}/apps/sop-library">${app('manifest.sopLibrary.title')}</a> (${space.name})</li>`}
${pages.map((p) => html`<li><a href="/wiki/spaces/${space?.key ?? ''}/pages/${p.id}">${p.title}</a></li>`)}
</ul></section>
<section><h2>${t('workbench.campaign')}</h2><ul>
<li><a href="/wiki/spaces/${space?.key ?? ''}/campaign">${app('manifest.campaignRoi.title')}</a></li>
<li><a href="/wiki/spaces/${space?.key ?? ''}/campaign/config">${t('workbench.campaignConfig')}</a></li>
</ul></section>
</main>`;
  return chrome(viewer, 'workbench', body).__html;
}

/** A product page hosting one Custom UI resource in an iframe, with the bridge context it will be given. */
export function renderSurfacePage(frame: SurfaceFrame, viewer: Viewer, context: Readonly<Record<string, unknown>>): string {
  const src = `/resources/${encodeURIComponent(frame.resourceKey)}/index.html${frame.route === undefined ? '' : `?route=${encodeURIComponent(frame.route)}`}`;
  const body = html`<nav class="wb-crumbs" aria-label="breadcrumbs">${frame.breadcrumbs.map((c) => html`<span>${c}</span>`)}</nav>
<main class="wb-surface">
<h1>${frame.title}</h1>
${frame.aside ?? null}
<section class="wb-frame" data-module="${frame.moduleKey}">
<iframe id="lc-frame" title="${frame.title}" src="${src}"></iframe>
</section>
</main>
<script type="application/json" id="lc-host-data">${embedJson({ context })}</script>
<script src="/__workbench/iframe-resizer.js"></script>
<script src="/__workbench/host.js"></script>`;
  return chrome(viewer, frame.product, body).__html;
}

/** A product page where the app shows nothing (e.g. the panel's display condition is false). */
export function renderPlainPage(product: 'jira' | 'confluence', viewer: Viewer, title: string, breadcrumbs: readonly string[], content: Html): string {
  const body = html`<nav class="wb-crumbs" aria-label="breadcrumbs">${breadcrumbs.map((c) => html`<span>${c}</span>`)}</nav>
<main class="wb-surface"><h1>${title}</h1>${content}</main>`;
  return chrome(viewer, product, body).__html;
}
