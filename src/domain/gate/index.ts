// The release gate's domain: criteria and the default template, evaluation (fail-closed), rollups, sign-off
// validity, decision rules, the hash-chained log, the campaign calendar and its iCalendar export.
export * from './types';
export { DEFAULT_CRITERIA, DEFAULT_DRILL_WINDOW_DAYS, DEFAULT_MEMBERSHIP, DEFAULT_SIGNOFF_MAX_AGE_DAYS } from './template';
export { readFailed, readOk, type CalendarFacts, type EvidenceRead, type GateInputs, type Read, type ScheduleFacts, type SopEvidence, type UnreadReason } from './reads';
export { ageInDays, evaluateCriteria, evaluateCriterion, type ManualInputs } from './evaluate';
export { rollup, rollupByFunction, type FunctionRollup } from './rollup';
export { regressed, signOffValidity, statusesOf, type SignOffValidity } from './sign-off';
export { allowedDecisions, checkDecision, DECISION_REFUSALS, type DecisionCheck, type DecisionRefusal, type DecisionRequest, type GateState } from './decision';
export { canonicalJson, chainEntry, currentDecision, GENESIS_HASH, hashOf, verifyChain, type ChainVerification, type Sha256 } from './decision-log';
export { expectedDate, findConflicts, type CalendarRelease, type CampaignConflict } from './calendar';
export { buildICalendar, escapeText, foldLine, type CalendarExport } from './icalendar';
