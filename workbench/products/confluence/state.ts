// The Confluence emulator's live data and who may see it: a user sees a space (and its pages) when one of
// their groups may view it; the app sees everything; anyone else gets 404s, as in Confluence.

import type { DemoPage, DemoSite, DemoSpace, DemoUser } from '../../seed/demo-site';
import type { Principal } from '../product-endpoint';

export interface ConfluenceState {
  readonly site: DemoSite;
  readonly baseUrl: string;
  readonly usersById: ReadonlyMap<string, DemoUser>;
  /** Ids for created pages and content properties; above the seed's ids. */
  nextId(): string;
}

export function createConfluenceState(site: DemoSite): ConfluenceState {
  const numericIds = [...site.confluence.pages.map((p) => Number(p.id)), ...site.confluence.pages.flatMap((p) => p.properties.map((q) => Number(q.id)))];
  let next = Math.max(300_000, ...numericIds.filter((n) => Number.isFinite(n))) ;
  return {
    site,
    baseUrl: site.confluence.baseUrl,
    usersById: new Map(site.users.map((u) => [u.accountId, u])),
    nextId: () => String(++next),
  };
}

export function canViewSpace(state: ConfluenceState, principal: Principal, space: DemoSpace): boolean {
  if (principal.kind === 'app') return true;
  const user = state.usersById.get(principal.accountId);
  return user !== undefined && user.groups.some((g) => space.viewGroups.includes(g));
}

export function visibleSpaces(state: ConfluenceState, principal: Principal): DemoSpace[] {
  return state.site.confluence.spaces.filter((s) => canViewSpace(state, principal, s));
}

export function visiblePage(state: ConfluenceState, principal: Principal, id: string): DemoPage | undefined {
  const page = state.site.confluence.pages.find((p) => p.id === id && p.status !== 'trashed');
  if (!page) return undefined;
  const space = state.site.confluence.spaces.find((s) => s.id === page.spaceId);
  return space && canViewSpace(state, principal, space) ? page : undefined;
}

/** The calling user's account id; the app's own account for asApp(). */
export function callerId(state: ConfluenceState, principal: Principal): string {
  return principal.kind === 'app' ? state.site.appAccountId : principal.accountId;
}

/** Whether the caller may update `page`: the app always; a user who sees it and is in the space's edit groups (if any). */
export function canEditPage(state: ConfluenceState, principal: Principal, page: DemoPage): boolean {
  if (principal.kind === 'app') return true;
  const space = state.site.confluence.spaces.find((s) => s.id === page.spaceId);
  if (!space || !canViewSpace(state, principal, space)) return false;
  const editGroups = space.editGroups;
  if (editGroups === undefined) return true;
  const user = state.usersById.get(principal.accountId);
  return user !== undefined && user.groups.some((g) => editGroups.includes(g));
}
