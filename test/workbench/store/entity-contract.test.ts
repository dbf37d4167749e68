import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { startKvs, type KvsHarness } from './kvs-harness';

interface Decision {
  version: string;
  decidedAt: number;
  outcome: string;
  score?: number;
  final?: boolean;
}

let harness: KvsHarness;
beforeEach(async () => {
  harness = await startKvs();
});
afterEach(async () => {
  await harness.dispose();
});

const decisions = kvs.entity<Decision>('gate-decision');

async function seed(): Promise<void> {
  const rows: [string, Decision][] = [
    ['d-v1-1', { version: 'v1', decidedAt: 100, outcome: 'NO_GO', score: 0.4 }],
    ['d-v1-2', { version: 'v1', decidedAt: 200, outcome: 'GO', score: 0.9, final: true }],
    ['d-v1-3', { version: 'v1', decidedAt: 300, outcome: 'GO', score: 0.7 }],
    ['d-v1-4', { version: 'v1', decidedAt: 400, outcome: 'DEFER', score: 0.5 }],
    ['d-v1-5', { version: 'v1', decidedAt: 500, outcome: 'GO', score: 0.95, final: true }],
    ['d-v2-1', { version: 'v2', decidedAt: 150, outcome: 'GO', score: 0.8 }],
  ];
  for (const [key, value] of rows) await decisions.set(key, value);
}

describe('custom entities through @forge/kvs', () => {
  it('sets and gets an entity, separate from plain keys', async () => {
    await decisions.set('d1', { version: 'v1', decidedAt: 1, outcome: 'GO' });
    expect(await decisions.get('d1')).toEqual({ version: 'v1', decidedAt: 1, outcome: 'GO' });
    expect(await kvs.get('d1')).toBeUndefined();
    await decisions.delete('d1');
    expect(await decisions.get('d1')).toBeUndefined();
  });

  it('queries an index by partition and range, ascending and descending', async () => {
    await seed();
    const ascending = await decisions.query().index('by-version', { partition: ['v1'] }).where(WhereConditions.between(200, 400)).getMany();
    expect(ascending.results.map((r) => r.key)).toEqual(['d-v1-2', 'd-v1-3', 'd-v1-4']);
    const descending = await decisions.query().index('by-version', { partition: ['v1'] }).sort(Sort.DESC).limit(2).getMany();
    expect(descending.results.map((r) => r.key)).toEqual(['d-v1-5', 'd-v1-4']);
    const greater = await decisions.query().index('by-version', { partition: ['v1'] }).where(WhereConditions.greaterThan(400)).getMany();
    expect(greater.results.map((r) => r.key)).toEqual(['d-v1-5']);
    const simple = await decisions.query().index('outcome').where(WhereConditions.beginsWith('DE')).getMany();
    expect(simple.results.map((r) => r.key)).toEqual(['d-v1-4']);
  });

  it('pages an index query with its cursor in both directions', async () => {
    await seed();
    for (const sort of [Sort.ASC, Sort.DESC]) {
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        const query = decisions.query().index('by-version', { partition: ['v1'] }).sort(sort).limit(2);
        const page = await (cursor ? query.cursor(cursor) : query).getMany();
        keys.push(...page.results.map((r) => r.key));
        cursor = page.nextCursor;
      } while (cursor);
      const expected = ['d-v1-1', 'd-v1-2', 'd-v1-3', 'd-v1-4', 'd-v1-5'];
      expect(keys).toEqual(sort === Sort.ASC ? expected : [...expected].reverse());
    }
  });

  it('applies AND and OR filters', async () => {
    await seed();
    const and = await decisions
      .query()
      .index('by-version', { partition: ['v1'] })
      .filters(new Filter<Decision>().and('outcome', FilterConditions.equalTo('GO')).and('final', FilterConditions.exists()))
      .getMany();
    expect(and.results.map((r) => r.key)).toEqual(['d-v1-2', 'd-v1-5']);
    const or = await decisions
      .query()
      .index('by-version', { partition: ['v1'] })
      .filters(new Filter<Decision>().or('outcome', FilterConditions.equalTo('DEFER')).or('score', FilterConditions.lessThan(0.5)))
      .getMany();
    expect(or.results.map((r) => r.key)).toEqual(['d-v1-1', 'd-v1-4']);
  });

  it('rejects values that break the declared attribute types, and undeclared entities', async () => {
    await expect(decisions.set('bad', { version: 'v1', decidedAt: 1.5, outcome: 'GO' })).rejects.toMatchObject({ responseDetails: { status: 400 } });
    await expect(decisions.set('bad', { version: 'v1', decidedAt: 2 ** 31, outcome: 'GO' })).rejects.toMatchObject({ code: 'INVALID_ATTRIBUTE' });
    await expect(kvs.entity('no-such-entity').set('k', { a: 1 })).rejects.toMatchObject({ responseDetails: { status: 400 } });
    await expect(decisions.query().index('no-such-index').getMany()).rejects.toMatchObject({ code: 'INVALID_INDEX' });
    await expect(decisions.query().index('by-version').getMany()).rejects.toMatchObject({ code: 'INVALID_INDEX' });
  });

  it('refuses a cursor from another query', async () => {
    await seed();
    const page = await decisions.query().index('by-version', { partition: ['v1'] }).limit(1).getMany();
    expect(page.nextCursor).toBeDefined();
    await expect(kvs.entity('gate-signoff').query().index('by-version', { partition: ['v1'] }).cursor(page.nextCursor ?? '').getMany()).rejects.toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });
});
