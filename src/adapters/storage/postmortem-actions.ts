// Post-mortem action items (entity `postmortem-action`, key `<page id>:<item id>`, indexed by page) and the link
// of each item to its Jira issue (entity `postmortem-action-issue`, same key). The link is claimed before the
// issue is created: the claim is written with FAIL_IF_EXISTS (or, taking over a lapsed claim, on the revision it
// was read at), and only the claim's holder may turn it into the link; so two people creating the same item's
// issue at once make one issue, not two. Kept apart from the item so editing an item never races the link.
import kvs, { Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { err, ok, type Result } from '../../contract';
import { isoDate } from '../../contract/values';
import type { ActionItemRecord } from '../../domain/sop/action-items';
import { queryPartition } from './query-all';
import { storageError } from './kvs-errors';

const ITEM = 'postmortem-action';
const LINK = 'postmortem-action-issue';

const itemSchema = z.object({
  schemaVersion: z.literal(1),
  pageId: z.string(), itemId: z.string(), kind: z.string(), summary: z.string(), ownerId: z.string(), due: isoDate,
  createdBy: z.string(), createdAt: z.string(),
});
type StoredItem = z.infer<typeof itemSchema>;

const linkSchema = z.object({
  schemaVersion: z.literal(1),
  pageId: z.string(), itemId: z.string(),
  state: z.enum(['creating', 'linked']),
  claimId: z.string(), claimedBy: z.string(), claimedAt: z.string(),
  issueId: z.string().optional(), issueKey: z.string().optional(),
  /** Whether the issue's remote link back to the page was made. */
  backLinked: z.boolean().optional(),
  revision: z.number().int().min(1),
});
type StoredLink = z.infer<typeof linkSchema>;

/** An item's claim on its Jira issue (`creating`) or the issue itself (`linked`). */
export type ActionIssueLink =
  | { readonly state: 'creating'; readonly pageId: string; readonly itemId: string; readonly claimId: string; readonly claimedBy: string; readonly claimedAt: string; readonly revision: number }
  | { readonly state: 'linked'; readonly pageId: string; readonly itemId: string; readonly claimId: string; readonly claimedBy: string; readonly claimedAt: string; readonly revision: number;
    readonly issueId: string; readonly issueKey: string; readonly backLinked: boolean };

const keyOf = (pageId: string, itemId: string) => `${pageId}:${itemId}`;

function itemOf(value: unknown): ActionItemRecord | undefined {
  const parsed = itemSchema.safeParse(value);
  if (!parsed.success) { console.error('storage: a post-mortem action item does not parse and is ignored'); return undefined; }
  const { pageId, itemId, kind, summary, ownerId, due, createdBy, createdAt } = parsed.data;
  return { id: itemId, pageId, kind, summary, ownerId, due, createdBy, createdAt };
}

function linkOf(value: unknown): ActionIssueLink | undefined {
  const parsed = linkSchema.safeParse(value);
  if (!parsed.success) { console.error('storage: a post-mortem issue link does not parse and is ignored'); return undefined; }
  const { pageId, itemId, claimId, claimedBy, claimedAt, revision, issueId, issueKey, backLinked } = parsed.data;
  const claim = { pageId, itemId, claimId, claimedBy, claimedAt, revision };
  if (parsed.data.state === 'linked' && issueId !== undefined && issueKey !== undefined) return { state: 'linked', ...claim, issueId, issueKey, backLinked: backLinked ?? false };
  return { state: 'creating', ...claim };
}

export async function listActionItems(pageId: string): Promise<Result<ActionItemRecord[]>> {
  try {
    return ok((await queryPartition(ITEM, 'by-page', [pageId])).flatMap((v) => itemOf(v) ?? []));
  } catch (error: unknown) {
    return err(storageError(error, 'the action items'));
  }
}

export async function readActionItem(pageId: string, itemId: string): Promise<Result<ActionItemRecord | undefined>> {
  try {
    const value = await kvs.entity<unknown>(ITEM).get(keyOf(pageId, itemId));
    return ok(value === undefined || value === null ? undefined : itemOf(value));
  } catch (error: unknown) {
    return err(storageError(error, 'the action item'));
  }
}

export async function addActionItem(item: ActionItemRecord): Promise<Result<ActionItemRecord>> {
  const value: StoredItem = {
    schemaVersion: 1, pageId: item.pageId, itemId: item.id, kind: item.kind, summary: item.summary, ownerId: item.ownerId, due: item.due,
    createdBy: item.createdBy, createdAt: item.createdAt,
  };
  try {
    await kvs.entity<StoredItem>(ITEM).set(keyOf(item.pageId, item.id), value, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error: unknown) {
    return err(storageError(error, 'the action item'));
  }
  return ok(item);
}

export async function listIssueLinks(pageId: string): Promise<Result<ActionIssueLink[]>> {
  try {
    return ok((await queryPartition(LINK, 'by-page', [pageId])).flatMap((v) => linkOf(v) ?? []));
  } catch (error: unknown) {
    return err(storageError(error, 'the action items\' issues'));
  }
}

export async function readIssueLink(pageId: string, itemId: string): Promise<Result<ActionIssueLink | undefined>> {
  try {
    const value = await kvs.entity<unknown>(LINK).get(keyOf(pageId, itemId));
    return ok(value === undefined || value === null ? undefined : linkOf(value));
  } catch (error: unknown) {
    return err(storageError(error, 'the action item\'s issue'));
  }
}

/**
 * Claims the creation of an item's issue. With no `lapsed` claim the key must not exist yet; taking over a lapsed
 * claim, it must still be at the revision it was read at. CONFLICT when someone else got there first.
 */
export async function claimIssueCreation(pageId: string, itemId: string, claimId: string, by: string, at: string, lapsed?: ActionIssueLink): Promise<Result<ActionIssueLink>> {
  const revision = lapsed === undefined ? 1 : lapsed.revision + 1;
  const value: StoredLink = { schemaVersion: 1, pageId, itemId, state: 'creating', claimId, claimedBy: by, claimedAt: at, revision };
  try {
    if (lapsed === undefined) await kvs.entity<StoredLink>(LINK).set(keyOf(pageId, itemId), value, { keyPolicy: 'FAIL_IF_EXISTS' });
    else {
      await kvs.transact()
        .set(keyOf(pageId, itemId), value, { entityName: LINK, conditions: new Filter<StoredLink>().and('revision', FilterConditions.equalTo(lapsed.revision)) })
        .execute();
    }
  } catch (error: unknown) {
    return err(storageError(error, 'the action item\'s issue'));
  }
  return ok({ state: 'creating', pageId, itemId, claimId, claimedBy: by, claimedAt: at, revision });
}

/** Turns the caller's claim into the link to the issue it created (CONFLICT when the claim is no longer theirs). */
export async function recordIssueCreated(claim: ActionIssueLink, issue: { readonly id: string; readonly key: string }, backLinked: boolean): Promise<Result<ActionIssueLink>> {
  const value: StoredLink = {
    schemaVersion: 1, pageId: claim.pageId, itemId: claim.itemId, state: 'linked', claimId: claim.claimId, claimedBy: claim.claimedBy, claimedAt: claim.claimedAt,
    issueId: issue.id, issueKey: issue.key, backLinked, revision: claim.revision + 1,
  };
  try {
    await kvs.transact()
      .set(keyOf(claim.pageId, claim.itemId), value, { entityName: LINK, conditions: new Filter<StoredLink>().and('claimId', FilterConditions.equalTo(claim.claimId)).and('state', FilterConditions.equalTo('creating')) })
      .execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the action item\'s issue'));
  }
  return ok({ state: 'linked', pageId: claim.pageId, itemId: claim.itemId, claimId: claim.claimId, claimedBy: claim.claimedBy, claimedAt: claim.claimedAt, revision: value.revision, issueId: issue.id, issueKey: issue.key, backLinked });
}

/** Gives a claim up after the issue could not be created, so the item can be tried again at once. */
export async function releaseClaim(claim: ActionIssueLink): Promise<Result<void>> {
  try {
    await kvs.transact()
      .delete(keyOf(claim.pageId, claim.itemId), { entityName: LINK, conditions: new Filter<StoredLink>().and('claimId', FilterConditions.equalTo(claim.claimId)).and('state', FilterConditions.equalTo('creating')) })
      .execute();
  } catch (error: unknown) {
    return err(storageError(error, 'the action item\'s issue'));
  }
  return ok(undefined);
}
