// Forge macros placed in a page body (storage format `ac:adf-extension` nodes of type com.atlassian.ecosystem):
// when a page is created or updated through the API, each such macro becomes a placed instance with its local id
// and its guest params as configuration, as if the editor had inserted it, so the host shows it on the page.

import type { DemoMacroInstance, DemoPage } from '../../seed/demo-site';
import type { ConfluenceState } from './state';

const EXTENSION = /<ac:adf-extension>([\s\S]*?)<\/ac:adf-extension>/g;
const EXTENSION_KEY = /<ac:adf-attribute key="extension-key">([^<]*)<\/ac:adf-attribute>/;
const LOCAL_ID = /<ac:adf-parameter key="local-id">([^<]*)<\/ac:adf-parameter>/;
const GUEST_PARAMS = /<ac:adf-parameter key="guest-params">([\s\S]*?)<\/ac:adf-parameter><\/ac:adf-attribute>/;
const PARAM = /<ac:adf-parameter key="([^"]*)">([^<]*)<\/ac:adf-parameter>/g;

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Guest params are text in storage; numbers and booleans come back as such, as the macro's config would hold them. */
function valueOf(text: string): unknown {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function forgeMacrosIn(pageId: string, body: string): DemoMacroInstance[] {
  const found: DemoMacroInstance[] = [];
  for (const match of body.matchAll(EXTENSION)) {
    const node = match[1] ?? '';
    if (!node.includes('com.atlassian.ecosystem')) continue;
    const key = EXTENSION_KEY.exec(node)?.[1];
    const localId = LOCAL_ID.exec(node)?.[1];
    const moduleKey = key === undefined ? undefined : /\/static\/([\w-]+)$/.exec(unescape(key))?.[1];
    if (moduleKey === undefined || localId === undefined) continue;
    const config: Record<string, unknown> = {};
    for (const param of (GUEST_PARAMS.exec(node)?.[1] ?? '').matchAll(PARAM)) config[unescape(param[1] ?? '')] = valueOf(unescape(param[2] ?? ''));
    found.push({ localId: unescape(localId), pageId, moduleKey, config });
  }
  return found;
}

/** Places the macros of the page's current body, keeping the configuration of instances already placed. */
export function placeForgeMacros(state: ConfluenceState, page: DemoPage, body: string): void {
  const macros = state.site.confluence.macros;
  for (const instance of forgeMacrosIn(page.id, body)) {
    if (!macros.some((m) => m.localId === instance.localId && m.pageId === page.id)) macros.push(instance);
  }
}
