// Post-mortem action items of a page: list them with each linked Jira issue's live status (read in bulk, as the
// user) and overdue flags; add an item; create an item's Jira issue as the user (assignee, due date, a remote link
// back to the page), claimed first so that two people creating it at once make one issue, not two.
import { appError, err, ok, type ActionItemsView, type ActionItemView, type ErrorReason, type OutputOf, type Result } from '../../contract';
import { newId } from '../../adapters/app-identity';
import { readUser } from '../../adapters/confluence/groups';
import { readPage, type ConfluencePage } from '../../adapters/confluence/pages';
import { createActionIssue as createJiraIssue, linkIssueToPage, listCreatableProjects, readLiveIssues, searchAssignableUsers } from '../../adapters/jira/action-issues';
import {
  addActionItem, claimIssueCreation, listActionItems, listIssueLinks, readActionItem, readIssueLink, recordIssueCreated, releaseClaim, type ActionIssueLink,
} from '../../adapters/storage/postmortem-actions';
import {
  actionItemState, actionKindsOf, actionRemoteLinkId, claimLapsed, newActionItem, type ActionItemRecord, type LiveIssue, type NewActionRefusal,
} from '../../domain/sop/action-items';
import { templateById } from '../../domain/sop/templates';
import type { UserCallContext } from '../call-context';

/** The kinds of action a post-mortem has: the prompts of the post-mortem template's action-items section. */
const KINDS = actionKindsOf(templateById('post-mortem'));

const REFUSALS: Readonly<Record<NewActionRefusal, ErrorReason | undefined>> = {
  'summary-empty': undefined, 'kind-unknown': 'sop-action-unknown-kind', 'due-in-past': 'sop-action-due-in-past',
};

const issueExists = () => err(appError('CONFLICT', 'The action item has a Jira issue already, or one is being created.', { reason: 'sop-action-issue-exists' }));

function viewOfItem(item: ActionItemRecord, link: ActionIssueLink | undefined, live: ReadonlyMap<string, LiveIssue>, today: string): ActionItemView {
  const issue = link?.state === 'linked' ? live.get(link.issueKey) : undefined;
  const state = actionItemState(item, link?.state === 'linked', issue, today);
  return {
    id: item.id, kind: item.kind, summary: item.summary, ownerId: item.ownerId, due: item.due, createdBy: item.createdBy, createdAt: item.createdAt,
    ...(link === undefined ? {} : {
      issue: link.state === 'linked'
        ? { state: 'linked', key: link.issueKey, backLinked: link.backLinked, ...(issue === undefined ? {} : { statusName: issue.statusName }), ...(issue?.assigneeId === undefined ? {} : { assigneeId: issue.assigneeId }) }
        : { state: 'creating', backLinked: false },
    }),
    status: state.status, effectiveDue: state.due ?? item.due, overdue: state.overdue, daysOverdue: state.daysOverdue,
  };
}

async function viewOf(ctx: UserCallContext, page: ConfluencePage): Promise<Result<ActionItemsView>> {
  const [items, links] = await Promise.all([listActionItems(page.id), listIssueLinks(page.id)]);
  if (!items.ok) return items;
  if (!links.ok) return links;
  const linkOf = new Map(links.data.map((l) => [l.itemId, l]));
  const keys = links.data.flatMap((l) => (l.state === 'linked' ? [l.issueKey] : []));
  const live = await readLiveIssues(ctx.jira, keys);
  if (!live.ok) return live;
  const byKey = new Map(live.data.map((i) => [i.key, i]));
  const today = ctx.clock.today();
  const views = [...items.data]
    .sort((a, b) => a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt))
    .map((item) => viewOfItem(item, linkOf.get(item.id), byKey, today));
  const ids = [...new Set(views.flatMap((v) => [v.ownerId, v.createdBy, ...(v.issue?.assigneeId === undefined ? [] : [v.issue.assigneeId])]))];
  const people = await Promise.all(ids.map((id) => readUser(ctx.confluence, id)));
  return ok({
    pageId: page.id, title: page.title, today, kinds: [...KINDS], items: views,
    people: people.map((p, i) => (p.ok ? p.data : { accountId: ids[i] ?? '', displayName: ids[i] ?? '' })),
    counts: {
      open: views.filter((v) => v.status === 'open' || v.status === 'in-progress').length,
      done: views.filter((v) => v.status === 'done').length,
      overdue: views.filter((v) => v.overdue).length,
    },
  });
}

/** The page's action items; the caller must see the page in Confluence. */
export async function loadActionItems(ctx: UserCallContext, pageId: string): Promise<Result<ActionItemsView>> {
  const page = await readPage(ctx.confluence, pageId);
  return page.ok ? viewOf(ctx, page.data) : page;
}

