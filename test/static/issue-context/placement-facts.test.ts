// The issue view's pure facts: the slip sentence it picks (plural-correct), when it asks again, and where its links go.
import type { IssuePlacement } from '../../../src/contract';
import { epicPanelTarget, PLACEMENT_IDLE_MS, PLACEMENT_POLL_LIMIT, PLACEMENT_POLL_MS, placementPollDelay, releaseScheduleTarget, slipImpact } from '../../../static/issue-context/placement-facts';
import { parseRoute } from '../../../static/gate/routes';
import { createTranslator } from '../../../src/i18n/translator';
import en from '../../../locales/issue-context/en-US.json';
import zh from '../../../locales/issue-context/zh-CN.json';

const release = { id: '10100', name: 'v2.0.0', releaseDate: '2027-01-15', projectKey: 'PERP' };
const since = '2026-12-02T12:00:00.000Z';
const scheduled = (stale: { reason: 'changed' | 'refresh-failed'; since: string } | null) => ({
  kind: 'scheduled', release, computedAt: since, stale,
  task: { start: '2026-12-03', finish: '2026-12-09', lateStart: '2026-12-03', lateFinish: '2026-12-09', totalFloat: 0, freeFloat: 0, critical: true },
  releaseSlipPerDay: 1, waitsOn: [], waitedOnBy: [], hidden: { waitsOn: 0, waitedOnBy: 0 },
  forecast: { kind: 'holds', finish: { day: 20, date: '2027-01-10' }, deadline: { day: 23, date: '2027-01-15' }, slip: 0, float: 3, criticalPath: [] },
}) as IssuePlacement;

describe('slipImpact', () => {
  const t = createTranslator<string>({ 'en-US': en, 'zh-CN': zh }, 'en-US');
  const sentence = (n: number) => {
    const impact = slipImpact(n);
    return impact.kind === 'many' ? t('issueContext.slip.many', { n: impact.days }) : t(`issueContext.slip.${impact.kind}`);
  };
  it('says one working day in the singular, more in the plural, none when the issue has float', () => {
    expect(sentence(0)).toBe('A 1-day slip here does not move the release.');
    expect(sentence(1)).toBe('A 1-day slip here moves the release by 1 working day.');
    expect(sentence(2)).toBe('A 1-day slip here moves the release by 2 working days.');
    expect(slipImpact(-1)).toEqual({ kind: 'none' });
  });
});

describe('placementPollDelay', () => {
  it('asks again soon while the release changed and is being recomputed, now and then once it is current', () => {
    expect(placementPollDelay(scheduled({ reason: 'changed', since }), 0)).toBe(PLACEMENT_POLL_MS);
    expect(placementPollDelay(scheduled(null), 0)).toBe(PLACEMENT_IDLE_MS);
    expect(PLACEMENT_IDLE_MS).toBeGreaterThan(PLACEMENT_POLL_MS);
    // A failed recomputation will not heal by asking every few seconds.
    expect(placementPollDelay(scheduled({ reason: 'refresh-failed', since }), 0)).toBeUndefined();
  });

  it('asks again while the release is computed in the background, not when nothing computes it', () => {
    expect(placementPollDelay({ kind: 'not-computed', release, computing: { progress: { done: 0, total: null }, startedAt: since } }, 3)).toBe(PLACEMENT_POLL_MS);
    expect(placementPollDelay({ kind: 'not-computed', release, computing: null }, 0)).toBeUndefined();
    expect(placementPollDelay({ kind: 'no-release', directLinks: [] }, 0)).toBeUndefined();
  });

  it('stops after its limit', () => {
    expect(placementPollDelay(scheduled({ reason: 'changed', since }), PLACEMENT_POLL_LIMIT)).toBeUndefined();
  });
});

describe('link targets', () => {
  it('goes to the release schedule route of the project page, and to the epic\'s issue view', () => {
    const target = releaseScheduleTarget('PERP', '10100');
    expect(target).toEqual({ target: 'module', moduleKey: 'release-gates', projectKey: 'PERP', path: '/versions/10100/schedule' });
    expect(parseRoute(target.path)).toEqual({ screen: 'schedule', versionId: '10100' });
    expect(epicPanelTarget('PERP-7')).toEqual({ target: 'issue', issueKey: 'PERP-7' });
  });
});
