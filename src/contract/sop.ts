// Contract of the `sop/*` keys: the template library (list, preview, create a page, install as space templates),
// the space's SOP pages with review and drill due dates, SOP status moves, drill runs, attestations, and the
// post-mortem action items with their Jira issues. Quiz
// right answers never appear in an output; identity comes from the Forge context, never from these payloads.
import { z } from 'zod';
import { SOP_ACTIONS, SOP_STATES } from '../domain/sop/status';
import { SOP_LOCALES, SOP_ROLES } from '../domain/sop/roles';
import { ACTION_STATUSES } from '../domain/sop/action-items';
import { DRILL_RESULTS } from '../domain/sop/evidence';
import { SECTION_KINDS, SOP_KINDS, TEMPLATE_IDS } from '../domain/sop/template';
import { sopEvidence } from './sop-evidence';
import { isoDate, isoInstant } from './values';

const pageId = z.string().regex(/^\d+$/, 'expected a Confluence page id');
const spaceKey = z.string().regex(/^[A-Za-z0-9~]{1,255}$/, 'expected a Confluence space key');
const accountId = z.string().min(1).max(128);
const templateId = z.enum(TEMPLATE_IDS);
const locale = z.enum(SOP_LOCALES);
const role = z.enum(SOP_ROLES);

const dueSchema = z.object({ due: isoDate.optional(), overdue: z.boolean(), daysOverdue: z.number().int().min(0) });

export const templateSummarySchema = z.object({
  id: templateId, kind: z.enum(SOP_KINDS), title: z.string(), summary: z.string(), labels: z.array(z.string()),
  steps: z.number().int(), expectedMinutes: z.number().int(), questions: z.number().int(),
  reviewEveryDays: z.number().int(), drillEveryDays: z.number().int().optional(),
});

const raciSchema = z.object({ responsible: role, accountable: role, consulted: z.array(role), informed: z.array(role) });

/** A template as a page may see it: every word of one language, the quiz without its right answers. */
export const templatePreviewSchema = templateSummarySchema.extend({
  locale,
  sections: z.array(z.object({ id: z.string(), kind: z.enum(SECTION_KINDS), heading: z.string(), body: z.string(), items: z.array(z.string()) })),
  stepDetails: z.array(z.object({ id: z.string(), title: z.string(), detail: z.string(), raci: raciSchema, expectedMinutes: z.number().int(), checklist: z.array(z.string()) })),
  assessment: z.object({
    passPercent: z.number().int(), attemptsAllowed: z.number().int(),
    questions: z.array(z.object({ id: z.string(), prompt: z.string(), options: z.array(z.object({ id: z.string(), text: z.string() })) })),
  }).optional(),
});

export const sopTemplates = {
  input: z.object({ locale: locale.optional() }).strict(),
  output: z.object({ locale, templates: z.array(templateSummarySchema) }),
};

export const sopTemplatePreview = {
  input: z.object({ templateId, locale }).strict(),
  output: templatePreviewSchema,
};

export const sopCreatePage = {
  input: z.object({
    spaceKey, templateId, locale,
    title: z.string().trim().min(1, 'a title is required').max(255),
    approverId: accountId,
    rosterGroup: z.string().trim().min(1).max(255).optional(),
  }).strict(),
  output: z.object({ pageId, title: z.string(), webui: z.string().optional() }),
};

export const sopInstallTemplates = {
  input: z.object({ spaceKey, locale }).strict(),
  output: z.object({ installed: z.array(z.string()), alreadyThere: z.array(z.string()) }),
};

const drillFactsSchema = z.object({
  everyDays: z.number().int(),
  lastRunAt: isoInstant.optional(),
  lastResult: z.enum(DRILL_RESULTS).optional(),
  due: dueSchema,
});

export const sopPageSchema = z.object({
  pageId, title: z.string(), templateId, kind: z.enum(SOP_KINDS),
  state: z.enum(SOP_STATES), ownerId: accountId, approverId: accountId, version: z.number().int(),
  lastReviewed: isoDate.optional(), review: dueSchema, drill: drillFactsSchema.optional(),
});

export const sopLibrary = {
  input: z.object({ spaceKey }).strict(),
  output: z.object({ today: isoDate, pages: z.array(sopPageSchema), people: z.array(z.object({ accountId, displayName: z.string() })) }),
};

export const sopStatusSchema = sopPageSchema.extend({
  ownerName: z.string(),
  approverName: z.string(),
  reviewEveryDays: z.number().int(),
  revision: z.number().int(),
  allowed: z.array(z.enum(SOP_ACTIONS)),
});

export const sopStatus = {
  input: z.object({ pageId }).strict(),
  output: sopStatusSchema,
};

export const sopStatusAction = {
  input: z.object({ pageId, action: z.enum(SOP_ACTIONS), revision: z.number().int().min(1), major: z.boolean().optional() }).strict(),
  output: sopStatusSchema,
};

const completionSchema = z.object({ stepId: z.string(), by: accountId, at: isoInstant, note: z.string() });

export const runViewSchema = z.object({
  runId: z.string(), sopVersion: z.number().int(), startedAt: isoInstant, startedBy: accountId,
  steps: z.array(z.object({ id: z.string(), owner: role, title: z.string(), detail: z.string(), expectedMinutes: z.number().int() })),
  completions: z.array(completionSchema),
  finish: z.object({ result: z.enum(DRILL_RESULTS), failedStep: z.string().optional(), finishedAt: isoInstant, finishedBy: accountId, durationMinutes: z.number().int() }).optional(),
});

