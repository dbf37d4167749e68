// The config screen's model form read into the model and audit settings: units converted (bps, %), the fixed
// cost summed, every bad field named, the server's own schema ranges applied.
import { blankForm, campaignDays, readModelForm, type ModelForm } from '../../../static/campaign-config/model-form';

const filled: ModelForm = {
  ...blankForm(28), makerBps: '2', takerBps: '5', makerSharePct: '45', prizePool: '50,000', tokens: '1000', tokenPrice: '1.5', ops: '17000',
  rebateBps: '0.2', referralBps: '0.1', baselineDailyVolume: '2000000000', lowLift: '1e8', baseLift: '3e8', highLift: '6e8', treatmentSharePct: '80',
};

describe('readModelForm', () => {
  it('converts basis points and percentages and sums the fixed cost', () => {
    const reading = readModelForm(filled);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.model.fees.maker).toBeCloseTo(0.0002, 12);
    expect(reading.model.fees.taker).toBeCloseTo(0.0005, 12);
    expect(reading.model.fees.makerShare).toBeCloseTo(0.45, 12);
    expect(reading.model.costs.fixed).toBe(68_500);
    expect(reading.model.costs.rebateRate).toBeCloseTo(0.00002, 12);
    expect(reading.model.scenarios.map((s) => [s.name, s.dailyLift])).toEqual([['low', 1e8], ['base', 3e8], ['high', 6e8]]);
    expect(reading.audit).toEqual({ expectedTreatmentShare: 0.8, fixedCostUsd: 68_500, baseline: null, segments: { treatment: 'treatment', control: 'control' } });
  });

  it('names each field that is not a number', () => {
    expect(readModelForm({ ...filled, makerBps: '', takerBps: 'five' })).toEqual({ ok: false, errors: { makerBps: 'not-a-number', takerBps: 'not-a-number' } });
  });

  it('names a field out of the range the server accepts', () => {
    expect(readModelForm({ ...filled, makerSharePct: '140' })).toEqual({ ok: false, errors: { makerSharePct: 'out-of-range' } });
    expect(readModelForm({ ...filled, durationDays: '0' })).toEqual({ ok: false, errors: { durationDays: 'out-of-range' } });
    expect(readModelForm({ ...filled, treatmentSharePct: '100' })).toEqual({ ok: false, errors: { treatmentSharePct: 'out-of-range' } });
  });

  it('fills only what follows from the campaign in a blank form', () => {
    expect(campaignDays('2027-02-01', '2027-02-28')).toBe(28);
    expect(campaignDays('2027-02-01', '2027-02-01')).toBe(1);
    expect(blankForm(28)).toMatchObject({ durationDays: '28', makerBps: '', tokens: '0', tokenPrice: '0' });
  });
});

describe('the baseline window', () => {
  const filled: ModelForm = {
    ...blankForm(28), makerBps: '2', takerBps: '5', makerSharePct: '45', prizePool: '50000', ops: '18500', rebateBps: '0.2', referralBps: '0.1',
    baselineDailyVolume: '2e9', lowLift: '1e8', baseLift: '3e8', highLift: '6e8', treatmentSharePct: '80',
  };

  it('defaults to the 28 days before the start, across a month', () => {
    expect(blankForm(28, '2027-02-01')).toMatchObject({ baselineStart: '2027-01-04', baselineEnd: '2027-01-31' });
  });

  it('goes to the audit for difference-in-differences, or null when left empty', () => {
    const reading = readModelForm({ ...filled, baselineStart: '2027-01-04', baselineEnd: '2027-01-31' });
    expect(reading.ok && reading.audit.baseline).toEqual({ start: '2027-01-04', end: '2027-01-31' });
    const none = readModelForm(filled);
    expect(none.ok && none.audit.baseline).toBeNull();
  });

  it('names the field of a half or backwards window', () => {
    expect(readModelForm({ ...filled, baselineStart: '2027-01-04' })).toEqual({ ok: false, errors: { baselineEnd: 'not-a-window' } });
    expect(readModelForm({ ...filled, baselineEnd: '2027-01-04' })).toEqual({ ok: false, errors: { baselineStart: 'not-a-window' } });
    expect(readModelForm({ ...filled, baselineStart: '2027-01-31', baselineEnd: '2027-01-04' })).toEqual({ ok: false, errors: { baselineEnd: 'not-a-window' } });
  });
});
