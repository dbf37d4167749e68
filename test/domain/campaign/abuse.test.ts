import fc from 'fast-check';
import { auditCampaign, createUnionFind, findAbuse, meanDifference, sampleRatioCheck } from '../../../src/domain/campaign';
import { createAggregator } from '../../../src/domain/metrics';
import { buildCorpus } from './abuse-corpus';

const tradeFeatures = (rows: ReturnType<typeof buildCorpus>['trades']) => {
  const aggregator = createAggregator('trades');
  for (const row of rows) aggregator.add(row);
  return aggregator.result();
};

describe('abuse heuristics', () => {
  it.each([1, 2, 3])('finds the planted abuse of corpus %i with few false positives on genuine users', (seed) => {
    const corpus = buildCorpus(seed);
    const findings = findAbuse(corpus.participants, tradeFeatures(corpus.trades));
    const flagged = new Set(findings.flags.map((f) => f.account));
    const recall = [...corpus.planted].filter((a) => flagged.has(a)).length / corpus.planted.size;
    const genuine = corpus.participants.filter((p) => !corpus.planted.has(p.account));
    const falsePositiveRate = genuine.filter((p) => flagged.has(p.account)).length / genuine.length;
    console.log(`abuse corpus ${seed.toString()}: recall ${(100 * recall).toFixed(1)}% on ${corpus.planted.size.toString()} planted, false positives ${(100 * falsePositiveRate).toFixed(2)}% of ${genuine.length.toString()} genuine`);
    expect(recall).toBe(1);
    expect(falsePositiveRate).toBeLessThan(0.01);
    expect(findings.flags.find((f) => f.account === 'S1')?.evidence.map((e) => e.reason)).toContain('self-match');
    expect(findings.flags.find((f) => f.account === 'R1')?.evidence.map((e) => e.reason)).toEqual(expect.arrayContaining(['closed-loop', 'shared-withdrawal-address', 'shared-device']));
    expect(findings.flags.find((f) => f.account === 'F0')?.evidence.map((e) => e.reason)).toEqual(expect.arrayContaining(['shared-ip', 'burst-registration', 'thin-activity']));
    expect(findings.washVolumeUsd / findings.totalVolumeUsd).toBeGreaterThan(0);
  });

  it('union-find joins exactly the connected accounts', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), { maxLength: 60 }), (edges) => {
      const uf = createUnionFind();
      for (const [a, b] of edges) uf.union(String(a), String(b));
      // Reference: repeated relaxation of labels to the component minimum.
      const label = new Map<string, number>();
      for (const [a, b] of edges) { label.set(String(a), a); label.set(String(b), b); }
      for (let changed = true; changed;) {
        changed = false;
        for (const [a, b] of edges) {
          const m = Math.min(label.get(String(a)) ?? a, label.get(String(b)) ?? b);
          for (const k of [String(a), String(b)]) if ((label.get(k) ?? 0) !== m) { label.set(k, m); changed = true; }
        }
      }
      return [...label.keys()].every((x) => [...label.keys()].every((y) => (uf.find(x) === uf.find(y)) === (label.get(x) === label.get(y))));
    }));
  });
});

describe('audit', () => {
  const corpus = buildCorpus(7);
  const base = {
    start: '2027-02-01', end: '2027-02-28', expectedTreatmentShare: 0.8, fixedCostUsd: 10_000, participants: corpus.participants,
    trades: tradeFeatures(corpus.trades), funnel: [], baseline: null, segments: { treatment: 'treatment', control: 'control' }, overrides: [],
  } as const;

  it('takes flagged accounts out of the first traders, so true CAC is above the naive one', () => {
    const audit = auditCampaign(base);
    expect(audit.summary.genuineFirstTraders).toBe(audit.summary.firstTraders - audit.flagged.filter((f) => f.abuse && (corpus.participants.find((p) => p.account === f.account)?.firstTradeAt ?? null) !== null && corpus.participants.find((p) => p.account === f.account)?.group === 'treatment').length);
    expect(audit.summary.trueCac ?? 0).toBeGreaterThan(audit.summary.naiveCac ?? Infinity);
    expect(audit.lift.method).toBe('control');
  });

  it('keeps an analyst override with its reason and counts the account as genuine', () => {
    const override = { account: 'S1', verdict: 'genuine', reason: 'market maker test account', by: 'u1', at: '2027-03-02T10:00:00.000Z' } as const;
    const audit = auditCampaign({ ...base, overrides: [override] });
    expect(audit.flagged.find((f) => f.account === 'S1')).toMatchObject({ abuse: false, override, reasons: ['self-match'] });
    expect(audit.summary.genuineFirstTraders).toBe(auditCampaign(base).summary.genuineFirstTraders + 1);
  });

  it('says a broken split instead of analysing it', () => {
    expect(auditCampaign({ ...base, expectedTreatmentShare: 0.5 }).lift.method).toBe('broken-split');
  });

  it('falls back to difference-in-differences on the funnel without a control group', () => {
    const funnel = ['2027-01-10', '2027-02-10'].flatMap((date, i) => ['treatment', 'control'].map((segment) => ({
      date, segment, registered: 100, kyc: 90, deposited: 80, transferred: 70, firstTrade: segment === 'treatment' ? 10 + 20 * i : 10 + 5 * i, repeatTrade: 5,
    })));
    const audit = auditCampaign({ ...base, participants: corpus.participants.filter((p) => p.group === 'treatment'), funnel, baseline: { start: '2027-01-01', end: '2027-01-31' } });
    expect(audit.lift).toMatchObject({ method: 'difference-in-differences', firstTradesPerDay: 15 });
  });

  it.each([
    [[1, 2, 3, 4], [1, 2, 3, 4], 0],
    [[10, 12, 11, 13], [1, 2, 1, 2], 10],
  ])('difference of means %j vs %j is %d with an interval around it', (t, c, d) => {
    const result = meanDifference(t, c);
    expect(result?.difference).toBeCloseTo(d, 9);
    expect((result?.low ?? 0) <= d && d <= (result?.high ?? 0)).toBe(true);
  });

  it.each([[800, 200, 0.8, false], [500, 500, 0.8, true], [81, 19, 0.8, false]])('sample ratio %i/%i against %d: mismatch %s', (t, c, share, mismatch) => {
    expect(sampleRatioCheck(t, c, share).mismatch).toBe(mismatch);
  });
});
