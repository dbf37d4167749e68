import fc from 'fast-check';
import {
  allowedDecisions, chainEntry, checkDecision, currentDecision, GENESIS_HASH, verifyChain,
  type GateState, type LogEntry, type LogRecord,
} from '../../../src/domain/gate';
import { NOW, sha256 } from './helpers';

const green: GateState = { overall: 'green', unsigned: [], nonGreen: [] };
const amber: GateState = { overall: 'amber', unsigned: ['operations'], nonGreen: [{ id: 'listing-sop', red: false }, { id: 'risk-drills', red: false }] };
const red: GateState = { overall: 'red', unsigned: [], nonGreen: [{ id: 'all-issues-resolved', red: true }] };
const ex = (...ids: string[]) => ids.map((criterionId) => ({ criterionId, reason: 'accepted by the CRO' }));

describe('decision rules', () => {
  it.each([
    ['GO when green and all signed', green, 'GO', [], true, true, null],
    ['GO refused when amber', amber, 'GO', [], true, false, 'gate-not-green'],
    ['GO refused when a function has not signed', { ...green, unsigned: ['risk'] }, 'GO', [], true, false, 'signoffs-missing'],
    ['exceptions by the owner with a reason for each', amber, 'GO_WITH_EXCEPTIONS', ex('listing-sop', 'risk-drills'), true, true, null],
    ['exceptions need the release owner', amber, 'GO_WITH_EXCEPTIONS', ex('listing-sop', 'risk-drills'), false, false, 'needs-release-owner'],
    ['exceptions need every non-green criterion', amber, 'GO_WITH_EXCEPTIONS', ex('listing-sop'), true, false, 'exception-missing'],
    ['exceptions only for non-green criteria', amber, 'GO_WITH_EXCEPTIONS', ex('listing-sop', 'risk-drills', 'no-cycle'), true, false, 'exception-not-needed'],
    ['no exception over a red criterion', red, 'GO_WITH_EXCEPTIONS', ex('all-issues-resolved'), true, false, 'gate-red'],
    ['no exceptions when nothing is non-green', { ...green, unsigned: ['risk'] }, 'GO_WITH_EXCEPTIONS', [], true, false, 'nothing-to-except'],
    ['NO-GO with a reason', red, 'NO_GO', [], false, true, null],
  ] as const)('%s', (_name, state, kind, exceptions, byOwner, allowed, refusal) => {
    const check = checkDecision(state, { kind, reason: kind === 'NO_GO' ? 'bugs open' : '', exceptions, byOwner });
    expect(check.ok).toBe(allowed);
    if (!check.ok) expect(check.refusal).toBe(refusal);
  });

  it('refuses a NO-GO without a reason', () => {
    expect(checkDecision(red, { kind: 'NO_GO', reason: '  ', exceptions: [], byOwner: true })).toMatchObject({ ok: false, refusal: 'reason-missing' });
  });

  it('offers GO only when green and signed', () => {
    expect(allowedDecisions(green, false)).toEqual({ GO: true, GO_WITH_EXCEPTIONS: false, NO_GO: true });
    expect(allowedDecisions(amber, true)).toEqual({ GO: false, GO_WITH_EXCEPTIONS: true, NO_GO: true });
  });
});

const entry = (kind: LogEntry['kind'], at: string, reason = ''): LogEntry => ({
  kind, versionId: '10100', by: 'acc-1', at, reason, exceptions: [], overall: 'green', statuses: { a: 'green' }, signedFunctions: ['rnd'],
});
function chain(entries: LogEntry[]): LogRecord[] {
  const records: LogRecord[] = [];
  for (const e of entries) records.push(chainEntry(e, records.at(-1) ?? null, sha256));
  return records;
}

describe('the decision log', () => {
  const log = chain([entry('NO_GO', '2026-12-01T09:00:00.000Z', 'bugs'), entry('GO', '2026-12-02T09:00:00.000Z'), entry('RELEASED_WITHOUT_GO', '2026-12-03T09:00:00.000Z')]);

  it('links each record to the previous one and verifies end to end', () => {
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
    expect(log.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(verifyChain(log, sha256)).toEqual({ verified: true, length: 3, brokenAt: null, head: log[2]?.hash });
    expect(verifyChain([], sha256)).toEqual({ verified: true, length: 0, brokenAt: null, head: null });
  });

  it('detects a tampered record, a removed one and a reordering', () => {
    const tampered = log.map((r, i) => (i === 0 ? { ...r, kind: 'GO' as const } : r));
    expect(verifyChain(tampered, sha256)).toMatchObject({ verified: false, brokenAt: 1 });
    const rehashed = log.map((r, i) => (i === 1 ? { ...r, reason: 'forged', hash: sha256('forged') } : r));
    expect(verifyChain(rehashed, sha256)).toMatchObject({ verified: false, brokenAt: 2 });
    expect(verifyChain([log[0], log[2]] as LogRecord[], sha256)).toMatchObject({ verified: false, brokenAt: 2 });
    expect(verifyChain([log[1], log[0], log[2]] as LogRecord[], sha256)).toMatchObject({ verified: false, brokenAt: 1 });
  });

  it('takes the latest decision, not a released-without-GO record', () => {
    expect(currentDecision(log)?.kind).toBe('GO');
    expect(currentDecision([])).toBeNull();
  });

  it('detects a change to any field of any record', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 }), fc.constantFrom('by', 'at', 'reason', 'overall', 'versionId', 'statuses', 'exceptions'), (index, field) => {
      const changed = log.map((r, i) => {
        if (i !== index) return r;
        const value = field === 'statuses' ? { a: 'red' } : field === 'exceptions' ? [{ criterionId: 'x', reason: 'y' }] : field === 'overall' ? (r.overall === 'green' ? 'red' : 'green') : `${r[field]}!`;
        return { ...r, [field]: value };
      });
      expect(verifyChain(changed, sha256)).toMatchObject({ verified: false, brokenAt: index + 1 });
    }));
  });

  it('hashes the same record the same whatever the key order', () => {
    const first = log[0] as LogRecord;
    const reordered = Object.fromEntries(Object.entries(first).reverse()) as unknown as LogRecord;
    expect(verifyChain([reordered, ...log.slice(1)], sha256).verified).toBe(true);
    expect(NOW).toBeDefined();
  });
});
