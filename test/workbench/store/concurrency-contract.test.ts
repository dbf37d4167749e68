import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { startKvs, type KvsHarness } from './kvs-harness';

let harness: KvsHarness;
beforeEach(async () => {
  harness = await startKvs();
});
afterEach(async () => {
  await harness.dispose();
});

const WRITERS = 12;

describe('concurrent callers', () => {
  it('lets exactly one of N concurrent FAIL_IF_EXISTS writers win; the rest get the conflict error', async () => {
    await kvs.set('bystander', 'untouched');
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, writer) => kvs.set('decision:v1', { writer }, { keyPolicy: 'FAIL_IF_EXISTS' })),
    );
    const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(WRITERS - 1);
    for (const loser of losers) {
      expect(loser).toBeInstanceOf(ForgeKvsAPIError);
      expect(loser).toMatchObject({ code: 'KEY_CONFLICT', responseDetails: { status: 409 } });
    }
    expect(await kvs.get('decision:v1')).toEqual({ writer: winners[0] });
    expect(await kvs.get('bystander')).toBe('untouched');
  });

  it('linearizes concurrent conditional transactions on one entity: one approval, the rest conflict', async () => {
    const signoffs = kvs.entity<{ version: string; fn: string; status: string }>('gate-signoff');
    await signoffs.set('s1', { version: 'v1', fn: 'risk', status: 'PENDING' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, writer) =>
        kvs
          .transact()
          .set('s1', { version: 'v1', fn: 'risk', status: `APPROVED-${writer}` }, {
            entityName: 'gate-signoff',
            conditions: new Filter<{ status: string }>().and('status', FilterConditions.equalTo('PENDING')),
          })
          .set(`audit:${writer}`, { writer })
          .execute(),
      ),
    );
    const winners = outcomes.flatMap((outcome, writer) => (outcome.status === 'fulfilled' ? [writer] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ responseDetails: { status: 409 } });
    }
    expect(await signoffs.get('s1')).toMatchObject({ status: `APPROVED-${winners[0] ?? -1}` });
    const audits = await kvs.query().getMany();
    expect(audits.results).toEqual([{ key: `audit:${winners[0] ?? -1}`, value: { writer: winners[0] } }]);
  });

  it('loses none of many concurrent unconditional writes', async () => {
    await Promise.all(Array.from({ length: 60 }, (_, i) => kvs.set(`item:${String(i).padStart(2, '0')}`, i)));
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs.query().limit(20);
      const page = await (cursor ? query.cursor(cursor) : query).getMany();
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(keys).toHaveLength(60);
    await harness.restart();
    expect(await kvs.get('item:59')).toBe(59);
  });
});
