// The zod schema of the SOP evidence value (content property `launch-control.evidence`, DESIGN.md "SOP
// evidence"): the one check for the writer (the SOP macros) and the reader (the release gate). The value type
// and its builders are in src/domain/sop/evidence.ts; this schema must stay exactly in step with them.
import { z } from 'zod';
import { DRILL_RESULTS, SOP_EVIDENCE_VERSION, type SopEvidence } from '../domain/sop/evidence';
import { isoInstant } from './values';

const count = z.number().int().nonnegative();

export const drillEvidenceSchema = z.object({
  runId: z.string().min(1),
  lastRunAt: isoInstant,
  result: z.enum(DRILL_RESULTS),
  durationMinutes: z.number().nonnegative(),
  failedStep: z.string().min(1).exactOptional(),
}).refine((d) => d.result === 'failed' || d.failedStep === undefined, { error: 'a passed drill has no failed step', path: ['failedStep'] });

export const attestationEvidenceSchema = z.object({
  passed: count,
  roster: count,
  asOf: isoInstant,
}).refine((a) => a.passed <= a.roster, { error: 'passed cannot exceed the roster', path: ['passed'] });

/** The evidence value; `kind` names which of `drill` / `attestation` it must carry. */
export const sopEvidence: z.ZodType<SopEvidence> = z.object({
  version: z.literal(SOP_EVIDENCE_VERSION),
  kind: z.enum(['drill', 'attestation']),
  sopVersion: z.number().int().positive(),
  updatedAt: isoInstant,
  drill: drillEvidenceSchema.exactOptional(),
  attestation: attestationEvidenceSchema.exactOptional(),
}).refine((e) => (e.kind === 'drill' ? e.drill !== undefined : e.attestation !== undefined), {
  error: 'the evidence must carry the part its kind names', path: ['kind'],
});
