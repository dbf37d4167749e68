import { decisionProblems, goBlockers } from '../../../static/gate/shared/decision-rules';
import { checkCounterparty, checkEvidenceUrl } from '../../../static/gate/shared/manual-input';

describe('manual inputs', () => {
  it.each([
    ['', { ok: true, url: null }],
    ['  https://wiki.example/report  ', { ok: true, url: 'https://wiki.example/report' }],
    ['http://grafana.local/d/canary', { ok: true, url: 'http://grafana.local/d/canary' }],
    ['javascript:alert(1)', { ok: false, error: 'badUrl' }],
    ['ftp://files/report', { ok: false, error: 'badUrl' }],
    ['report.pdf', { ok: false, error: 'badUrl' }],
    [`https://x.example/${'a'.repeat(2000)}`, { ok: false, error: 'tooLong' }],
  ])('evidence link %p', (text, expected) => {
    expect(checkEvidenceUrl(text)).toEqual(expected);
  });

  it('names a counterparty once, whatever the case and spacing', () => {
    expect(checkCounterparty('  ', [])).toBe('nameRequired');
    expect(checkCounterparty('Wintermute', [])).toBeUndefined();
    expect(checkCounterparty(' wintermute ', ['Wintermute'])).toBe('nameTaken');
    expect(checkCounterparty('GSR  Markets', ['gsr markets'])).toBe('nameTaken');
    expect(checkCounterparty('x'.repeat(101), [])).toBe('tooLong');
  });
});

describe('decision rules as the form words them', () => {
  const fn = (valid: boolean | null) => ({ signOff: valid === null ? null : { valid } }) as never;
  it('says why GO is closed', () => {
    expect(goBlockers({ allowed: { GO: true, GO_WITH_EXCEPTIONS: true, NO_GO: true }, overall: 'green', functions: [fn(true)] })).toEqual([]);
    expect(goBlockers({ allowed: { GO: false, GO_WITH_EXCEPTIONS: true, NO_GO: true }, overall: 'amber', functions: [fn(true), fn(null)] })).toEqual(['not-green', 'not-signed']);
    expect(goBlockers({ allowed: { GO: false, GO_WITH_EXCEPTIONS: true, NO_GO: true }, overall: 'green', functions: [fn(false)] })).toEqual(['not-signed']);
  });

  it('asks for a reason for NO-GO and one per non-green criterion for GO with exceptions', () => {
    expect(decisionProblems('GO', '', [], {})).toEqual({ reason: false, exceptions: [] });
    expect(decisionProblems('NO_GO', '  ', [], {})).toEqual({ reason: true, exceptions: [] });
    expect(decisionProblems('GO_WITH_EXCEPTIONS', 'Ship it', ['a', 'b'], { a: 'covered by the ops rota', b: ' ' })).toEqual({ reason: false, exceptions: ['b'] });
  });
});
