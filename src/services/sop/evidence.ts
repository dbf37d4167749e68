// Publishes a page's SOP evidence (content property `launch-control.evidence`) as the app, after a drill run
// finishes or an attestation changes; checked with the one schema before it leaves, so the gate reads what it expects.
// And verifies a property read back against the app's own records (the `sop-run` it names, the `sop-attestation`
// records of its SOP version), since a page editor can write any content property: the gate trusts only a match.
import { appError, err, ok, type AppError, type Result } from '../../contract';
import { sopEvidence } from '../../contract/sop-evidence';
import { writePagePropertyFrom } from '../../adapters/confluence/content-properties';
import { readGroupMembers } from '../../adapters/confluence/groups';
import { listAttestations } from '../../adapters/storage/sop-attestations';
import { readRun } from '../../adapters/storage/sop-runs';
import { readSopPage } from '../../adapters/storage/sop-pages';
import { rosterCoverage } from '../../domain/sop/attestation';
import { attestationMismatch, drillMismatch, SOP_EVIDENCE_KEY, type EvidenceMismatch, type SopEvidence } from '../../domain/sop/evidence';
import type { CallContext, UserCallContext } from '../call-context';

export async function publishEvidence(ctx: UserCallContext, pageId: string, evidence: SopEvidence): Promise<Result<SopEvidence>> {
  return publishEvidenceFrom(ctx, pageId, () => Promise.resolve(ok(evidence)));
}

/**
 * Publishes the evidence `build` computes, as the app; on a concurrent write the value is computed again from fresh
 * records (two agents passing at once end as 2 of N, not whichever count was computed first).
 */
export async function publishEvidenceFrom(ctx: UserCallContext, pageId: string, build: () => Promise<Result<SopEvidence>>): Promise<Result<SopEvidence>> {
  let published: SopEvidence | undefined;
  const written = await writePagePropertyFrom(ctx.confluenceAsApp, pageId, SOP_EVIDENCE_KEY, async () => {
    const built = await build();
    if (!built.ok) return built;
    const checked = sopEvidence.safeParse(built.data);
    if (!checked.success) return err(appError('INTERNAL', 'The SOP evidence did not pass its own schema.'));
    published = checked.data;
    return ok(checked.data);
  });
  if (!written.ok) return written;
  return published === undefined ? err(appError('INTERNAL', 'The SOP evidence was written without a value.')) : ok(published);
}

/** What the app's records say of a page's evidence: it matches (with the SOP's current version), or why not. */
export type EvidenceVerdict =
  | { readonly trusted: true; readonly currentSopVersion: number }
  | { readonly trusted: false; readonly mismatch: EvidenceMismatch };

/** A verification that could not read a record: which product failed, and how. */
export interface VerifyFailure {
  readonly product: 'storage' | 'confluence';
  readonly error: AppError;
}

const failed = (product: VerifyFailure['product'], error: AppError): { readonly ok: false; readonly failure: VerifyFailure } => ({ ok: false, failure: { product, error } });

/**
 * Checks `evidence` read from page `pageId` against the app's records: a drill's run must exist on this page, be of
 * the same SOP version, and have finished with the same result at the same instant; an attestation's counts must be
 * those the attestation records give for its SOP version (passed by its `asOf`) over the roster group read as the app.
 */
export async function verifySopEvidence(ctx: CallContext, pageId: string, evidence: SopEvidence):
Promise<{ readonly ok: true; readonly verdict: EvidenceVerdict } | { readonly ok: false; readonly failure: VerifyFailure }> {
  const record = await readSopPage(pageId);
  if (!record.ok) return failed('storage', record.error);
  if (record.data === undefined) return { ok: true, verdict: { trusted: false, mismatch: 'not-an-sop-page' } };
  const currentSopVersion = record.data.status.version;
  let mismatch: EvidenceMismatch | undefined;
  if (evidence.drill !== undefined) {
    const run = await readRun(evidence.drill.runId);
    if (!run.ok) return failed('storage', run.error);
    mismatch = drillMismatch(evidence, pageId, run.data);
  } else if (evidence.attestation !== undefined) {
    const { asOf } = evidence.attestation;
    const group = record.data.rosterGroup;
    const [members, attestations] = await Promise.all([group === undefined ? Promise.resolve(ok([])) : readGroupMembers(ctx.confluenceAsApp, group), listAttestations(pageId)]);
    if (!members.ok) return failed('confluence', members.error);
    if (!attestations.ok) return failed('storage', attestations.error);
    const byAsOf = attestations.data.map((a) => ({ ...a, attempts: a.attempts.filter((t) => t.at <= asOf) }));
    const coverage = rosterCoverage(members.data.map((m) => m.accountId), byAsOf, evidence.sopVersion);
    mismatch = attestationMismatch(evidence, { passed: coverage.passed.length, roster: coverage.passed.length + coverage.missing.length });
  }
  return { ok: true, verdict: mismatch === undefined ? { trusted: true, currentSopVersion } : { trusted: false, mismatch } };
}
