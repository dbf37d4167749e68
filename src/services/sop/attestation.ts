// Attestation of an SOP page: read-and-understood, then the assessment quiz, scored here on the server (the page
// gets the questions shuffled and without right answers), limited attempts, and coverage of the roster group;
// every change republishes the page's attestation evidence as the app. The counts that become evidence are read as
// the app (the roster group and every attestation), so they do not depend on who triggered the change; the names
// of who is missing are read as the viewer.
import { appError, err, ok, type AttestationView, type ErrorReason, type OutputOf, type Result } from '../../contract';
import type { ConfluenceClient } from '../../adapters/confluence/confluence-client';
import { readGroupMembers, type GroupMember } from '../../adapters/confluence/groups';
import type { SopPageRecord } from '../../adapters/storage/sop-pages';
import { listAttestations, readAttestation, saveAttestation } from '../../adapters/storage/sop-attestations';
import {
  acknowledge, attemptsLeft, coverageEvidence, hasPassed, newAttestation, quizFor, rosterCoverage, submitAttempt,
  type Answers, type Attestation, type AttemptRefusal,
} from '../../domain/sop/attestation';
import { attestationEvidence, type SopEvidence } from '../../domain/sop/evidence';
import { sopLocaleOf } from '../../domain/sop/roles';
import type { Assessment } from '../../domain/sop/template';
import type { UserCallContext } from '../call-context';
import { publishEvidenceFrom } from './evidence';
import { requireSopPage, type SopPageAccess } from './page-access';

const REFUSALS: Readonly<Record<AttemptRefusal, ErrorReason>> = {
  'not-acknowledged': 'sop-not-acknowledged', 'already-passed': 'sop-already-passed', 'no-attempts-left': 'sop-no-attempts-left',
  'unknown-question': 'sop-answer-unknown', 'unknown-option': 'sop-answer-unknown',
};

interface Loaded {
  readonly access: SopPageAccess;
  readonly assessment: Assessment;
  readonly mine: Attestation;
  readonly revision: number;
}

async function load(ctx: UserCallContext, pageId: string): Promise<Result<Loaded>> {
  const access = await requireSopPage(ctx, pageId);
  if (!access.ok) return access;
  const assessment = access.data.template.assessment;
  if (assessment === undefined) return err(appError('BAD_REQUEST', 'This SOP has no assessment.', { reason: 'sop-no-assessment' }));
  const version = access.data.record.status.version;
  const stored = await readAttestation(pageId, ctx.principal.accountId, version);
  if (!stored.ok) return stored;
  return ok({ access: access.data, assessment, mine: stored.data?.attestation ?? newAttestation(ctx.principal.accountId, pageId, version), revision: stored.data?.revision ?? 0 });
}

async function roster(client: ConfluenceClient, group: string | undefined): Promise<Result<GroupMember[]>> {
  return group === undefined ? ok([]) : readGroupMembers(client, group);
}

/** The page's attestation evidence now, from the roster group read as the app and every stored attestation. */
export async function coverageNow(ctx: UserCallContext, record: SopPageRecord): Promise<Result<SopEvidence>> {
  const [members, all] = await Promise.all([roster(ctx.confluenceAsApp, record.rosterGroup), listAttestations(record.pageId)]);
  if (!members.ok) return members;
  if (!all.ok) return all;
  const now = ctx.clock.now();
  const coverage = rosterCoverage(members.data.map((m) => m.accountId), all.data, record.status.version);
  return ok(attestationEvidence(record.status.version, coverageEvidence(coverage, now), now));
}

/** Republishes the page's attestation evidence, computed again if another writer gets in first. */
export async function publishCoverage(ctx: UserCallContext, record: SopPageRecord): Promise<Result<SopEvidence>> {
  return publishEvidenceFrom(ctx, record.pageId, () => coverageNow(ctx, record));
}

