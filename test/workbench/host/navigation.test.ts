// router.navigate targets in the workbench: an issue, a project page with the app's route, a space page, a page by
// content id, a space; and every location it cannot go to refused with a message naming what is wrong.
import { join, resolve } from 'node:path';
import { readManifestModules } from '../../../workbench/host/manifest-modules';
import { navigationUrl } from '../../../workbench/host/navigation';
import { createDemoSite } from '../../../workbench/seed';

const root = resolve(__dirname, '../../..');
const manifest = readManifestModules(join(root, 'manifest.yml'));
const site = createDemoSite();
const url = (location: unknown) => navigationUrl(location, manifest, site);

describe('navigation targets', () => {
  it('goes to an issue\'s view', () => {
    expect(url({ target: 'issue', issueKey: 'PERP-7' })).toEqual({ ok: true, url: '/jira/browse/PERP-7' });
  });

  it('goes to a project page, with the app route after its address', () => {
    expect(url({ target: 'module', moduleKey: 'release-gates', projectKey: 'PERP', path: '/versions/10100/schedule' }))
      .toEqual({ ok: true, url: '/jira/projects/PERP/release-gates/versions/10100/schedule' });
    expect(url({ target: 'module', moduleKey: 'release-gates' })).toEqual({ ok: true, url: '/jira/projects/PERP/release-gates' });
    expect(url({ target: 'module', moduleKey: 'release-gates', path: '/' })).toEqual({ ok: true, url: '/jira/projects/PERP/release-gates' });
  });

  it('goes to a space page, a page and a space', () => {
    const space = site.confluence.spaces[0];
    const page = site.confluence.pages.find((p) => p.spaceId === space?.id);
    expect(url({ target: 'module', moduleKey: 'sop-library', spaceKey: space?.key })).toEqual({ ok: true, url: `/wiki/spaces/${space?.key ?? ''}/apps/sop-library` });
    expect(url({ target: 'contentView', contentId: page?.id })).toEqual({ ok: true, url: `/wiki/spaces/${space?.key ?? ''}/pages/${page?.id ?? ''}` });
    expect(url({ target: 'spaceView', spaceKey: space?.key })).toEqual({ ok: true, url: `/wiki/spaces/${space?.key ?? ''}/pages/${space?.homepageId ?? ''}` });
  });

  it.each([
    [{ issueKey: 'PERP-7' }, /needs a target/],
    [{ target: 'dashboard', dashboardId: '1' }, /does not emulate navigation to target dashboard/],
    [{ target: 'issue' }, /issueKey/],
    [{ target: 'issue', issueKey: 'javascript:alert(1)' }, /issueKey: an issue key/],
    [{ target: 'module', moduleKey: 'nope' }, /manifest.yml has no such module/],
    [{ target: 'module', moduleKey: 'epic-dependencies' }, /jira:issuePanel module is not a page of its own/],
    [{ target: 'module', moduleKey: 'release-gates', projectKey: 'OTHER' }, /no project OTHER/],
    [{ target: 'module', moduleKey: 'release-gates', path: '//evil.example/x' }, /path: a path inside the module/],
    [{ target: 'module', moduleKey: 'release-gates', path: '/../../wiki' }, /path: a path inside the module/],
    [{ target: 'module', moduleKey: 'release-gates', path: 'versions' }, /path: a path starting with \//],
    [{ target: 'contentView', contentId: '999999' }, /no such page/],
  ])('refuses %j', (location, message) => {
    const answer = url(location);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(message);
  });
});
