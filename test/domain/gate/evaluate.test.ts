import fc from 'fast-check';
import {
  DEFAULT_CRITERIA, evaluateCriterion, GATE_STATUSES, readFailed, readOk,
  type Criterion, type EvidenceRead, type GateInputs, type ManualInputs,
} from '../../../src/domain/gate';
import { greenInputs, noManual, NOW } from './helpers';

const auto = (id: string, config: Extract<Criterion, { kind: 'automatic' }>['auto'], freshnessDays?: number): Criterion =>
  ({ id, function: 'rnd', kind: 'automatic', auto: config, ...(freshnessDays === undefined ? {} : { freshnessDays }) });
const drill = auto('drill', { check: 'sop-drill', pageId: '42' }, 14);
const attest = auto('attest', { check: 'sop-attestation', pageId: '43', minCoverage: 1 });
const evidence = (page: string, read: EvidenceRead) => new Map([[page, readOk(read)]]);
const drillEvidence = (result: 'passed' | 'failed', lastRunAt: string): EvidenceRead => ({
  state: 'present', evidence: { version: 1, kind: 'drill', sopVersion: 3, updatedAt: lastRunAt, drill: { runId: 'r1', lastRunAt, result, durationMinutes: 20, ...(result === 'failed' ? { failedStep: 'cancel-all' } : {}) } },
  currentSopVersion: 3,
});
const attestation = (passed: number, roster: number): EvidenceRead => ({
  state: 'present', evidence: { version: 1, kind: 'attestation', sopVersion: 2, updatedAt: NOW, attestation: { passed, roster, asOf: NOW } },
  currentSopVersion: 2,
});

