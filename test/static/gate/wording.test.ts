import { GATE_REASONS, GATE_STATUSES } from '../../../src/domain/gate/types';
import {
  criterionEvidence, criterionName, daysToReleaseText, daysUntil, plural, reasonText, signOffExpiry, statusAppearance, statusText, unknownCriteria,
} from '../../../static/gate/shared/wording';
import { gateTranslator } from './gate-translator';

const en = gateTranslator('en-US');
const zh = gateTranslator('zh-CN');

describe('gate wording', () => {
  it.each([
    [1, 'in 1 day'], [3, 'in 3 days'], [0, 'today'], [-1, '1 day overdue'], [-12, '12 days overdue'], [null, 'no date'],
  ] as const)('days to release %p reads "%s" in English', (days, text) => {
    expect(daysToReleaseText(en, 'en-US', days)).toBe(text);
  });

  it('counts days in Chinese without an English plural', () => {
    expect(daysToReleaseText(zh, 'zh-CN', 1)).toBe('1 天后');
    expect(daysToReleaseText(zh, 'zh-CN', 3)).toBe('3 天后');
    expect(plural(zh, 'zh-CN', 'gate.days.early', 2)).toBe('比版本早 2 天开始');
  });

  it('never shows unknown as green', () => {
    expect(statusAppearance('unknown')).not.toBe('success');
    expect(statusAppearance('green')).toBe('success');
    expect(statusAppearance('red')).toBe('danger');
    expect(statusAppearance('amber')).toBe('warning');
    for (const status of GATE_STATUSES) expect(statusText(zh, status)).not.toMatch(/^gate\./);
  });

  it('words template criteria from the catalogue and keeps an owner\'s own words', () => {
    expect(criterionName(en, { id: 'no-blocker-bugs' })).toBe('No open Blocker or Critical bugs');
    expect(criterionName(zh, { id: 'no-blocker-bugs' })).toBe('没有未关闭的阻断级或严重级缺陷');
    expect(criterionName(en, { id: 'no-blocker-bugs', name: 'Zero P0 bugs' })).toBe('Zero P0 bugs');
    expect(criterionName(en, { id: 'custom-thing' })).toBe('custom-thing');
    expect(criterionEvidence(en, { id: 'custom-thing' })).toBe('');
    expect(criterionEvidence(en, { id: 'risk-drills' })).toBe('The drill runs recorded on the SOP page');
  });

  it('has a sentence for every reason in both languages', () => {
    for (const reason of GATE_REASONS) {
      expect(reasonText(en, reason, {})).not.toMatch(/^gate\.reasons/);
      expect(reasonText(zh, reason, {})).not.toMatch(/^gate\.reasons/);
    }
  });

  it('fills a reason from its facts, a missing fact as a dash and never as a placeholder', () => {
    expect(reasonText(en, 'open-blocker-bugs', { count: 2, keys: 'PERP-1, PERP-2' })).toBe('2 open Blocker or Critical bugs: PERP-1, PERP-2.');
    expect(reasonText(en, 'unresolved-issues', {})).toBe('— issues in the release are not resolved.');
    expect(reasonText(en, 'attestation-partial', { passed: 9, roster: 10, percent: 90, minCoverage: 1 })).toBe('Only 9 of 10 people passed the assessment (90%, 100% needed).');
    expect(reasonText(en, 'drill-failed', { lastRunAt: '2026-11-30', failedStep: null })).toBe('The last drill, on 2026-11-30, failed at step —.');
  });

  it('counts days to the release from the evaluation day', () => {
    expect(daysUntil('2026-12-05', '2026-12-02T23:59:00.000Z')).toBe(3);
    expect(daysUntil('2026-12-01', '2026-12-02T00:00:00.000Z')).toBe(-1);
  });

  it('puts a sign-off\'s expiry its maximum age after it was made', () => {
    expect(signOffExpiry('2026-12-01T10:00:00.000Z', 14)).toBe('2026-12-15T10:00:00.000Z');
  });

  it('lists the criteria that could not be evaluated', () => {
    const criteria = [{ status: 'unknown' }, { status: 'green' }, { status: 'unknown' }, { status: 'red' }];
    expect(unknownCriteria({ criteria } as never)).toHaveLength(2);
  });
});
