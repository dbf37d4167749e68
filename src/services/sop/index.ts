// The SOP use cases, one module each: templates, pages from templates, the library, status, runs, attestation,
// post-mortem action items.
export { addPostMortemActionItem, createPostMortemActionIssue, loadActionIssueOptions, loadActionItems } from './action-items';
export { acknowledgeSop, loadAttestation, submitQuizAttempt } from './attestation';
export { createSopPageFromTemplate, installSpaceTemplates } from './create-page';
export { listGroupMembers } from './people';
export { loadSopLibrary } from './library';
export { completeSopStep, finishSopRun, loadRunbook, startSopRun } from './runs';
export { moveSop, readSopStatus } from './status';
export { listTemplates, previewTemplate } from './templates';
