// Every module gets its spot from its manifest module type, with the extension context the product hands it: issue
// panels and issue contexts on the issues their display conditions match, project and space pages with the app's
// route, each macro instance with its own local id and config (and its config screen), byline items on the pages
// they match. The real manifest, and a synthetic one with the types manifest.yml does not use yet.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Placing } from '../../../workbench/host/app-frame';
import { bylineFrame, bylineOf, macroFrame, macrosOn, spacePageFrame } from '../../../workbench/host/confluence-spots';
import { renderFrontPage } from '../../../workbench/host/front-page';
import { issueViewModules, projectPageFrame } from '../../../workbench/host/jira-spots';
import { readManifestModules } from '../../../workbench/host/manifest-modules';
import { manifestText, readAppTranslations, wordingFor } from '../../../workbench/host/wording';
import { createDemoSite, type DemoSite } from '../../../workbench/seed';

const root = resolve(__dirname, '../../..');
const manifest = readManifestModules(join(root, 'manifest.yml'));
const wording = wordingFor('en_US', readAppTranslations(root, manifest.translations));
const placing: Placing = { origin: 'http://workbench.test', text: manifestText(wording) };
const viewer = (site: DemoSite) => ({ user: site.users[0]!, users: site.users, wording });

const SYNTHETIC = `
modules:
  jira:issueContext:
    - key: issue-place
      title: Place in the release
      resource: main
      displayConditions:
        not:
          issueType: Epic
  jira:projectPage:
    - key: release-schedule
      title: Release schedule
      resource: main
      pages:
        - title: Releases
          route: releases
  confluence:contentBylineItem:
    - key: everywhere
      title: On every page
      resource: main
    - key: evidence
      title: SOP evidence
      resource: main
      displayConditions:
        entityPropertyExists:
          entity: content
          propertyKey: launch-control.evidence
  jira:adminPage:
    - key: admin
      title: Admin
      resource: main
resources:
  - key: main
    path: static/gate/build
`;

function syntheticManifest() {
  const dir = mkdtempSync(join(tmpdir(), 'lc-spots-'));
  writeFileSync(join(dir, 'manifest.yml'), SYNTHETIC);
  return readManifestModules(join(dir, 'manifest.yml'));
}

const issue = (site: DemoSite, key: string) => site.jira.issues.find((i) => i.key === key)!;
const page = (site: DemoSite, id: string) => site.confluence.pages.find((p) => p.id === id)!;

describe('the app manifest', () => {
  const site = createDemoSite();
  const epic = issue(site, 'PERP-7');
  const story = issue(site, site.jira.landmarks.slippageProtection);

  it('puts the issue panel on epics only and the dependency view on every other issue, with the issue view context', () => {
    const { panels, contexts } = issueViewModules(manifest, site, epic, placing);
    expect(panels.map((f) => [f.moduleKey, f.resourceKey, f.title])).toEqual([['epic-dependencies', 'dependencies', 'Dependencies & critical path']]);
    expect(contexts).toEqual([]);
    expect(panels[0]?.extension).toEqual({
      type: 'jira:issuePanel', issue: { id: epic.id, key: 'PERP-7', type: 'Epic', typeId: '10000' },
      project: { id: site.jira.project.id, key: 'PERP', type: 'software' }, isNewToIssue: false, location: 'http://workbench.test/jira/browse/PERP-7',
    });
    const onStory = issueViewModules(manifest, site, story, placing);
    expect(onStory.panels).toEqual([]);
    expect(onStory.contexts.map((f) => [f.moduleKey, f.resourceKey, f.title])).toEqual([['issue-dependencies', 'issue-context', 'Release dependencies']]);
    expect(onStory.contexts[0]?.extension).toMatchObject({ type: 'jira:issueContext', issue: { key: story.key }, project: { key: 'PERP' } });
  });

  it('serves the project page with the app route after its address', () => {
    const frame = projectPageFrame(manifest, site, 'release-gates', '/versions/10100', placing);
    expect(frame).toMatchObject({
      moduleKey: 'release-gates', resourceKey: 'gate', history: { base: '/jira/projects/PERP/release-gates', route: '/versions/10100' },
      extension: { type: 'jira:projectPage', project: { key: 'PERP' }, location: 'http://workbench.test/jira/projects/PERP/release-gates/versions/10100' },
    });
    expect(projectPageFrame(manifest, site, 'epic-dependencies', '/', placing)).toBeUndefined();
  });

  it('serves the space page at its route', () => {
    const space = site.confluence.spaces[0]!;
    expect(spacePageFrame(manifest, space, 'sop-library', '/', placing)).toMatchObject({
      moduleKey: 'sop-library', resourceKey: 'sop', history: { base: '/wiki/spaces/PERPOPS/apps/sop-library', route: '/' },
      extension: { type: 'confluence:spacePage', space: { id: space.id, key: 'PERPOPS' } },
    });
    expect(spacePageFrame(manifest, space, 'elsewhere', '/', placing)).toBeUndefined();
  });

  it('places each macro instance of a page with its own local id and config', () => {
    const placed = macrosOn(manifest, site, page(site, '1003'), placing);
    expect(placed.map((p) => [p.frame?.moduleKey, p.frame?.localId, p.frame?.extension['config'], p.frame?.extension['isEditing']])).toEqual([
      ['sop-runbook', '5e7a0000-1003-4000-8000-000000000001', { drill: true }, false],
      ['sop-status', '5e7a0000-1003-4000-8000-000000000002', { reviewEveryDays: 90 }, false],
    ]);
    expect(placed[0]?.frame?.extension['content']).toEqual({ id: '1003', type: 'page', subtype: null });
  });

  it('opens a macro config screen for its instance, and none for a macro without one', () => {
    const [first, second] = site.confluence.macros.filter((m) => m.moduleKey === 'campaign-roi');
    const screen = macroFrame(manifest, site, first!, true, placing);
    expect(screen).toMatchObject({
      moduleKey: 'campaign-roi', resourceKey: 'campaign-config', localId: first!.localId,
      closeTo: `/wiki/spaces/PERPOPS/pages/${first!.pageId}/macros/${first!.localId}`,
      extension: { type: 'macro', isEditing: true, config: first!.config },
    });
    expect(macroFrame(manifest, site, second!, true, placing)?.extension['config']).not.toEqual(first!.config);
    expect(macroFrame(manifest, site, site.confluence.macros.find((m) => m.moduleKey === 'sop-status')!, true, placing)).toBeUndefined();
  });

  it('shows an instance of a macro the app lacks as Confluence does, without a frame', () => {
    const other = createDemoSite();
    other.confluence.macros.push({ localId: 'gone', pageId: '1005', moduleKey: 'retired-macro', config: {} });
    expect(macrosOn(manifest, other, page(other, '1005'), placing).map((p) => [p.instance.moduleKey, p.frame])).toEqual([['retired-macro', undefined]]);
  });
});

