// The workbench's product pages in HTML: the chrome every page shares (product bar, user switcher, theme), and the
// Jira issue view, the Confluence page and the app's own spots, each app module in an iframe the way Jira or
// Confluence frames it, with the bridge context of every frame for the host script.
import { pickLanguage } from '../../src/i18n/translator';
import type { DemoUser } from '../seed/demo-site';
import type { AppFrame } from './app-frame';
import { embedJson, html, type Html } from './html';
import type { ProductPage } from './product-pages';
import type { Wording } from './wording';

export interface Viewer {
  readonly user: DemoUser;
  readonly users: readonly DemoUser[];
  readonly wording: Wording;
}

/** The bridge context a frame's app gets from `view.getContext()`. */
export type ContextOf = (frame: AppFrame) => Readonly<Record<string, unknown>>;

/** What the host script needs of each frame on the page. */
interface HostFrame {
  readonly context: Readonly<Record<string, unknown>>;
  readonly history: AppFrame['history'];
  readonly closeTo: string | undefined;
}

/** Every page: the product bar, the body, and the host script (user switcher, theme, and the frames' bridge). */
export function chrome(viewer: Viewer, product: 'jira' | 'confluence' | 'workbench', body: Html, frames: readonly HostFrame[] = []): string {
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
<script type="application/json" id="lc-host-data">${embedJson({ frames })}</script>
<script src="/__workbench/iframe-resizer.js"></script>
<script src="/__workbench/host.js"></script>
</body>
</html>`.__html;
}

/** The frames of a page in document order; the first is `#lc-frame`, as the browser tests address it. */
function frameElement(frame: AppFrame, index: number): Html {
  const route = frame.history === undefined ? '' : `?route=${encodeURIComponent(frame.history.route)}`;
  return html`<section class="wb-frame" data-module="${frame.moduleKey}" data-local-id="${frame.localId}">
<iframe id="${index === 0 ? 'lc-frame' : `lc-frame-${String(index + 1)}`}" data-frame="${index}" title="${frame.title}" src="/resources/${encodeURIComponent(frame.resourceKey)}/index.html${route}"></iframe>
</section>`;
}

function layout(page: ProductPage, { t }: Wording): { body: Html; frames: readonly AppFrame[] } {
  switch (page.kind) {
    case 'app':
      return { body: frameElement(page.frame, 0), frames: [page.frame] };
    case 'issue': {
      const { panels, contexts } = page.modules;
      const panelHtml = panels.map((frame, i) => html`<h2 class="wb-module">${frame.title}</h2>${frameElement(frame, i)}`);
      const contextHtml = contexts.map((frame, i) => html`<details class="wb-context" open><summary>${frame.title}</summary>${frameElement(frame, panels.length + i)}</details>`);
      const nothing = panels.length + contexts.length === 0 ? html`<p class="wb-muted">${t('workbench.noModule')}</p>` : null;
      const facts = html`<div class="wb-aside">${page.facts}</div>`;
      // Issue contexts take a column on the right, as in Jira; without one the panels keep the page's full width.
      const body = contexts.length === 0
        ? html`${facts}${nothing}${panelHtml}`
        : html`<div class="wb-columns"><div class="wb-column">${nothing}${panelHtml}</div><aside class="wb-side">${facts}${contextHtml}</aside></div>`;
      return { body, frames: [...panels, ...contexts] };
    }
    case 'page': {
      const frames = page.macros.flatMap((placed) => (placed.frame === undefined ? [] : [placed.frame]));
      const macros = page.macros.map((placed) => {
        if (placed.frame === undefined) return html`<p class="wb-unknown-macro">${t('workbench.unknownMacro', { key: placed.instance.moduleKey })}</p>`;
        const links = html`<a href="${placed.href}">${placed.frame.title}</a>${placed.configHref === undefined ? null : html` · <a href="${placed.configHref}">${t('workbench.configure')}</a>`}`;
        return html`<div class="wb-macro"><p class="wb-muted">${links}</p>${frameElement(placed.frame, frames.indexOf(placed.frame))}</div>`;
      });
      const byline = page.byline.map((item) => html`<li><a href="${item.href}">${item.title}</a></li>`);
      return { body: html`${byline.length === 0 ? null : html`<ul class="wb-byline">${byline}</ul>`}<div class="wb-aside">${page.text}</div>${macros}`, frames };
    }
  }
}

/** A product page with the app's frames in their spots. */
export function renderProductPage(page: ProductPage, viewer: Viewer, contextOf: ContextOf): string {
  const { body, frames } = layout(page, viewer.wording);
  const product = page.kind === 'app' ? page.product : page.kind === 'issue' ? 'jira' : 'confluence';
  return chrome(viewer, product, html`<nav class="wb-crumbs" aria-label="breadcrumbs">${page.breadcrumbs.map((c) => html`<span>${c}</span>`)}</nav>
<main class="wb-surface">
<h1>${page.title}</h1>
${body}
</main>`, frames.map((frame) => ({ context: contextOf(frame), history: frame.history, closeTo: frame.closeTo })));
}
