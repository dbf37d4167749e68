// Publishes a page's SOP evidence (content property `launch-control.evidence`) as the app, after a drill run
// finishes or an attestation changes; checked with the one schema before it leaves, so the gate reads what it expects.
import { appError, err, ok, type Result } from '../../contract';
import { sopEvidence } from '../../contract/sop-evidence';
import { writePageProperty } from '../../adapters/confluence/content-properties';
import { SOP_EVIDENCE_KEY, type SopEvidence } from '../../domain/sop/evidence';
import type { UserCallContext } from '../call-context';

export async function publishEvidence(ctx: UserCallContext, pageId: string, evidence: SopEvidence): Promise<Result<SopEvidence>> {
  const checked = sopEvidence.safeParse(evidence);
  if (!checked.success) return err(appError('INTERNAL', 'The SOP evidence did not pass its own schema.'));
  const written = await writePageProperty(ctx.confluenceAsApp, pageId, SOP_EVIDENCE_KEY, checked.data);
  return written.ok ? ok(checked.data) : written;
}
