import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { startKvs, type KvsHarness } from './kvs-harness';

interface Signoff {
  version: string;
  fn: string;
  status: string;
}

let harness: KvsHarness;
beforeEach(async () => {
  harness = await startKvs();
});
afterEach(async () => {
  await harness.dispose();
});

const signoffs = kvs.entity<Signoff>('gate-signoff');

describe('transactions through @forge/kvs', () => {
  it('commits every operation together', async () => {
    await kvs.set('stale', 1);
    await kvs.transact().set('a', 1).set('s1', { version: 'v1', fn: 'risk', status: 'PENDING' }, { entityName: 'gate-signoff' }).delete('stale').execute();
    expect(await kvs.get('a')).toBe(1);
    expect(await signoffs.get('s1')).toEqual({ version: 'v1', fn: 'risk', status: 'PENDING' });
    expect(await kvs.get('stale')).toBeUndefined();
  });

  it('aborts every operation when a check fails, with a 409', async () => {
    await signoffs.set('s1', { version: 'v1', fn: 'risk', status: 'PENDING' });
    await kvs.set('keep', 'original');
    const attempt = kvs
      .transact()
      .set('keep', 'changed')
      .set('new', 'value')
      .check('s1', { entityName: 'gate-signoff', conditions: new Filter<Signoff>().and('status', FilterConditions.equalTo('APPROVED')) })
      .execute();
    await expect(attempt).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(attempt).rejects.toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED', responseDetails: { status: 409 } });
    expect(await kvs.get('keep')).toBe('original');
    expect(await kvs.get('new')).toBeUndefined();
  });

  it('fails a check on a missing key and honours conditional sets', async () => {
    await expect(
      kvs.transact().set('x', 1).check('ghost', { entityName: 'gate-signoff', conditions: new Filter<Signoff>().and('status', FilterConditions.exists()) }).execute(),
    ).rejects.toMatchObject({ responseDetails: { status: 409 } });
    expect(await kvs.get('x')).toBeUndefined();

    await signoffs.set('s1', { version: 'v1', fn: 'risk', status: 'PENDING' });
    const approve = (): Promise<void> =>
      kvs
        .transact()
        .set<Signoff>('s1', { version: 'v1', fn: 'risk', status: 'APPROVED' }, {
          entityName: 'gate-signoff',
          conditions: new Filter<Signoff>().and('status', FilterConditions.equalTo('PENDING')),
        })
        .execute();
    await approve();
    await expect(approve()).rejects.toMatchObject({ responseDetails: { status: 409 } });
    expect(await signoffs.get('s1')).toMatchObject({ status: 'APPROVED' });
  });

  it('rejects more than 25 operations and repeated keys', async () => {
    const big = kvs.transact();
    for (let i = 0; i < 26; i += 1) big.set(`k${i}`, i);
    await expect(big.execute()).rejects.toMatchObject({ responseDetails: { status: 400 } });
    await expect(kvs.transact().set('dup', 1).delete('dup').execute()).rejects.toMatchObject({ code: 'DUPLICATE_KEYS' });
    expect(await kvs.get('k0')).toBeUndefined();
  });

  it('rejects batches over 25 keys or with duplicates as a whole', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `b${i}`, value: i }));
    await expect(kvs.batchSet(items)).rejects.toMatchObject({ responseDetails: { status: 400 } });
    await expect(kvs.batchSet([{ key: 'same', value: 1 }, { key: 'same', value: 2 }])).rejects.toMatchObject({ code: 'DUPLICATE_KEYS' });
    expect(await kvs.get('b0')).toBeUndefined();
  });
});
