// Resolvers of the `sop/*` keys: parse (the contract, in define-resolver) -> use case -> answer.
import { ok } from '../contract';
import type { Handler } from '../edge/define-resolver';
import {
  acknowledgeSop, addPostMortemActionItem, createPostMortemActionIssue, loadActionIssueOptions, loadActionItems, completeSopStep, createSopPageFromTemplate, finishSopRun, listGroupMembers, installSpaceTemplates, listTemplates, loadAttestation,
  loadRunbook, loadSopLibrary, moveSop, previewTemplate, readSopStatus, startSopRun, submitQuizAttempt,
} from '../services/sop';

export const sopTemplatesHandler: Handler<'sop/templates'> = (input, ctx) =>
  Promise.resolve(ok(listTemplates(input.locale, ctx.principal.locale)));
export const sopTemplatePreviewHandler: Handler<'sop/templatePreview'> = (input) => Promise.resolve(ok(previewTemplate(input.templateId, input.locale)));
export const sopCreatePageHandler: Handler<'sop/createPage'> = (input, ctx) => createSopPageFromTemplate(ctx, input);
export const sopInstallTemplatesHandler: Handler<'sop/installTemplates'> = (input, ctx) => installSpaceTemplates(ctx, input.spaceKey, input.locale);
export const sopLibraryHandler: Handler<'sop/library'> = (input, ctx) => loadSopLibrary(ctx, input.spaceKey);
export const sopStatusHandler: Handler<'sop/status'> = (input, ctx) => readSopStatus(ctx, input.pageId);
export const sopStatusActionHandler: Handler<'sop/statusAction'> = (input, ctx) => moveSop(ctx, input.pageId, input.action, input.revision, input.major ?? false);
export const sopRunbookHandler: Handler<'sop/runbook'> = (input, ctx) => loadRunbook(ctx, input.pageId);
export const sopStartRunHandler: Handler<'sop/startRun'> = (input, ctx) => startSopRun(ctx, input.pageId);
export const sopCompleteStepHandler: Handler<'sop/completeStep'> = (input, ctx) => completeSopStep(ctx, input.pageId, input.runId, input.stepId, input.note);
export const sopFinishRunHandler: Handler<'sop/finishRun'> = (input, ctx) => finishSopRun(ctx, input.pageId, input.runId, input.result, input.failedStep);
export const sopAttestationHandler: Handler<'sop/attestation'> = (input, ctx) => loadAttestation(ctx, input.pageId);
export const sopAcknowledgeHandler: Handler<'sop/acknowledge'> = (input, ctx) => acknowledgeSop(ctx, input.pageId);
export const sopSubmitAttemptHandler: Handler<'sop/submitAttempt'> = (input, ctx) => submitQuizAttempt(ctx, input.pageId, input.answers);
export const sopGroupMembersHandler: Handler<'sop/groupMembers'> = (input, ctx) => listGroupMembers(ctx, input.group);
export const sopActionItemsHandler: Handler<'sop/actionItems'> = (input, ctx) => loadActionItems(ctx, input.pageId);
export const sopAddActionItemHandler: Handler<'sop/addActionItem'> = (input, ctx) => addPostMortemActionItem(ctx, input);
export const sopCreateActionIssueHandler: Handler<'sop/createActionIssue'> = (input, ctx) => createPostMortemActionIssue(ctx, input);
export const sopActionIssueOptionsHandler: Handler<'sop/actionIssueOptions'> = (input, ctx) => loadActionIssueOptions(ctx, input.projectKey, input.query);
