import fc from 'fast-check';
import { GATE_STATUSES, regressed, rollup, rollupByFunction, signOffValidity, type CriterionResult, type GateStatus, type SignOff } from '../../../src/domain/gate';
import { NOW } from './helpers';

const result = (id: string, status: GateStatus, fn: CriterionResult['function'] = 'risk'): CriterionResult => ({ id, function: fn, status, reason: 'manual-met', facts: {} });

describe('rollup', () => {
  it.each([
    [[], 'green'], [['green', 'green'], 'green'], [['green', 'amber'], 'amber'], [['unknown'], 'amber'],
    [['amber', 'red', 'unknown'], 'red'], [['green', 'red'], 'red'],
  ] as [GateStatus[], string][])('%j -> %s', (statuses, expected) => { expect(rollup(statuses)).toBe(expected); });

  it('is red exactly when any is red, green exactly when all are green, never unknown', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...GATE_STATUSES)), (statuses) => {
      const status = rollup(statuses);
      expect(status === 'red').toBe(statuses.includes('red'));
      expect(status === 'green').toBe(statuses.every((s) => s === 'green'));
    }));
  });

  it('rolls up each of the five functions', () => {
    const rows = rollupByFunction([result('a', 'green', 'rnd'), result('b', 'unknown', 'rnd'), result('c', 'red', 'risk')]);
    expect(rows.map((r) => [r.function, r.status])).toEqual([['rnd', 'amber'], ['risk', 'red'], ['market-making', 'green'], ['operations', 'green'], ['customer-service', 'green']]);
    expect(rows[0]?.counts).toEqual({ green: 1, amber: 0, red: 0, unknown: 1 });
  });
});

describe('sign-off validity', () => {
  const signOff = (saw: Record<string, GateStatus>, signedAt = '2026-12-01T08:00:00.000Z'): SignOff => ({ function: 'risk', accountId: 'u', signedAt, saw, version: 1 });
  it.each([
    ['unchanged', { a: 'green' }, [result('a', 'green')], true, null],
    ['improved', { a: 'amber' }, [result('a', 'green')], true, null],
    ['regressed', { a: 'green', b: 'green' }, [result('a', 'green'), result('b', 'amber')], false, 'regressed'],
    ['amber to unknown is a regression', { a: 'amber' }, [result('a', 'unknown')], false, 'regressed'],
    ['a criterion added', { a: 'green' }, [result('a', 'green'), result('n', 'green')], false, 'criteria-changed'],
    ['another function regressing does not count', { a: 'green' }, [result('a', 'green'), result('x', 'red', 'rnd')], true, null],
  ] as [string, Record<string, GateStatus>, CriterionResult[], boolean, string | null][])('%s', (_name, saw, results, valid, reason) => {
    const validity = signOffValidity(signOff(saw), results, NOW, 14);
    expect(validity.valid).toBe(valid);
    expect(validity.invalid?.reason ?? null).toBe(reason);
  });

  it('expires after its maximum age', () => {
    expect(signOffValidity(signOff({ a: 'green' }, '2026-11-18T08:00:00.000Z'), [result('a', 'green')], NOW, 14)).toMatchObject({ valid: false, invalid: { reason: 'expired' } });
    expect(signOffValidity(signOff({ a: 'green' }, '2026-11-19T08:00:01.000Z'), [result('a', 'green')], NOW, 14).valid).toBe(true);
  });

  it('is valid exactly when no criterion is worse than seen (same criteria, fresh)', () => {
    const statuses = fc.constantFrom(...GATE_STATUSES);
    fc.assert(fc.property(fc.array(fc.tuple(statuses, statuses), { minLength: 1, maxLength: 8 }), (pairs) => {
      const saw = Object.fromEntries(pairs.map(([before], i) => [`c${i}`, before]));
      const now = pairs.map(([, after], i) => result(`c${i}`, after));
      const validity = signOffValidity(signOff(saw), now, NOW, 14);
      expect(validity.valid).toBe(!pairs.some(([before, after]) => regressed(before, after)));
    }));
  });
});