const personSchema = z.object({ accountId, displayName: z.string() });

export const sopRunbook = {
  input: z.object({ pageId }).strict(),
  output: z.object({
    pageId, templateId, drill: z.boolean(), title: z.string(), expectedMinutes: z.number().int(),
    runs: z.array(runViewSchema), evidence: sopEvidence.optional(), people: z.array(personSchema),
  }),
};

/** The members of a Confluence group (as the caller may see them): approvers to pick from, rosters to check. */
export const sopGroupMembers = {
  input: z.object({ group: z.string().trim().min(1).max(255) }).strict(),
  output: z.object({ group: z.string(), members: z.array(personSchema) }),
};

export const sopStartRun = { input: z.object({ pageId }).strict(), output: runViewSchema };

export const sopCompleteStep = {
  input: z.object({ pageId, runId: z.uuid(), stepId: z.string().min(1).max(64), note: z.string().max(2000).default('') }).strict(),
  output: runViewSchema,
};

export const sopFinishRun = {
  input: z.object({ pageId, runId: z.uuid(), result: z.enum(DRILL_RESULTS), failedStep: z.string().min(1).max(64).optional() }).strict(),
  output: z.object({ run: runViewSchema, evidence: sopEvidence }),
};

const coverageSchema = z.object({
  rosterGroup: z.string().optional(), passed: z.number().int(), roster: z.number().int(),
  missing: z.array(z.object({ accountId, displayName: z.string() })),
});

export const attestationViewSchema = z.object({
  pageId, title: z.string(), sopVersion: z.number().int(), passPercent: z.number().int(), attemptsAllowed: z.number().int(),
  mine: z.object({ acknowledged: z.boolean(), passed: z.boolean(), attemptsLeft: z.number().int(), attempts: z.array(z.object({ at: isoInstant, percent: z.number().int(), passed: z.boolean() })) }),
  quiz: z.array(z.object({ id: z.string(), prompt: z.string(), multiple: z.boolean(), options: z.array(z.object({ id: z.string(), text: z.string() })) })),
  coverage: coverageSchema,
});

export const sopAttestation = { input: z.object({ pageId }).strict(), output: attestationViewSchema };

export const sopAcknowledge = { input: z.object({ pageId }).strict(), output: attestationViewSchema };

export const sopSubmitAttempt = {
  input: z.object({ pageId, answers: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)).refine((a) => Object.keys(a).length <= 100, 'at most 100 answers') }).strict(),
  output: z.object({ percent: z.number().int(), passed: z.boolean(), view: attestationViewSchema }),
};

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a Jira project key');

/** One post-mortem action item as the macro shows it: what the page keeps, and its Jira issue as Jira says now. */
export const actionItemViewSchema = z.object({
  id: z.string(), kind: z.string(), summary: z.string(), ownerId: accountId, due: isoDate, createdBy: accountId, createdAt: isoInstant,
  issue: z.object({
    /** creating: someone is creating it now; linked: it exists. */
    state: z.enum(['creating', 'linked']),
    key: z.string().optional(),
    statusName: z.string().optional(),
    assigneeId: accountId.optional(),
    /** Whether the issue links back to the page. */
    backLinked: z.boolean(),
  }).optional(),
  /** open / in-progress / done from the issue's status category; unknown when Jira did not answer the linked issue. */
  status: z.enum([...ACTION_STATUSES, 'unknown']),
  /** The due date that counts: the issue's when it has one, else the item's. */
  effectiveDue: isoDate,
  overdue: z.boolean(),
  daysOverdue: z.number().int().min(0),
});

export const actionItemsViewSchema = z.object({
  pageId, title: z.string(), today: isoDate, kinds: z.array(z.string()),
  items: z.array(actionItemViewSchema),
  people: z.array(personSchema),
  counts: z.object({ open: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
});

export const sopActionItems = { input: z.object({ pageId }).strict(), output: actionItemsViewSchema };

export const sopAddActionItem = {
  input: z.object({
    pageId,
    kind: z.string().min(1).max(64),
    summary: z.string().trim().min(1, 'a summary is required').max(255),
    ownerId: accountId,
    due: isoDate,
  }).strict(),
  output: actionItemsViewSchema,
};

export const sopCreateActionIssue = {
  input: z.object({ pageId, itemId: z.uuid(), projectKey, assigneeId: accountId }).strict(),
  output: z.object({ issueKey: z.string(), view: actionItemsViewSchema }),
};

/** What the create-issue dialog offers: the projects the user may create issues in, and who is assignable in one. */
export const sopActionIssueOptions = {
  input: z.object({ projectKey: projectKey.optional(), query: z.string().max(100).default('') }).strict(),
  output: z.object({ projects: z.array(z.object({ key: z.string(), name: z.string() })), projectKey: z.string().optional(), assignees: z.array(personSchema) }),
};

export type SopPage = z.infer<typeof sopPageSchema>;
export type ActionItemsView = z.infer<typeof actionItemsViewSchema>;
export type ActionItemView = z.infer<typeof actionItemViewSchema>;
export type RunView = z.infer<typeof runViewSchema>;
export type AttestationView = z.infer<typeof attestationViewSchema>;
export type TemplatePreview = z.infer<typeof templatePreviewSchema>;
export type SopStatusView = z.infer<typeof sopStatusSchema>;