describe('evaluating a criterion', () => {
  const cases: [string, Criterion, Partial<GateInputs>, string, string][] = [
    ['no unresolved issues', auto('a', { check: 'unresolved-issues' }), {}, 'green', 'all-resolved'],
    ['unresolved issues', auto('a', { check: 'unresolved-issues' }), { unresolvedIssues: readOk(4) }, 'red', 'unresolved-issues'],
    ['issue counts unreadable', auto('a', { check: 'unresolved-issues' }), { unresolvedIssues: readFailed('jira-unavailable') }, 'unknown', 'jira-unavailable'],
    ['open blockers', auto('b', { check: 'open-blocker-bugs', priorities: ['Blocker'] }), { blockerBugs: readOk({ count: 2, keys: ['P-1', 'P-2'] }) }, 'red', 'open-blocker-bugs'],
    ['blockers rate-limited', auto('b', { check: 'open-blocker-bugs', priorities: ['Blocker'] }), { blockerBugs: readFailed('jira-rate-limited') }, 'unknown', 'jira-rate-limited'],
    ['float holds', auto('f', { check: 'critical-path-float', minFloat: 0 }), {}, 'green', 'float-ok'],
    ['float below the minimum', auto('f', { check: 'critical-path-float', minFloat: 5 }), {}, 'red', 'float-negative'],
    ['negative float', auto('f', { check: 'critical-path-float', minFloat: 0 }), { schedule: readOk({ state: 'scheduled', finish: '2026-12-20', float: -4, releaseDate: '2026-12-15', stale: false }) }, 'red', 'float-negative'],
    ['a stale schedule never green', auto('f', { check: 'critical-path-float', minFloat: 0 }), { schedule: readOk({ state: 'scheduled', finish: '2026-12-10', float: 3, releaseDate: '2026-12-15', stale: true }) }, 'amber', 'schedule-stale'],
    ['no release date', auto('f', { check: 'critical-path-float', minFloat: 0 }), { schedule: readOk({ state: 'scheduled', finish: '2026-12-10', float: null, releaseDate: null, stale: false }) }, 'amber', 'no-release-date'],
    ['schedule computing', auto('f', { check: 'critical-path-float', minFloat: 0 }), { schedule: readOk({ state: 'computing' }) }, 'unknown', 'schedule-computing'],
    ['loops', auto('c', { check: 'no-dependency-cycle' }), { schedule: readOk({ state: 'cycles', loops: 2 }) }, 'red', 'schedule-cycle'],
    ['no loops', auto('c', { check: 'no-dependency-cycle' }), {}, 'green', 'no-cycle'],
    ['schedule unreadable', auto('c', { check: 'no-dependency-cycle' }), { schedule: readFailed('jira-unavailable') }, 'unknown', 'jira-unavailable'],
    ['drill with no page', auto('d', { check: 'sop-drill', pageId: null }), {}, 'unknown', 'no-sop-page'],
    ['drill page without evidence', drill, { evidence: evidence('42', { state: 'absent' }) }, 'red', 'no-evidence'],
    ['evidence in another shape', drill, { evidence: evidence('42', { state: 'invalid' }) }, 'unknown', 'evidence-invalid'],
    ['attestation evidence on a drill criterion', drill, { evidence: evidence('42', attestation(5, 5)) }, 'unknown', 'evidence-wrong-kind'],
    ['drill passed recently', drill, { evidence: evidence('42', drillEvidence('passed', '2026-11-25T10:00:00.000Z')) }, 'green', 'drill-passed'],
    ['drill passed too long ago', drill, { evidence: evidence('42', drillEvidence('passed', '2026-11-01T10:00:00.000Z')) }, 'amber', 'drill-stale'],
    ['drill failed', drill, { evidence: evidence('42', drillEvidence('failed', '2026-12-01T10:00:00.000Z')) }, 'red', 'drill-failed'],
    ['a forged drill property', drill, { evidence: evidence('42', { state: 'untrusted', mismatch: 'no-run' }) }, 'unknown', 'evidence-untrusted'],
    ['a passed drill of an older SOP version', drill, { evidence: evidence('42', { ...drillEvidence('passed', '2026-11-25T10:00:00.000Z'), currentSopVersion: 4 } as EvidenceRead) }, 'amber', 'evidence-old-version'],
    ['a forged full coverage', attest, { evidence: evidence('43', { state: 'untrusted', mismatch: 'coverage-differs' }) }, 'unknown', 'evidence-untrusted'],
    ['full coverage of an older SOP version', attest, { evidence: evidence('43', { ...attestation(12, 12), currentSopVersion: 3 } as EvidenceRead) }, 'amber', 'evidence-old-version'],
    ['confluence down', drill, { evidence: new Map([['42', readFailed('confluence-unavailable')]]) }, 'unknown', 'confluence-unavailable'],
    ['page not read at all', drill, {}, 'unknown', 'confluence-unavailable'],
    ['full roster', attest, { evidence: evidence('43', attestation(12, 12)) }, 'green', 'attestation-complete'],
    ['partial roster', attest, { evidence: evidence('43', attestation(11, 12)) }, 'amber', 'attestation-partial'],
    ['empty roster', attest, { evidence: evidence('43', attestation(0, 0)) }, 'amber', 'attestation-empty-roster'],
    ['calendar aligned', auto('g', { check: 'campaign-calendar' }), {}, 'green', 'calendar-aligned'],
    ['campaign before the release', auto('g', { check: 'campaign-calendar' }), { calendar: readOk({ needing: 1, expectedDate: '2026-12-15', conflicts: [{ campaignId: 'c', campaignName: 'Airdrop', versionId: '1', campaignStart: '2026-12-10', releaseDate: '2026-12-15', daysEarly: 5 }] }) }, 'red', 'campaign-conflict'],
    ['campaign for an undated release', auto('g', { check: 'campaign-calendar' }), { calendar: readOk({ needing: 1, expectedDate: null, conflicts: [{ campaignId: 'c', campaignName: 'Airdrop', versionId: '1', campaignStart: '2026-12-10', releaseDate: null, daysEarly: null }] }) }, 'amber', 'campaign-release-unscheduled'],
    ['campaigns unreadable', auto('g', { check: 'campaign-calendar' }), { calendar: readFailed('storage-unavailable') }, 'unknown', 'storage-unavailable'],
  ];
  it.each(cases)('%s', (_name, criterion, inputs, status, reason) => {
    expect(evaluateCriterion(criterion, greenInputs(inputs), noManual, NOW)).toMatchObject({ status, reason });
  });

  const manual: Criterion = { id: 'm', function: 'risk', kind: 'manual', freshnessDays: 30 };
  const checklist: Criterion = { id: 'mm', function: 'market-making', kind: 'manual', checklist: ['sandbox-tests', 'production-connectivity'] };
  const mark = (state: 'met' | 'not-met', markedAt: string): ManualInputs => ({ marks: new Map([['m', { criterionId: 'm', state, evidenceUrl: null, comment: '', markedBy: 'u', markedAt, version: 1 }]]), rows: new Map() });
  const row = (counterparty: string, cells: Record<string, 'pending' | 'passed' | 'failed'>) => ({ criterionId: 'mm', counterparty, cells, evidenceUrl: null, comment: '', updatedBy: 'u', updatedAt: NOW, version: 1 });
  const rows = (...list: ReturnType<typeof row>[]): ManualInputs => ({ marks: new Map(), rows: new Map([['mm', list]]) });
  const manualCases: [string, Criterion, ManualInputs, string, string][] = [
    ['not marked yet', manual, noManual, 'amber', 'manual-pending'],
    ['met', manual, mark('met', '2026-11-30T00:00:00.000Z'), 'green', 'manual-met'],
    ['met, but outside its window', manual, mark('met', '2026-10-01T00:00:00.000Z'), 'amber', 'manual-stale'],
    ['not met', manual, mark('not-met', NOW), 'red', 'manual-not-met'],
    ['no counterparties', checklist, noManual, 'amber', 'checklist-empty'],
    ['every counterparty passed', checklist, rows(row('Wintermute', { 'sandbox-tests': 'passed', 'production-connectivity': 'passed' })), 'green', 'checklist-complete'],
    ['one column pending', checklist, rows(row('Wintermute', { 'sandbox-tests': 'passed' })), 'amber', 'checklist-partial'],
    ['one counterparty failed', checklist, rows(row('A', { 'sandbox-tests': 'passed', 'production-connectivity': 'passed' }), row('B', { 'sandbox-tests': 'failed' })), 'red', 'checklist-failed'],
  ];
  it.each(manualCases)('manual: %s', (_name, criterion, inputs, status, reason) => {
    expect(evaluateCriterion(criterion, greenInputs(), inputs, NOW)).toMatchObject({ status, reason });
  });

  it('never answers green for a criterion whose part could not be read', () => {
    const reasons = ['jira-unavailable', 'jira-rate-limited', 'confluence-unavailable', 'storage-unavailable'] as const;
    fc.assert(fc.property(fc.constantFrom(...DEFAULT_CRITERIA.filter((c) => c.kind === 'automatic')), fc.constantFrom(...reasons), (criterion, reason) => {
      const failed = readFailed(reason);
      const inputs: GateInputs = { unresolvedIssues: failed, blockerBugs: failed, schedule: failed, evidence: new Map([['1', failed]]), calendar: failed };
      const result = evaluateCriterion(criterion, inputs, noManual, NOW);
      expect(result.status).toBe('unknown');
      expect(GATE_STATUSES).toContain(result.status);
    }));
  });

  it('turns only worse as the unresolved count grows', () => {
    fc.assert(fc.property(fc.nat(5000), (count) => {
      const result = evaluateCriterion(auto('a', { check: 'unresolved-issues' }), greenInputs({ unresolvedIssues: readOk(count) }), noManual, NOW);
      expect(result.status).toBe(count === 0 ? 'green' : 'red');
    }));
  });
});