async function viewOf(ctx: UserCallContext, loaded: Loaded): Promise<Result<{ view: AttestationView }>> {
  const { access, assessment, mine } = loaded;
  // Counts as the app; the names of the missing as the viewer (someone the viewer cannot see is counted, not named).
  const [members, visible, all] = await Promise.all([
    roster(ctx.confluenceAsApp, access.record.rosterGroup), roster(ctx.confluence, access.record.rosterGroup), listAttestations(access.page.id),
  ]);
  if (!members.ok) return members;
  if (!all.ok) return all;
  const coverage = rosterCoverage(members.data.map((m) => m.accountId), all.data, access.record.status.version);
  const names = new Map((visible.ok ? visible.data : []).map((m) => [m.accountId, m.displayName]));
  const text = access.template.text[sopLocaleOf(ctx.principal.locale)];
  const quiz = quizFor(assessment, `${access.page.id}:${mine.accountId}:${String(mine.sopVersion)}:${String(mine.attempts.length)}`);
  const view: AttestationView = {
    pageId: access.page.id, title: access.page.title, sopVersion: access.record.status.version,
    passPercent: assessment.passPercent, attemptsAllowed: assessment.attemptsAllowed,
    mine: {
      acknowledged: mine.acknowledgedAt !== undefined, passed: hasPassed(mine), attemptsLeft: attemptsLeft(mine, assessment),
      attempts: mine.attempts.map((a) => ({ at: a.at, percent: a.percent, passed: a.passed })),
    },
    quiz: quiz.map((q) => ({
      id: q.id, multiple: q.multiple, prompt: text.questions[q.id]?.prompt ?? q.id,
      options: q.options.map((o) => ({ id: o, text: text.questions[q.id]?.options[o] ?? o })),
    })),
    coverage: {
      ...(access.record.rosterGroup === undefined ? {} : { rosterGroup: access.record.rosterGroup }),
      passed: coverage.passed.length, roster: coverage.passed.length + coverage.missing.length,
      missing: coverage.missing.flatMap((id) => { const name = names.get(id); return name === undefined ? [] : [{ accountId: id, displayName: name }]; }),
    },
  };
  return ok({ view });
}

export async function loadAttestation(ctx: UserCallContext, pageId: string): Promise<Result<AttestationView>> {
  const loaded = await load(ctx, pageId);
  if (!loaded.ok) return loaded;
  const view = await viewOf(ctx, loaded.data);
  return view.ok ? ok(view.data.view) : view;
}

async function saveAndPublish(ctx: UserCallContext, loaded: Loaded, changed: Attestation): Promise<Result<AttestationView>> {
  const saved = await saveAttestation(changed, loaded.revision);
  if (!saved.ok) return saved;
  const published = await publishCoverage(ctx, loaded.access.record);
  if (!published.ok) return published;
  const view = await viewOf(ctx, { ...loaded, mine: saved.data.attestation, revision: saved.data.revision });
  return view.ok ? ok(view.data.view) : view;
}

export async function acknowledgeSop(ctx: UserCallContext, pageId: string): Promise<Result<AttestationView>> {
  const loaded = await load(ctx, pageId);
  if (!loaded.ok) return loaded;
  if (loaded.data.mine.acknowledgedAt !== undefined) return loadAttestation(ctx, pageId);
  return saveAndPublish(ctx, loaded.data, acknowledge(loaded.data.mine, ctx.clock.now()));
}

export async function submitQuizAttempt(ctx: UserCallContext, pageId: string, answers: Answers): Promise<Result<OutputOf<'sop/submitAttempt'>>> {
  const loaded = await load(ctx, pageId);
  if (!loaded.ok) return loaded;
  const outcome = submitAttempt(loaded.data.mine, loaded.data.assessment, answers, ctx.clock.now());
  if (!outcome.ok) {
    const code = outcome.refusal === 'unknown-question' || outcome.refusal === 'unknown-option' ? 'BAD_REQUEST' : 'CONFLICT';
    return err(appError(code, `The attempt was refused: ${outcome.refusal}.`, { reason: REFUSALS[outcome.refusal] }));
  }
  const view = await saveAndPublish(ctx, loaded.data, outcome.value);
  return view.ok ? ok({ percent: outcome.result.percent, passed: outcome.result.passed, view: view.data }) : view;
}
