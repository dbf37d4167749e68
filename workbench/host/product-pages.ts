// Which product page a workbench address is, and what the app shows there: the Jira issue view, a Confluence page
// with its byline and macros, or one app spot of its own (project page, space page, macro instance, config screen,
// byline item). The spots come from the manifest's module types (jira-spots, confluence-spots).
import type { DemoSite } from '../seed/demo-site';
import type { AppFrame, Placing } from './app-frame';
import { bylineFrame, bylineOf, macroFrame, macrosOn, spaceOf, spacePageFrame, type BylineItem, type PlacedMacro } from './confluence-spots';
import { HttpError } from './http-error';
import { issueViewModules, projectPageFrame, type IssueViewModules } from './jira-spots';
import type { ManifestModules } from './manifest-modules';
import type { Wording } from './wording';

interface Heading {
  readonly title: string;
  readonly breadcrumbs: readonly string[];
}

export type ProductPage =
  | (Heading & { readonly kind: 'issue'; readonly facts: string; readonly modules: IssueViewModules })
  | (Heading & { readonly kind: 'page'; readonly byline: readonly BylineItem[]; readonly text: string; readonly macros: readonly PlacedMacro[] })
  | (Heading & { readonly kind: 'app'; readonly product: 'jira' | 'confluence'; readonly frame: AppFrame });

export interface ProductLookup {
  readonly site: DemoSite;
  readonly manifest: ManifestModules;
  readonly wording: Wording;
  readonly placing: Placing;
}

/** The entities storage format escapes text with; the page's text is escaped again when rendered. */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const found = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new HttpError(404, `no ${what}`);
  return value;
};

function jiraPage(url: URL, { site, manifest, wording: { t }, placing }: ProductLookup): ProductPage | undefined {
  const { project, issues, versions } = site.jira;
  const projectPage = /^\/jira\/projects\/([A-Z][A-Z0-9]*)\/([\w-]+)(\/.*)?$/.exec(url.pathname);
  if (projectPage !== null) {
    if (projectPage[1] !== project.key) throw new HttpError(404, `no project ${projectPage[1] ?? ''}`);
    const frame = found(projectPageFrame(manifest, site, projectPage[2] ?? '', `${projectPage[3] ?? '/'}${url.search}`, placing), `project page ${url.pathname}`);
    return { kind: 'app', product: 'jira', title: frame.title, breadcrumbs: [t('workbench.projects'), project.name, frame.title], frame };
  }
  const key = /^\/jira\/browse\/([A-Z][A-Z0-9]*-\d+)$/.exec(url.pathname)?.[1];
  if (key === undefined) return undefined;
  const issue = found(issues.find((i) => i.key === key), `issue ${key}`);
  const releases = versions.filter((v) => issue.fixVersionIds.includes(v.id)).map((v) => v.name).join(', ');
  const children = issues.filter((i) => i.parentId === issue.id).length;
  return {
    kind: 'issue', title: `${issue.key} ${issue.summary}`, breadcrumbs: [t('workbench.projects'), project.name, issue.key],
    facts: `${issue.status} · ${issue.duedate ?? '—'} · ${releases || '—'} · ${t('workbench.issues', { count: children })}`,
    modules: issueViewModules(manifest, site, issue, placing),
  };
}

function confluencePage(url: URL, { site, manifest, wording: { t }, placing }: ProductLookup): ProductPage | undefined {
  const match = /^\/wiki\/spaces\/([A-Z][A-Z0-9]*)\/(.+)$/.exec(url.pathname);
  if (match === null) return undefined;
  const space = found(site.confluence.spaces.find((s) => s.key === match[1]), `space ${match[1] ?? ''}`);
  const rest = match[2] ?? '';
  const appPage = (title: string, crumbs: readonly string[], frame: AppFrame): ProductPage =>
    ({ kind: 'app', product: 'confluence', title, breadcrumbs: [t('workbench.spaces'), space.name, ...crumbs], frame });

  const spacePage = /^apps\/([\w-]+)(\/.*)?$/.exec(rest);
  if (spacePage !== null) {
    const frame = found(spacePageFrame(manifest, space, spacePage[1] ?? '', `${spacePage[2] ?? '/'}${url.search}`, placing), `space page ${url.pathname}`);
    return appPage(frame.title, [], frame);
  }
  const onPage = /^pages\/(\d+)(?:\/macros\/([\w-]+)(\/config)?|\/byline\/([\w-]+))?$/.exec(rest);
  if (onPage === null) return undefined;
  const page = found(site.confluence.pages.find((p) => p.id === onPage[1] && spaceOf(site, p).id === space.id && p.status === 'current'), `page ${onPage[1] ?? ''}`);
  const [, , localId, config, bylineKey] = onPage;
  if (localId !== undefined) {
    const instance = found(site.confluence.macros.find((m) => m.localId === localId && m.pageId === page.id), `macro ${localId} on page ${page.id}`);
    const frame = found(macroFrame(manifest, site, instance, config !== undefined, placing), `${config === undefined ? 'macro' : 'config screen of macro'} ${instance.moduleKey}`);
    const configTitle = config === undefined ? undefined : manifest.module(instance.moduleKey).config?.title;
    return appPage(configTitle === undefined ? frame.title : placing.text(configTitle), [page.title], frame);
  }
  if (bylineKey !== undefined) {
    const frame = found(bylineFrame(manifest, site, page, bylineKey, placing), `byline item ${bylineKey} on page ${page.id}`);
    return appPage(frame.title, [page.title], frame);
  }
  const text = (page.versions.at(-1)?.body ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
  return {
    kind: 'page', title: page.title, breadcrumbs: [t('workbench.spaces'), space.name, page.title],
    byline: bylineOf(manifest, site, page, placing), text: text.length > 600 ? `${text.slice(0, 600)}…` : text,
    macros: macrosOn(manifest, site, page, placing),
  };
}

/** The product page at `url`, or undefined when the workbench serves no such page. */
export function productPageAt(url: URL, lookup: ProductLookup): ProductPage | undefined {
  return jiraPage(url, lookup) ?? confluencePage(url, lookup);
}
