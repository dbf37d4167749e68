// Attestation: scoring on the server, attempts, coverage of the roster, and the shuffled quiz.
import fc from 'fast-check';
import { acknowledge, coverageEvidence, newAttestation, quizFor, rosterCoverage, scoreAnswers, seededRandom, shuffle, submitAttempt, type Answers, type Attestation } from '../../../src/domain/sop/attestation';
import type { Assessment } from '../../../src/domain/sop/template';

const assessment: Assessment = {
  passPercent: 80, attemptsAllowed: 2,
  questions: [
    { id: 'q1', options: ['a', 'b', 'c'], correct: ['a'] },
    { id: 'q2', options: ['a', 'b'], correct: ['b'] },
    { id: 'q3', options: ['a', 'b', 'c'], correct: ['a', 'c'] },
    { id: 'q4', options: ['x', 'y'], correct: ['x'] },
    { id: 'q5', options: ['x', 'y'], correct: ['y'] },
  ],
};
const right: Answers = { q1: ['a'], q2: ['b'], q3: ['c', 'a'], q4: ['x'], q5: ['y'] };
const at = '2026-11-25T10:00:00.000Z';

describe('scoreAnswers', () => {
  it.each([
    ['all right', right, 5, 100, true],
    ['one wrong: 80% passes at 80', { ...right, q5: ['x'] }, 4, 80, true],
    ['two wrong', { ...right, q4: ['y'], q5: ['x'] }, 3, 60, false],
    ['a multi-answer question half answered', { ...right, q3: ['a'] }, 4, 80, true],
    ['a multi-answer question over-answered', { ...right, q3: ['a', 'b', 'c'], q1: [] }, 3, 60, false],
    ['nothing answered', {}, 0, 0, false],
  ])('%s', (_name, answers, correct, percent, passed) => {
    expect(scoreAnswers(assessment, answers, at)).toEqual({ at, correct, total: 5, percent, passed });
  });
});

describe('submitAttempt', () => {
  const read = acknowledge(newAttestation('u1', '1006', 3), at);
  const fail = { q1: ['b'] };
  it('needs read-and-understood first', () => {
    expect(submitAttempt(newAttestation('u1', '1006', 3), assessment, right, at)).toEqual({ ok: false, refusal: 'not-acknowledged' });
  });

  it('fails once, passes, then refuses more', () => {
    const first = submitAttempt(read, assessment, fail, at);
    if (!first.ok) throw new Error('expected an attempt');
    expect(first.result.passed).toBe(false);
    const second = submitAttempt(first.value, assessment, right, at);
    if (!second.ok) throw new Error('expected an attempt');
    expect(second.result.passed).toBe(true);
    expect(submitAttempt(second.value, assessment, right, at)).toEqual({ ok: false, refusal: 'already-passed' });
  });

  it.each([
    ['an unknown question', { q9: ['a'] }, 'unknown-question'],
    ['an unknown option', { q1: ['z'] }, 'unknown-option'],
  ])('refuses %s', (_name, answers, refusal) => {
    expect(submitAttempt(read, assessment, answers, at)).toEqual({ ok: false, refusal });
  });

  it('stops after the attempts allowed', () => {
    const one = submitAttempt(read, assessment, fail, at);
    const two = one.ok ? submitAttempt(one.value, assessment, fail, at) : one;
    expect(two.ok && submitAttempt(two.value, assessment, right, at)).toEqual({ ok: false, refusal: 'no-attempts-left' });
  });
});

describe('rosterCoverage', () => {
  const passedBy = (accountId: string, sopVersion = 3): Attestation => ({ ...newAttestation(accountId, '1006', sopVersion), acknowledgedAt: at, attempts: [{ at, correct: 5, total: 5, percent: 100, passed: true }] });
  it.each([
    ['nobody passed', ['a', 'b'], [], [], ['a', 'b']],
    ['one of two', ['a', 'b'], [passedBy('a')], ['a'], ['b']],
    ['a pass of an older version counts for nothing', ['a'], [passedBy('a', 2)], [], ['a']],
    ['a pass by someone off the roster counts for nothing', ['a'], [passedBy('z')], [], ['a']],
  ])('%s', (_name, roster, attestations, passed, missing) => {
    expect(rosterCoverage(roster, attestations, 3)).toEqual({ passed, missing });
  });

  it('passed and missing split the roster', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), fc.array(fc.constantFrom('a', 'c', 'e')), (roster, passers) => {
      const coverage = rosterCoverage(roster, passers.map((p) => passedBy(p)), 3);
      const evidence = coverageEvidence(coverage, at);
      expect(evidence.roster).toBe(new Set(roster).size);
      expect(evidence.passed).toBeLessThanOrEqual(evidence.roster);
      expect([...coverage.passed, ...coverage.missing].sort()).toEqual([...new Set(roster)].sort());
    }));
  });
});

describe('the shuffled quiz', () => {
  it('is a permutation, the same for the same seed, and carries no right answers', () => {
    fc.assert(fc.property(fc.string(), (seed) => {
      const quiz = quizFor(assessment, seed);
      expect(quiz.map((q) => q.id).sort()).toEqual(assessment.questions.map((q) => q.id).sort());
      for (const q of quiz) expect([...q.options].sort()).toEqual([...(assessment.questions.find((x) => x.id === q.id)?.options ?? [])].sort());
      expect(quizFor(assessment, seed)).toEqual(quiz);
      expect(JSON.stringify(quiz)).not.toContain('correct');
    }));
  });

  it('shuffle keeps every item', () => {
    fc.assert(fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
      expect(shuffle(items, seededRandom(seed)).sort()).toEqual([...items].sort());
    }));
  });

  it('draws numbers in [0, 1)', () => {
    fc.assert(fc.property(fc.string(), (seed) => {
      const random = seededRandom(seed);
      for (let i = 0; i < 20; i += 1) { const n = random(); expect(n >= 0 && n < 1).toBe(true); }
    }));
  });
});
