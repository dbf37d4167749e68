// The Jira emulator's live data with the indexes its endpoints need (issues by id and key, links and children
// by issue, users, versions), and who the caller is. Mutations go through here to keep the indexes right.

import type { DemoIssue, DemoIssueLink, DemoSite, DemoUser, DemoVersion } from '../../seed/demo-site';
import type { Principal } from '../product-endpoint';

/** A remote link on an issue (`/issue/{key}/remotelink`): a web page the issue points at, such as a Confluence page. */
export interface RemoteLink {
  readonly id: number;
  readonly globalId: string | undefined;
  readonly application: Readonly<Record<string, unknown>> | undefined;
  readonly relationship: string | undefined;
  readonly object: { readonly url: string; readonly title: string; readonly summary?: string };
}

export interface JiraState {
  readonly site: DemoSite;
  readonly baseUrl: string;
  readonly issuesById: ReadonlyMap<string, DemoIssue>;
  readonly issuesByKey: ReadonlyMap<string, DemoIssue>;
  readonly linksByIssue: ReadonlyMap<string, readonly DemoIssueLink[]>;
  readonly childrenByParent: ReadonlyMap<string, readonly DemoIssue[]>;
  readonly usersById: ReadonlyMap<string, DemoUser>;
  readonly versionsById: ReadonlyMap<string, DemoVersion>;
  /** Remote links by issue id, kept by the emulator (the demo site seeds none). */
  readonly remoteLinksByIssue: Map<string, RemoteLink[]>;
  /** Deterministic ids for things the emulator creates (related work). */
  nextSequence(): number;
  /** Rebuilds the issue indexes when issues were pushed onto `site.jira.issues` directly (as load tests do). */
  reindexIfChanged(): void;
  /** Mutations that keep the indexes right. */
  addIssue(issue: DemoIssue): void;
  removeIssue(issue: DemoIssue): void;
  setParent(issue: DemoIssue, parentId: string | null): void;
  addLink(link: DemoIssueLink): void;
  removeLink(link: DemoIssueLink): void;
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  const at = list?.indexOf(value) ?? -1;
  if (list !== undefined && at >= 0) list.splice(at, 1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function createJiraState(site: DemoSite): JiraState {
  const issuesById = new Map<string, DemoIssue>();
  const issuesByKey = new Map<string, DemoIssue>();
  const childrenByParent = new Map<string, DemoIssue[]>();
  const index = () => {
    issuesById.clear(); issuesByKey.clear(); childrenByParent.clear();
    for (const issue of site.jira.issues) {
      issuesById.set(issue.id, issue);
      issuesByKey.set(issue.key.toUpperCase(), issue);
      if (issue.parentId !== null) push(childrenByParent, issue.parentId, issue);
    }
  };
  index();
  const linksByIssue = new Map<string, DemoIssueLink[]>();
  for (const link of site.jira.links) {
    push(linksByIssue, link.fromIssueId, link);
    push(linksByIssue, link.toIssueId, link);
  }
  let sequence = 0;
  return {
    site,
    baseUrl: site.jira.baseUrl,
    issuesById,
    issuesByKey,
    linksByIssue,
    childrenByParent,
    usersById: new Map(site.users.map((u) => [u.accountId, u])),
    versionsById: new Map(site.jira.versions.map((v) => [v.id, v])),
    remoteLinksByIssue: new Map(),
    nextSequence: () => ++sequence,
    reindexIfChanged() { if (issuesById.size !== site.jira.issues.length) index(); },
    addIssue(issue) {
      site.jira.issues.push(issue);
      issuesById.set(issue.id, issue);
      issuesByKey.set(issue.key.toUpperCase(), issue);
      if (issue.parentId !== null) push(childrenByParent, issue.parentId, issue);
    },
    removeIssue(issue) {
      for (const link of [...(linksByIssue.get(issue.id) ?? [])]) this.removeLink(link);
      this.remoteLinksByIssue.delete(issue.id);
      const at = site.jira.issues.indexOf(issue);
      if (at >= 0) site.jira.issues.splice(at, 1);
      issuesById.delete(issue.id);
      issuesByKey.delete(issue.key.toUpperCase());
      if (issue.parentId !== null) remove(childrenByParent, issue.parentId, issue);
    },
    setParent(issue, parentId) {
      if (issue.parentId !== null) remove(childrenByParent, issue.parentId, issue);
      issue.parentId = parentId;
      if (parentId !== null) push(childrenByParent, parentId, issue);
    },
    addLink(link) {
      site.jira.links.push(link);
      push(linksByIssue, link.fromIssueId, link);
      push(linksByIssue, link.toIssueId, link);
    },
    removeLink(link) {
      const at = site.jira.links.indexOf(link);
      if (at >= 0) site.jira.links.splice(at, 1);
      remove(linksByIssue, link.fromIssueId, link);
      remove(linksByIssue, link.toIssueId, link);
    },
  };
}

/** An issue by id or key (case-insensitive key), regardless of permissions. */
export function findIssue(state: JiraState, idOrKey: string): DemoIssue | undefined {
  state.reindexIfChanged();
  return /^\d+$/.test(idOrKey) ? state.issuesById.get(idOrKey) : state.issuesByKey.get(idOrKey.toUpperCase());
}

/** The calling user, or undefined for the app (or an account the site does not know). */
export function callerOf(state: JiraState, principal: Principal): DemoUser | undefined {
  return principal.kind === 'user' ? state.usersById.get(principal.accountId) : undefined;
}
