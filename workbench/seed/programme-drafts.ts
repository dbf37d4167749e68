// Issue drafts (issues before they have keys) and how they become DemoIssues: keys and ids in order of
// creation, parents resolved, links between draft indexes turned into links between issue ids.

import type { DemoIssue, DemoIssueLink, DemoLandmark } from './demo-site';

export const PROJECT_ID = '10000';
export const PROJECT_KEY = 'PERP';

/** An issue before it has a key: keys are handed out in order of creation, as Jira does. */
export interface IssueDraft {
  readonly ref?: string | undefined;
  readonly landmark?: DemoLandmark | undefined;
  readonly epicRef: string | null;
  readonly fields: Omit<DemoIssue, 'id' | 'key' | 'parentId' | 'rank'>;
}

export interface DraftLink {
  readonly type: DemoIssueLink['type'];
  readonly from: number;
  readonly to: number;
}

/** Gives drafts keys and ids in order of creation, and resolves parents, ranks and links. */
export function materialise(drafts: readonly IssueDraft[], draftLinks: readonly DraftLink[], projectKey: string, versionIdByName: ReadonlyMap<string, string>): { issues: DemoIssue[]; links: DemoIssueLink[]; idByDraft: string[] } {
  const created = drafts.map((d) => d.fields.created);
  const order = drafts.map((_, i) => i).sort((a, b) => {
    const ca = created[a] as string;
    const cb = created[b] as string;
    return ca < cb ? -1 : ca > cb ? 1 : a - b;
  });
  const idByDraft: string[] = new Array<string>(drafts.length).fill('');
  const keyByDraft: string[] = new Array<string>(drafts.length).fill('');
  order.forEach((draftIndex, n) => {
    idByDraft[draftIndex] = String(10001 + n);
    keyByDraft[draftIndex] = `${projectKey}-${String(n + 1)}`;
  });
  const epicIdByRef = new Map<string, string>();
  drafts.forEach((d, i) => { if (d.epicRef === null && d.ref !== undefined) epicIdByRef.set(d.ref, idByDraft[i] as string); });
  const issues: DemoIssue[] = order.map((draftIndex) => {
    const draft = drafts[draftIndex] as IssueDraft;
    const f = draft.fields;
    // An explicit literal (not a spread): one hidden class for all issues keeps 100k-issue sites fast.
    return {
      id: idByDraft[draftIndex] as string,
      key: keyByDraft[draftIndex] as string,
      projectId: f.projectId,
      issueType: f.issueType,
      summary: f.summary,
      status: f.status,
      resolution: f.resolution,
      priority: f.priority,
      assigneeId: f.assigneeId,
      reporterId: f.reporterId,
      created: f.created,
      updated: f.updated,
      resolutiondate: f.resolutiondate,
      statuscategorychangedate: f.statuscategorychangedate,
      duedate: f.duedate,
      startDate: f.startDate,
      originalEstimateSeconds: f.originalEstimateSeconds,
      storyPoints: f.storyPoints,
      fixVersionIds: f.fixVersionIds.map((name) => versionIdByName.get(name) ?? name),
      labels: f.labels,
      parentId: draft.epicRef === null ? null : epicIdByRef.get(draft.epicRef) ?? null,
      rank: draftIndex,
      properties: f.properties,
    };
  });
  const links = draftLinks.map((l, n): DemoIssueLink => ({
    id: String(20001 + n), type: l.type, fromIssueId: idByDraft[l.from] as string, toIssueId: idByDraft[l.to] as string,
  }));
  return { issues, links, idByDraft };
}

