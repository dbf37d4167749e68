// The SOP evidence schema: what the gate accepts from the content property, and what it refuses.
import { sopEvidence } from '../../src/contract/sop-evidence';
import { attestationEvidence, coverageOf, drillEvidence } from '../../src/domain/sop/evidence';

const at = '2026-11-25T09:30:00.000Z';

describe('sopEvidence', () => {
  it.each([
    ['a passed drill', drillEvidence(3, { runId: 'r1', lastRunAt: at, result: 'passed', durationMinutes: 42 }, at)],
    ['a failed drill with its step', drillEvidence(3, { runId: 'r1', lastRunAt: at, result: 'failed', durationMinutes: 7, failedStep: 'halt' }, at)],
    ['attestation coverage', attestationEvidence(2, { passed: 11, roster: 12, asOf: at }, at)],
  ])('accepts %s', (_name, value) => {
    expect(sopEvidence.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    ['another version', { version: 2, kind: 'drill', sopVersion: 1, updatedAt: at, drill: { runId: 'r', lastRunAt: at, result: 'passed', durationMinutes: 1 } }, 'version'],
    ['a drill kind without a drill', { version: 1, kind: 'drill', sopVersion: 1, updatedAt: at }, 'kind'],
    ['an attestation kind without coverage', { version: 1, kind: 'attestation', sopVersion: 1, updatedAt: at }, 'kind'],
    ['more passed than the roster', { version: 1, kind: 'attestation', sopVersion: 1, updatedAt: at, attestation: { passed: 5, roster: 4, asOf: at } }, 'attestation.passed'],
    ['a passed drill naming a failed step', { version: 1, kind: 'drill', sopVersion: 1, updatedAt: at, drill: { runId: 'r', lastRunAt: at, result: 'passed', durationMinutes: 1, failedStep: 'x' } }, 'drill.failedStep'],
    ['an unknown result', { version: 1, kind: 'drill', sopVersion: 1, updatedAt: at, drill: { runId: 'r', lastRunAt: at, result: 'green', durationMinutes: 1 } }, 'drill.result'],
    ['a date that is no instant', { version: 1, kind: 'drill', sopVersion: 1, updatedAt: '25/11/2026', drill: { runId: 'r', lastRunAt: at, result: 'passed', durationMinutes: 1 } }, 'updatedAt'],
  ])('refuses %s, naming %s', (_name, value, path) => {
    const parsed = sopEvidence.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('coverageOf', () => {
  it.each([
    [{ passed: 0, roster: 0 }, undefined],
    [{ passed: 3, roster: 4 }, 0.75],
    [{ passed: 4, roster: 4 }, 1],
  ])('%j -> %s', (counts, expected) => {
    expect(coverageOf({ ...counts, asOf: at })).toBe(expected);
  });
});