export async function addPostMortemActionItem(ctx: UserCallContext, input: { readonly pageId: string; readonly kind: string; readonly summary: string; readonly ownerId: string; readonly due: string }): Promise<Result<ActionItemsView>> {
  const page = await readPage(ctx.confluence, input.pageId);
  if (!page.ok) return page;
  const owner = await readUser(ctx.confluence, input.ownerId);
  if (!owner.ok) return owner.error.code === 'NOT_FOUND' ? err(appError('BAD_REQUEST', `ownerId: no such person ${input.ownerId}`, { details: { fields: ['ownerId'] } })) : owner;
  const made = newActionItem({ id: newId(), ...input }, KINDS, ctx.principal.accountId, ctx.clock.now(), ctx.clock.today());
  if (!made.ok) {
    const reason = REFUSALS[made.refusal];
    return err(appError('BAD_REQUEST', `The action item was refused: ${made.refusal}.`, { ...(reason === undefined ? {} : { reason }), details: { fields: [made.refusal === 'kind-unknown' ? 'kind' : made.refusal === 'due-in-past' ? 'due' : 'summary'] } }));
  }
  const added = await addActionItem(made.value);
  return added.ok ? viewOf(ctx, page.data) : added;
}

/**
 * Creates the item's Jira issue as the caller, once: the item's issue link is claimed first; a claim somebody else
 * holds (and that has not lapsed) or an issue already there answer CONFLICT. If Jira refuses, the claim is given up.
 */
export async function createPostMortemActionIssue(
  ctx: UserCallContext, input: { readonly pageId: string; readonly itemId: string; readonly projectKey: string; readonly assigneeId: string },
): Promise<Result<OutputOf<'sop/createActionIssue'>>> {
  const page = await readPage(ctx.confluence, input.pageId);
  if (!page.ok) return page;
  const item = await readActionItem(input.pageId, input.itemId);
  if (!item.ok) return item;
  if (item.data === undefined) return err(appError('NOT_FOUND', `action item ${input.itemId} on page ${input.pageId}`));
  const existing = await readIssueLink(input.pageId, input.itemId);
  if (!existing.ok) return existing;
  const now = ctx.clock.now();
  if (existing.data !== undefined && (existing.data.state === 'linked' || !claimLapsed(existing.data.claimedAt, now))) return issueExists();
  const claim = await claimIssueCreation(input.pageId, input.itemId, newId(), ctx.principal.accountId, now, existing.data);
  if (!claim.ok) return claim.error.code === 'CONFLICT' ? issueExists() : claim;
  const created = await createJiraIssue(ctx.jira, { projectKey: input.projectKey, summary: item.data.summary, assigneeId: input.assigneeId, due: item.data.due });
  if (!created.ok) {
    const released = await releaseClaim(claim.data);
    if (!released.ok) console.error('sop: a claim on an action item\'s issue could not be released; it lapses on its own');
    return created;
  }
  const url = page.data.url;
  const back = url === undefined ? undefined : await linkIssueToPage(ctx.jira, created.data.key, { globalId: actionRemoteLinkId(input.pageId, input.itemId), url, title: page.data.title });
  const recorded = await recordIssueCreated(claim.data, created.data, back?.ok === true);
  if (!recorded.ok) {
    // Only a lapsed claim taken over by someone else gets here: the issue exists, but this page will not show it.
    console.error(`sop: issue ${created.data.key} was created but its link to the action item could not be saved`);
    return recorded;
  }
  const view = await viewOf(ctx, page.data);
  return view.ok ? ok({ issueKey: created.data.key, view: view.data }) : view;
}

/** The create-issue dialog's choices: the creatable projects, and the people assignable in the chosen (or first) one. */
export async function loadActionIssueOptions(ctx: UserCallContext, projectKey: string | undefined, query: string): Promise<Result<OutputOf<'sop/actionIssueOptions'>>> {
  const projects = await listCreatableProjects(ctx.jira);
  if (!projects.ok) return projects;
  const chosen = projectKey ?? projects.data[0]?.key;
  if (chosen === undefined) return ok({ projects: [], assignees: [] });
  if (!projects.data.some((p) => p.key === chosen)) return err(appError('FORBIDDEN', `You may not create issues in ${chosen}.`, { reason: 'jira-no-access' }));
  const assignees = await searchAssignableUsers(ctx.jira, chosen, query.trim());
  return assignees.ok ? ok({ projects: projects.data, projectKey: chosen, assignees: assignees.data }) : assignees;
}
