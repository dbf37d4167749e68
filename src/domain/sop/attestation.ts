// Attestation: read-and-understood plus the assessment quiz. Scoring happens here (on the server), attempts are
// limited, questions and options are shuffled per attempt from a seed, and coverage counts the roster members
// who passed the current SOP version (a major republish resets it).
import { mulberry32 } from '../random';
import type { AttestationEvidence } from './evidence';
import type { Assessment, TemplateQuestion } from './template';

export interface AttemptResult {
  readonly at: string;
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
  readonly passed: boolean;
}

export interface Attestation {
  readonly accountId: string;
  readonly pageId: string;
  readonly sopVersion: number;
  readonly acknowledgedAt?: string;
  readonly attempts: readonly AttemptResult[];
}

/** The answers of one attempt: question id -> the chosen option ids. */
export type Answers = Readonly<Record<string, readonly string[]>>;

export type AttemptRefusal = 'not-acknowledged' | 'already-passed' | 'no-attempts-left' | 'unknown-question' | 'unknown-option';

export type AttemptOutcome = { readonly ok: true; readonly value: Attestation; readonly result: AttemptResult } | { readonly ok: false; readonly refusal: AttemptRefusal };

/** A question is right when exactly its right options were chosen; an unanswered question is wrong. */
export function isRight(question: TemplateQuestion, chosen: readonly string[] | undefined): boolean {
  if (chosen === undefined) return false;
  const picked = new Set(chosen);
  return picked.size === question.correct.length && question.correct.every((c) => picked.has(c));
}

/** Scores answers against an assessment: percent rounded down, passed at or above the pass mark. */
export function scoreAnswers(assessment: Assessment, answers: Answers, at: string): AttemptResult {
  const total = assessment.questions.length;
  const correct = assessment.questions.filter((q) => isRight(q, answers[q.id])).length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { at, correct, total, percent, passed: total > 0 && percent >= assessment.passPercent };
}

export function hasPassed(attestation: Attestation): boolean {
  return attestation.attempts.some((a) => a.passed);
}

export function attemptsLeft(attestation: Attestation, assessment: Assessment): number {
  return Math.max(0, assessment.attemptsAllowed - attestation.attempts.length);
}

/** A new attestation of one person for one SOP version (nothing read, no attempts). */
export function newAttestation(accountId: string, pageId: string, sopVersion: number): Attestation {
  return { accountId, pageId, sopVersion, attempts: [] };
}

/** Records read-and-understood (the first time only). */
export function acknowledge(attestation: Attestation, at: string): Attestation {
  return attestation.acknowledgedAt === undefined ? { ...attestation, acknowledgedAt: at } : attestation;
}

/** Scores and records an attempt, if one is allowed: read first, not yet passed, attempts left, known answers only. */
export function submitAttempt(attestation: Attestation, assessment: Assessment, answers: Answers, at: string): AttemptOutcome {
  if (attestation.acknowledgedAt === undefined) return { ok: false, refusal: 'not-acknowledged' };
  if (hasPassed(attestation)) return { ok: false, refusal: 'already-passed' };
  if (attemptsLeft(attestation, assessment) === 0) return { ok: false, refusal: 'no-attempts-left' };
  for (const [questionId, chosen] of Object.entries(answers)) {
    const question = assessment.questions.find((q) => q.id === questionId);
    if (question === undefined) return { ok: false, refusal: 'unknown-question' };
    if (chosen.some((c) => !question.options.includes(c))) return { ok: false, refusal: 'unknown-option' };
  }
  const result = scoreAnswers(assessment, answers, at);
  return { ok: true, value: { ...attestation, attempts: [...attestation.attempts, result] }, result };
}

export interface RosterCoverage {
  readonly passed: readonly string[];
  readonly missing: readonly string[];
}

/** Who of the roster passed the SOP version, and who has not; attestations of other versions or people count for nothing. */
export function rosterCoverage(roster: readonly string[], attestations: readonly Attestation[], sopVersion: number): RosterCoverage {
  const passedIds = new Set(attestations.filter((a) => a.sopVersion === sopVersion && hasPassed(a)).map((a) => a.accountId));
  const members = [...new Set(roster)];
  return { passed: members.filter((m) => passedIds.has(m)), missing: members.filter((m) => !passedIds.has(m)) };
}

export function coverageEvidence(coverage: RosterCoverage, asOf: string): AttestationEvidence {
  return { passed: coverage.passed.length, roster: coverage.passed.length + coverage.missing.length, asOf };
}

/** A question as the page sees it before an attempt: shuffled, and without its right answers. */
export interface QuizQuestion {
  readonly id: string;
  readonly options: readonly string[];
  readonly multiple: boolean;
}

/** The quiz of one attempt: questions and options in an order fixed by `seed` (so a reload shows the same order). */
export function quizFor(assessment: Assessment, seed: string): QuizQuestion[] {
  const random = seededRandom(seed);
  return shuffle(assessment.questions, random).map((q) => ({ id: q.id, options: shuffle(q.options, random), multiple: q.correct.length > 1 }));
}

/** Fisher-Yates with the given source of numbers in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** A small deterministic generator (FNV-1a hash of the seed into mulberry32). */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return mulberry32(state);
}