describe('a manifest with an issue context, byline items and project subpages', () => {
  const synthetic = syntheticManifest();

  it('puts the issue context on the issues its display conditions match', () => {
    const site = createDemoSite();
    const story = issue(site, site.jira.landmarks.slippageProtection);
    const { panels, contexts } = issueViewModules(synthetic, site, story, placing);
    expect(panels).toEqual([]);
    expect(contexts.map((f) => f.moduleKey)).toEqual(['issue-place']);
    expect(contexts[0]?.extension).toMatchObject({ type: 'jira:issueContext', issue: { key: story.key, type: story.issueType } });
    expect(contexts[0]?.extension).not.toHaveProperty('isNewToIssue');
    expect(issueViewModules(synthetic, site, issue(site, 'PERP-7'), placing).contexts).toEqual([]);
  });

  it('routes a project page to its subpages only', () => {
    const site = createDemoSite();
    expect(projectPageFrame(synthetic, site, 'release-schedule', '/releases/10100', placing)?.history).toEqual({ base: '/jira/projects/PERP/release-schedule', route: '/releases/10100' });
    expect(projectPageFrame(synthetic, site, 'release-schedule', '/', placing)).toBeDefined();
    expect(projectPageFrame(synthetic, site, 'release-schedule', '/elsewhere', placing)).toBeUndefined();
  });

  it('puts byline items on every page, or on the pages their display conditions match', () => {
    const site = createDemoSite();
    const runbook = page(site, '1003');
    expect(site.confluence.pages.every((p) => bylineOf(synthetic, site, p, placing).map((b) => b.title).join() === 'On every page')).toBe(true);
    runbook.properties.push({ id: '9001', key: 'launch-control.evidence', value: {}, version: { number: 1, createdAt: '2026-11-25T00:00:00.000Z', authorId: runbook.authorId, message: '', minorEdit: false } });
    expect(bylineOf(synthetic, site, runbook, placing)).toEqual([
      { title: 'On every page', href: '/wiki/spaces/PERPOPS/pages/1003/byline/everywhere' },
      { title: 'SOP evidence', href: '/wiki/spaces/PERPOPS/pages/1003/byline/evidence' },
    ]);
    expect(bylineFrame(synthetic, site, runbook, 'evidence', placing)?.extension).toEqual({
      type: 'confluence:contentBylineItem', content: { id: '1003', type: 'page', subtype: null }, space: { id: runbook.spaceId, key: 'PERPOPS' },
      location: 'http://workbench.test/wiki/spaces/PERPOPS/pages/1003/byline/evidence',
    });
    expect(bylineFrame(synthetic, site, page(site, '1004'), 'evidence', placing)).toBeUndefined();
  });

  it('lists every module on the front page, and the ones without a spot', () => {
    const site = createDemoSite();
    const text = renderFrontPage(site, synthetic, viewer(site), placing);
    const nonEpics = site.jira.issues.filter((i) => i.issueType !== 'Epic').length;
    for (const needle of ['Place in the release', `and ${String(nonEpics - 12)} more`, '/jira/projects/PERP/release-schedule/releases', 'On every page', '/pages/1003/byline/everywhere', 'SOP evidence', 'No page matches its display conditions.', 'admin (jira:adminPage)']) {
      expect(text).toContain(needle);
    }
  });
});

describe('the front page of the app manifest', () => {
  it('links every module of every type, each macro instance and its config screen', () => {
    const site = createDemoSite();
    const text = renderFrontPage(site, manifest, viewer(site), placing);
    const links = [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(expect.arrayContaining([
      '/jira/projects/PERP/release-gates', ...site.jira.versions.map((v) => `/jira/projects/PERP/release-gates/versions/${v.id}`),
      ...site.jira.issues.filter((i) => i.issueType === 'Epic').map((i) => `/jira/browse/${i.key}`),
      '/wiki/spaces/PERPOPS/apps/sop-library',
      ...site.confluence.macros.map((m) => `/wiki/spaces/PERPOPS/pages/${m.pageId}/macros/${m.localId}`),
      ...site.confluence.macros.filter((m) => m.moduleKey === 'campaign-roi').map((m) => `/wiki/spaces/PERPOPS/pages/${m.pageId}/macros/${m.localId}/config`),
    ]));
    expect(links.filter((l) => l?.endsWith('/config'))).toHaveLength(2);
    expect(text).not.toContain('without a spot');
  });
});
