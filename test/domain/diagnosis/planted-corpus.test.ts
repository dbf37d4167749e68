// The planted-anomaly corpus (corpus.ts) through the detector: every planted anomaly found with its main driver
// (and, for the funnel, its stage), the gaps reported as gaps and never as drops, quiet days quiet. The test
// prints hits and false alarms, so a change of method shows what it gained or lost.
import { detectFunnelAnomalies, detectMarketAnomalies, type DetectedAnomaly } from '../../../src/domain/diagnosis/detect';
import { buildDiagnosisCorpus } from './corpus';

const corpus = buildDiagnosisCorpus();
const settings = { threshold: 3.5, minHistory: 28, perKey: true } as const;
const market = detectMarketAnomalies(corpus.market, settings);
const funnel = detectFunnelAnomalies(corpus.funnel, settings);
const found = [...market.anomalies, ...funnel.anomalies];
const idOf = (a: { readonly date: string; readonly metric: string; readonly key?: string | undefined }) => `${a.date}|${a.metric}|${a.key ?? '*'}`;

describe('the planted-anomaly corpus', () => {
  const explained = new Set(corpus.planted.flatMap((p) => [idOf(p), ...p.moves.map((m) => `${p.date}|${m}`)]));
  const falseAlarms = found.filter((a) => !explained.has(idOf(a)));
  const hits = corpus.planted.filter((p) => found.some((a) => idOf(a) === idOf(p)));

  afterAll(() => {
    process.stdout.write(`diagnosis corpus: ${hits.length.toString()}/${corpus.planted.length.toString()} planted anomalies found, `
      + `${falseAlarms.length.toString()} false alarms in ${found.length.toString()} anomalies, ${market.notJudged.toString()} market series-days not judged, ${(market.judged + funnel.judged).toString()} judged\n`
      + falseAlarms.map((a) => `  false alarm ${idOf(a)} score ${a.score.toFixed(2)}\n`).join(''));
  });

  it.each(corpus.planted.map((p) => [p.name, p] as const))('finds %s with its main driver', (_name, planted) => {
    const anomaly: DetectedAnomaly | undefined = found.find((a) => idOf(a) === idOf(planted));
    expect(anomaly).toBeDefined();
    if (planted.mainDriver !== undefined) expect(anomaly?.drivers[0]?.key).toBe(planted.mainDriver);
    if (planted.stage !== undefined) expect(anomaly?.stage?.stage).toBe(planted.stage);
  });

  it('reports every missing day as a gap and never as a drop', () => {
    for (const gap of corpus.gaps) expect(market.gaps).toContainEqual(gap);
    const gapDays = new Set(corpus.gaps.map((g) => g.date));
    expect(found.filter((a) => gapDays.has(a.date))).toEqual([]);
    expect(market.incomplete.map((d) => d.date)).toEqual([...gapDays].sort());
  });

  it('keeps quiet days quiet: no total ever, and per series at most the normal tail beyond the threshold', () => {
    expect(falseAlarms.filter((a) => a.key === undefined)).toEqual([]);
    // Beyond 3.5 standard deviations lies 0.05% of normal noise: one quiet series-day in 1,000 is the bound.
    const quietJudged = market.judged + funnel.judged - hits.length;
    expect(falseAlarms.length).toBeLessThanOrEqual(Math.floor(quietJudged / 1000));
  });
});
