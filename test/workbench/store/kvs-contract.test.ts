import { ForgeKvsAPIError, kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { startKvs, type KvsHarness } from './kvs-harness';

let harness: KvsHarness;
beforeEach(async () => {
  harness = await startKvs();
});
afterEach(async () => {
  await harness.dispose();
});

describe('key-value through @forge/kvs', () => {
  it('round-trips set, get and delete', async () => {
    await kvs.set('release:1', 'go');
    expect(await kvs.get('release:1')).toBe('go');
    await kvs.delete('release:1');
    expect(await kvs.get('release:1')).toBeUndefined();
  });

  it('keeps JSON values intact', async () => {
    const value = { name: 'Perp V2', count: 3, ratio: 0.25, ok: true, none: null, list: [1, 'two', { three: 3 }] };
    await kvs.set('json', value);
    expect(await kvs.get('json')).toEqual(value);
    await kvs.set('n', 42);
    await kvs.set('b', false);
    await kvs.set('arr', []);
    expect([await kvs.get('n'), await kvs.get('b'), await kvs.get('arr')]).toEqual([42, false, []]);
  });

  it('answers undefined for a missing key and deletes a missing key quietly', async () => {
    expect(await kvs.get('absent')).toBeUndefined();
    await expect(kvs.delete('absent')).resolves.toBeUndefined();
  });

  it('queries keys BEGINS_WITH a prefix, paging with the cursor', async () => {
    for (let i = 0; i < 7; i += 1) await kvs.set(`gate:${i}`, i);
    await kvs.set('other:1', 'x');
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('gate:')).limit(3);
      const page = await (cursor ? query.cursor(cursor) : query).getMany<number>();
      seen.push(...page.results.map((result) => result.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['gate:0', 'gate:1', 'gate:2', 'gate:3', 'gate:4', 'gate:5', 'gate:6']);
    expect(pages).toBe(3);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('other')).getOne()).toEqual({ key: 'other:1', value: 'x' });
  });

  it('returns metadata fields when asked, and expires TTL values', async () => {
    await kvs.set('lease', 'held', { ttl: { value: 5, unit: 'MINUTES' } });
    const got = await kvs.get('lease', { metadataFields: [MetadataField.CREATED_AT, MetadataField.EXPIRE_TIME] });
    expect(got).toEqual({
      key: 'lease',
      value: 'held',
      createdAt: harness.clock.now,
      expireTime: new Date(harness.clock.now + 5 * 60_000).toISOString(),
    });
    harness.clock.now += 5 * 60_000 + 1;
    expect(await kvs.get('lease')).toBeUndefined();
    await expect(kvs.set('lease', 'again', { keyPolicy: 'FAIL_IF_EXISTS' })).resolves.toBeUndefined();
  });

  it('rejects FAIL_IF_EXISTS on an existing key with the 409 KEY_CONFLICT error and keeps the value', async () => {
    await kvs.set('decision:1', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const attempt = kvs.set('decision:1', 'second', { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(attempt).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(attempt).rejects.toMatchObject({ code: 'KEY_CONFLICT', responseDetails: { status: 409 } });
    expect(await kvs.get('decision:1')).toBe('first');
  });

  it('returns the previous or latest value when asked', async () => {
    await kvs.set('counter', 1);
    const previous = await kvs.set('counter', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    expect(previous).toEqual({ key: 'counter', value: 1 });
    const latest = await kvs.set('counter', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST', returnMetadataFields: [MetadataField.UPDATED_AT] });
    expect(latest).toEqual({ key: 'counter', value: 3, updatedAt: harness.clock.now });
  });

  it('keeps secrets apart from plain keys and out of queries', async () => {
    await kvs.setSecret('token', { secret: 's3cr3t' });
    expect(await kvs.getSecret('token')).toEqual({ secret: 's3cr3t' });
    expect(await kvs.get('token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
  });

  it('batch-sets, gets and deletes with per-item results', async () => {
    const set = await kvs.batchSet<unknown>([
      { key: 'a', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'd1', value: { version: 'v1', decidedAt: 1, outcome: 'GO' }, entityName: 'gate-decision' },
    ]);
    expect(set.successfulKeys).toEqual([{ key: 'a' }, { key: 'd1', entityName: 'gate-decision' }]);
    expect(set.failedKeys).toEqual([{ key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) as string } }]);
    const got = await kvs.batchGet([{ key: 'a' }, { key: 'missing' }, { key: 'd1', entityName: 'gate-decision' }]);
    expect(got.successfulKeys).toEqual([
      { key: 'a', value: 1 },
      { key: 'd1', entityName: 'gate-decision', value: { version: 'v1', decidedAt: 1, outcome: 'GO' } },
    ]);
    expect(got.failedKeys).toEqual([{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) as string } }]);
    const deleted = await kvs.batchDelete([{ key: 'a' }, { key: 'd1', entityName: 'gate-decision' }]);
    expect(deleted.failedKeys).toEqual([]);
    expect(await kvs.get('a')).toBeUndefined();
  });
});
