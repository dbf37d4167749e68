// Which product page a workbench path is, and what the app shows there: the Jira or Confluence spot, the module
// and resource it renders, and the extension context the bridge hands the app (as the product would).
import type { DemoSite } from '../seed/demo-site';
import { html, type Html } from './html';
import { HttpError } from './http-error';
import type { ManifestModules } from './manifest-modules';
import type { SurfaceFrame } from './pages';
import type { Wording } from './wording';

export type ProductPage =
  | { readonly kind: 'surface'; readonly frame: SurfaceFrame }
  /** A product page where the app shows nothing (e.g. the panel's display condition is false). */
  | { readonly kind: 'plain'; readonly product: 'jira' | 'confluence'; readonly title: string; readonly breadcrumbs: readonly string[]; readonly content: Html };

const surfaceAt = (frame: SurfaceFrame): ProductPage => ({ kind: 'surface', frame });

function jiraPage(path: string, site: DemoSite, manifest: ManifestModules, { t, app }: Wording): ProductPage | undefined {
  const { project, issues, versions } = site.jira;
  const projectExtension = { id: project.id, key: project.key, type: 'software' };
  let match = /^\/jira\/projects\/([A-Z]+)\/release-gates(?:\/(\d+))?$/.exec(path);
  if (match !== null) {
    if (match[1] !== project.key) throw new HttpError(404, `no project ${match[1] ?? ''}`);
    const versionId = match[2];
    const version = versions.find((v) => v.id === versionId);
    const title = app('manifest.releaseGates.title');
    return surfaceAt({
      product: 'jira', breadcrumbs: [t('workbench.projects'), project.name, title],
      title: version === undefined ? title : `${title} · ${version.name}`,
      moduleKey: 'release-gates', resourceKey: manifest.module('release-gates').resource ?? 'gate',
      extension: { type: 'jira:projectPage', project: projectExtension },
      ...(version === undefined ? {} : { route: `/versions/${version.id}` }),
    });
  }
  match = /^\/jira\/browse\/([A-Z]+-\d+)$/.exec(path);
  if (match === null) return undefined;
  const key = match[1];
  const issue = issues.find((i) => i.key === key);
  if (issue === undefined) throw new HttpError(404, `no issue ${key ?? ''}`);
  const breadcrumbs = [t('workbench.projects'), project.name, issue.key];
  const title = `${issue.key} ${issue.summary}`;
  if (issue.issueType !== 'Epic') return { kind: 'plain', product: 'jira', title, breadcrumbs, content: html`<p class="wb-muted">${t('workbench.noPanel')}</p>` };
  const releases = versions.filter((v) => issue.fixVersionIds.includes(v.id)).map((v) => v.name).join(', ');
  const children = issues.filter((i) => i.parentId === issue.id).length;
  return surfaceAt({
    product: 'jira', breadcrumbs, title,
    aside: html`<div class="wb-aside">${issue.status} · ${issue.duedate ?? '—'} · ${releases || '—'} · ${t('workbench.issues', { count: children })}</div>`,
    moduleKey: 'epic-dependencies', resourceKey: manifest.module('epic-dependencies').resource ?? 'dependencies',
    extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key, type: 'Epic' }, project: projectExtension, isNewToIssue: false },
  });
}

function confluencePage(path: string, site: DemoSite, manifest: ManifestModules, { t, app }: Wording): ProductPage | undefined {
  const space = site.confluence.spaces[0];
  const match = /^\/wiki\/spaces\/([A-Z]+)\/(.+)$/.exec(path);
  if (space === undefined || match === null || match[1] !== space.key) return undefined;
  const rest = match[2] ?? '';
  const spaceRef = { id: space.id, key: space.key };
  if (rest === 'apps/sop-library') {
    return surfaceAt({
      product: 'confluence', breadcrumbs: [t('workbench.spaces'), space.name], title: app('manifest.sopLibrary.title'),
      moduleKey: 'sop-library', resourceKey: manifest.module('sop-library').resource ?? 'sop', extension: { type: 'confluence:spacePage', space: spaceRef },
    });
  }
  if (rest === 'campaign' || rest === 'campaign/config') {
    const config = rest === 'campaign/config';
    const macro = manifest.module('campaign-roi');
    return surfaceAt({
      product: 'confluence', breadcrumbs: [t('workbench.spaces'), space.name, app('manifest.campaignRoi.title')],
      title: config ? app('manifest.campaignRoi.configTitle') : app('manifest.campaignRoi.title'),
      moduleKey: 'campaign-roi', resourceKey: (config ? macro.configResource : macro.resource) ?? 'campaign',
      extension: { type: 'macro', content: { id: space.homepageId, type: 'page' }, space: spaceRef, isConfig: config },
    });
  }
  const pageId = /^pages\/(\d+)$/.exec(rest)?.[1];
  const page = site.confluence.pages.find((p) => p.id === pageId);
  if (page === undefined) return undefined;
  const text = (page.versions.at(-1)?.body ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return surfaceAt({
    product: 'confluence', breadcrumbs: [t('workbench.spaces'), space.name, page.title], title: page.title,
    aside: html`<div class="wb-aside">${text.slice(0, 600)}${text.length > 600 ? '…' : ''}</div>`,
    moduleKey: 'sop-status', resourceKey: manifest.module('sop-status').resource ?? 'sop',
    extension: { type: 'macro', content: { id: page.id, type: 'page' }, space: spaceRef },
  });
}

/** The product page at `path`, or undefined when the workbench serves no such page. */
export function productPageAt(path: string, site: DemoSite, manifest: ManifestModules, wording: Wording): ProductPage | undefined {
  return jiraPage(path, site, manifest, wording) ?? confluencePage(path, site, manifest, wording);
}
