// Confluence v2 and v1 representations of demo records: spaces, pages (with optional storage body),
// versions, labels, content properties and v1 users.

import type { DemoContentProperty, DemoPage, DemoPageVersion, DemoSpace, DemoUser } from '../../seed/demo-site';
import type { ConfluenceState } from './state';

export function currentVersion(page: DemoPage): DemoPageVersion {
  const v = page.versions[page.versions.length - 1];
  if (!v) throw new Error(`page ${page.id} has no versions`);
  return v;
}

export function versionView(v: DemoPageVersion): Record<string, unknown> {
  return { createdAt: v.createdAt, message: v.message, number: v.number, minorEdit: v.minorEdit, authorId: v.authorId };
}

export function spaceView(state: ConfluenceState, space: DemoSpace): Record<string, unknown> {
  return {
    id: space.id, key: space.key, name: space.name, type: 'global', status: 'current', authorId: space.authorId, createdAt: space.createdAt,
    homepageId: space.homepageId, description: null, icon: null,
    _links: { webui: `/spaces/${space.key}`, base: `${state.baseUrl}/wiki` },
  };
}

export function pageView(state: ConfluenceState, page: DemoPage, bodyFormat: string | null): Record<string, unknown> {
  const version = currentVersion(page);
  const space = state.site.confluence.spaces.find((s) => s.id === page.spaceId);
  return {
    id: page.id, status: page.status, title: page.title, spaceId: page.spaceId,
    parentId: page.parentId, parentType: page.parentId === null ? null : 'page', position: page.position,
    authorId: page.authorId, ownerId: page.ownerId, lastOwnerId: null, createdAt: page.createdAt,
    version: versionView(version),
    body: bodyFormat === 'storage' ? { storage: { representation: 'storage', value: version.body } } : {},
    _links: {
      webui: `/spaces/${space?.key ?? ''}/pages/${page.id}/${encodeURIComponent(page.title.replace(/ /g, '+'))}`,
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: `/x/${Buffer.from(page.id).toString('base64url')}`,
      base: `${state.baseUrl}/wiki`,
    },
  };
}

export function propertyView(p: DemoContentProperty): Record<string, unknown> {
  return { id: p.id, key: p.key, value: p.value, version: { ...p.version } };
}

export function labelView(name: string, index: number): Record<string, unknown> {
  return { id: String(5_000 + index), name, prefix: 'global' };
}

export function v1UserView(state: ConfluenceState, user: DemoUser): Record<string, unknown> {
  return {
    type: 'known', accountId: user.accountId, accountType: 'atlassian', email: user.emailAddress, publicName: user.displayName,
    profilePicture: { path: '/wiki/aa-avatar/default.png', width: 48, height: 48, isDefault: true },
    displayName: user.displayName, isExternalCollaborator: false,
    _links: { self: `${state.baseUrl}/wiki/rest/api/user?accountId=${encodeURIComponent(user.accountId)}` },
  };
}
