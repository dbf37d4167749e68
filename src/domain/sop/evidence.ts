// The SOP evidence the release gate reads: the value of the content property `launch-control.evidence` on an SOP
// page (DESIGN.md, "SOP evidence"). This module holds the value type and builds it from a run or an attestation
// summary; the zod schema that checks it at the edges is `sopEvidence` in src/contract/sop-evidence.ts (the
// domain imports no zod). The gate trusts the property only when it matches the app's own KVS record.

/** The key of the Confluence content property that carries the evidence. */
export const SOP_EVIDENCE_KEY = 'launch-control.evidence';

/** The only version of the evidence value so far; a reader refuses any other. */
export const SOP_EVIDENCE_VERSION = 1;

export const SOP_EVIDENCE_KINDS = ['drill', 'attestation'] as const;
export type SopEvidenceKind = (typeof SOP_EVIDENCE_KINDS)[number];

export const DRILL_RESULTS = ['passed', 'failed'] as const;
export type DrillResult = (typeof DRILL_RESULTS)[number];

/** The last finished drill run of the page. */
export interface DrillEvidence {
  readonly runId: string;
  /** When the run finished, ISO instant. */
  readonly lastRunAt: string;
  readonly result: DrillResult;
  readonly durationMinutes: number;
  /** The id of the step that failed, when the result is `failed`. */
  readonly failedStep?: string;
}

/** Attestation coverage of the page's roster. */
export interface AttestationEvidence {
  /** Roster members who passed the current SOP version. */
  readonly passed: number;
  /** Members of the roster group. */
  readonly roster: number;
  readonly asOf: string;
}

export interface SopEvidence {
  readonly version: typeof SOP_EVIDENCE_VERSION;
  readonly kind: SopEvidenceKind;
  /** The SOP's (major) version the evidence is for: a republish with a major change resets it. */
  readonly sopVersion: number;
  readonly updatedAt: string;
  readonly drill?: DrillEvidence;
  readonly attestation?: AttestationEvidence;
}

/** Evidence of a finished drill run. */
export function drillEvidence(sopVersion: number, drill: DrillEvidence, updatedAt: string): SopEvidence {
  return { version: SOP_EVIDENCE_VERSION, kind: 'drill', sopVersion, updatedAt, drill };
}

/** Evidence of attestation coverage. */
export function attestationEvidence(sopVersion: number, attestation: AttestationEvidence, updatedAt: string): SopEvidence {
  return { version: SOP_EVIDENCE_VERSION, kind: 'attestation', sopVersion, updatedAt, attestation };
}

/** Coverage as a fraction 0..1; an empty roster has no coverage to claim (undefined, never 100%). */
export function coverageOf(attestation: AttestationEvidence): number | undefined {
  return attestation.roster <= 0 ? undefined : attestation.passed / attestation.roster;
}

/** Why a page's evidence property does not match the app's own run or attestation records (so the gate distrusts it). */
export const EVIDENCE_MISMATCHES = [
  'not-an-sop-page', 'no-run', 'run-of-another-page', 'run-of-another-version', 'run-not-finished', 'result-differs', 'finish-time-differs',
  'coverage-differs',
] as const;
export type EvidenceMismatch = (typeof EVIDENCE_MISMATCHES)[number];

/** The app's own record of a drill run, as far as the evidence claims it. */
export interface RunRecordFacts {
  readonly pageId: string;
  readonly sopVersion: number;
  readonly finish?: { readonly result: DrillResult; readonly finishedAt: string; readonly failedStep?: string };
}

/** Whether drill evidence on page `pageId` matches the run the app recorded (undefined: it does). */
export function drillMismatch(evidence: SopEvidence, pageId: string, run: RunRecordFacts | undefined): EvidenceMismatch | undefined {
  const drill = evidence.drill;
  if (drill === undefined) return undefined;
  if (run === undefined) return 'no-run';
  if (run.pageId !== pageId) return 'run-of-another-page';
  if (run.sopVersion !== evidence.sopVersion) return 'run-of-another-version';
  if (run.finish === undefined) return 'run-not-finished';
  if (run.finish.result !== drill.result || run.finish.failedStep !== drill.failedStep) return 'result-differs';
  if (run.finish.finishedAt !== drill.lastRunAt) return 'finish-time-differs';
  return undefined;
}

/**
 * Whether attestation evidence matches the coverage recomputed from the app's attestation records for the evidence's
 * SOP version (passed counts only those who passed by the evidence's `asOf`): more passed, or another roster size,
 * than the records say is a mismatch.
 */
export function attestationMismatch(evidence: SopEvidence, recomputed: { readonly passed: number; readonly roster: number }): EvidenceMismatch | undefined {
  const attestation = evidence.attestation;
  if (attestation === undefined) return undefined;
  return attestation.passed === recomputed.passed && attestation.roster === recomputed.roster ? undefined : 'coverage-differs';
}
